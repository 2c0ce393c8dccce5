import type { IncomingMessage } from 'node:http';
import { LOOPBACK_DEMO_CALLER, type Caller } from './caller.js';

/**
 * Who sent `req`, as authentication established it. Until authentication puts the Caller on the
 * request, every request is the loopback demo caller; this is the one place that changes then.
 */
export function callerOf(req: IncomingMessage): Caller {
  void req;
  return LOOPBACK_DEMO_CALLER;
}
