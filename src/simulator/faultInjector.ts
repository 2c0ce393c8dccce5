/**
 * Scripted failures: the next `times` authenticated, not rate-limited requests matching a spec are
 * answered with the spec's status, body and headers instead of the real answer.
 */

/** One scripted failure. */
export interface FaultSpec {
  /** Operation id (`GetHourlyUsage`, `GetUsageSummary`); every endpoint when absent. */
  endpoint?: string;
  status: number;
  /** How many matching requests it answers; default 1. */
  times?: number;
  /** Default `{"errors":["Internal Server Error"]}`. */
  body?: string;
  /** Extra response headers; they override the simulator's own. */
  headers?: Record<string, string>;
}

/** Control surface for scripted failures. */
export interface FaultInjector {
  /** Queues a fault; earlier faults are served first. */
  inject(spec: FaultSpec): void;
  /** Drops every queued fault. */
  clear(): void;
}

/** A fault about to be served. */
export interface ServedFault {
  status: number;
  body: string;
  headers: Record<string, string>;
}

const DEFAULT_BODY = '{"errors":["Internal Server Error"]}';

/** Queue-backed {@link FaultInjector}; the server calls `take` for each eligible request. */
export class FaultQueue implements FaultInjector {
  private readonly queue: { spec: FaultSpec; left: number }[] = [];

  inject(spec: FaultSpec): void {
    const times = spec.times ?? 1;
    if (!Number.isInteger(spec.status) || spec.status < 100 || spec.status > 599) {
      throw new Error(`Fault status must be an HTTP status code; got ${spec.status}`);
    }
    if (!Number.isInteger(times) || times < 1) throw new Error(`Fault times must be >= 1; got ${times}`);
    this.queue.push({ spec: { ...spec }, left: times });
  }

  clear(): void {
    this.queue.length = 0;
  }

  /** Consumes one use of the first fault matching `endpoint`, if any. */
  take(endpoint: string): ServedFault | undefined {
    const index = this.queue.findIndex((f) => f.spec.endpoint === undefined || f.spec.endpoint === endpoint);
    const fault = this.queue[index];
    if (!fault) return undefined;
    fault.left -= 1;
    if (fault.left <= 0) this.queue.splice(index, 1);
    return {
      status: fault.spec.status,
      body: fault.spec.body ?? DEFAULT_BODY,
      headers: { ...(fault.spec.headers ?? {}) },
    };
  }
}
