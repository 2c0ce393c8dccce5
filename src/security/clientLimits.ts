import { LOOPBACK_DEMO_CALLER, type Caller } from './caller.js';
import type { SecurityLimits } from './securityLimits.js';

/** Whether a client may start an operation now; when not, why and when to try again. */
export type Admission =
  | { admitted: true; /** Call once the operation has finished (idempotent). */ release: () => void }
  | { admitted: false; reason: 'rate' | 'concurrency'; retryAfterSeconds: number; message: string };

interface ClientState {
  /** Operations the client may still start now (a token bucket of `burst`). */
  tokens: number;
  /** When `tokens` was last refilled (ms). */
  refilledAt: number;
  inFlight: number;
}

/** The admission of a caller that is not limited. */
const UNLIMITED: Admission = { admitted: true, release: () => undefined };

/** The most clients whose state is kept; the idle ones are forgotten first. */
const MAX_CLIENTS = 10_000;

/**
 * Per-client rate and concurrency limits, keyed by `Caller.id`: each client has a token bucket of
 * `burst` operations refilled at `ratePerMinute`, and at most `maxConcurrent` operations in flight.
 * One client using up its share leaves every other client's untouched. With authentication off
 * (loopback only) every request is the one anonymous demo caller, not a client that can be told
 * apart: it is not limited (a dashboard and its users on one machine are not one greedy client).
 */
export class ClientLimits {
  private readonly clients = new Map<string, ClientState>();

  constructor(
    private readonly limits: SecurityLimits['client'],
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** Admits an operation of `caller` or says why not; an admitted one must be released when done. */
  admit(caller: Caller): Admission {
    if (caller === LOOPBACK_DEMO_CALLER) return UNLIMITED;
    const { ratePerMinute, burst, maxConcurrent } = this.limits;
    const now = this.clock();
    const state = this.stateOf(caller.id, now);
    if (maxConcurrent > 0 && state.inFlight >= maxConcurrent) {
      return {
        admitted: false,
        reason: 'concurrency',
        retryAfterSeconds: 1,
        message: `Client ${caller.id} already has ${state.inFlight} operations in flight; at most ${maxConcurrent} are allowed at once`,
      };
    }
    if (ratePerMinute > 0) {
      const perMs = ratePerMinute / 60_000;
      state.tokens = Math.min(burst, state.tokens + (now - state.refilledAt) * perMs);
      state.refilledAt = now;
      if (state.tokens < 1) {
        return {
          admitted: false,
          reason: 'rate',
          retryAfterSeconds: Math.max(1, Math.ceil((1 - state.tokens) / perMs / 1000)),
          message: `Client ${caller.id} exceeded its rate of ${ratePerMinute} operations per minute (burst ${burst})`,
        };
      }
      state.tokens -= 1;
    }
    state.inFlight += 1;
    let released = false;
    return {
      admitted: true,
      release: () => {
        if (released) return;
        released = true;
        state.inFlight -= 1;
      },
    };
  }

  private stateOf(id: string, now: number): ClientState {
    let state = this.clients.get(id);
    if (state === undefined) {
      if (this.clients.size >= MAX_CLIENTS) this.forgetIdle();
      state = { tokens: this.limits.burst, refilledAt: now, inFlight: 0 };
      this.clients.set(id, state);
    }
    return state;
  }

  /** Forgets clients with nothing in flight (a forgotten client starts again with a full bucket). */
  private forgetIdle(): void {
    for (const [id, s] of this.clients) if (s.inFlight === 0) this.clients.delete(id);
  }
}
