/**
 * Scripted failures. A fault matches authenticated, not rate-limited requests to its endpoint (or to
 * every endpoint) and answers either the next `times` of them, or, with `share`, that share of them
 * picked deterministically from the seed and the request's sequence number, until cleared.
 *
 * Kinds: `status` (the default: the given status, body and headers), `rateLimit` (a 429 with the
 * provider's rate-limit headers of a spent budget), `slow` (the real answer, late), `timeout` (no answer at all, or the real
 * answer after `delayMs`), `reset` (the socket is destroyed), `malformed` (the real status with a
 * body that is not JSON), `truncated` (the real body cut in half, with a correct Content-Length or
 * one announcing the full body, after which the connection is dropped).
 */
import { hash32, mix32, unitFloat } from './hashing.js';

export type FaultKind = 'status' | 'rateLimit' | 'slow' | 'timeout' | 'reset' | 'malformed' | 'truncated';

const KINDS: readonly FaultKind[] = ['status', 'rateLimit', 'slow', 'timeout', 'reset', 'malformed', 'truncated'];

/** One scripted failure. */
export interface FaultSpec {
  /** Operation id of the endpoint (e.g. `GetHourlyUsage`); every endpoint when absent. */
  endpoint?: string;
  /** Default `status`. */
  kind?: FaultKind;
  /** The status answered by a `status` fault (required for it). */
  status?: number;
  /** How many matching requests it answers; default 1, or unlimited with `share`. */
  times?: number;
  /** A share in (0, 1] of matching requests, chosen deterministically, instead of the next ones. */
  share?: number;
  /** Body of a `status` or `rateLimit` fault. Default: the provider's 500 (`status`) or 429 (`rateLimit`) error body. */
  body?: string;
  /** Extra response headers; they override the simulator's own. */
  headers?: Record<string, string>;
  /** `slow`: extra delay before the real answer (default 1_000 ms). `timeout`: answer after this long (default: never). */
  delayMs?: number;
  /** `rateLimit`: seconds until the announced reset (default 1), written as the provider writes resets. */
  resetSeconds?: number;
  /** `truncated`: whether Content-Length matches the cut body (`correct`, the default) or the full one (`wrong`). */
  contentLength?: 'correct' | 'wrong';
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
  kind: FaultKind;
  status: number;
  /** The spec's body; undefined: the server answers the provider's error body. */
  body: string | undefined;
  headers: Record<string, string>;
  /** `slow`/`timeout` delay; null: never answer (`timeout` only). */
  delayMs: number | null;
  resetSeconds: number;
  contentLength: 'correct' | 'wrong';
}

/** Throws unless the spec is usable; names the field and the value. */
function checkFaultSpec(spec: FaultSpec): void {
  const kind = spec.kind ?? 'status';
  if (!KINDS.includes(kind)) throw new Error(`Fault kind must be one of ${KINDS.join(', ')}; got ${String(kind)}`);
  if (kind === 'status' || spec.status !== undefined) {
    const status = spec.status;
    if (status === undefined || !Number.isInteger(status) || status < 100 || status > 599) {
      throw new Error(`Fault status must be an HTTP status code; got ${status}`);
    }
  }
  if (spec.times !== undefined && !(Number.isInteger(spec.times) && spec.times >= 1)) {
    throw new Error(`Fault times must be >= 1; got ${spec.times}`);
  }
  if (spec.share !== undefined && !(spec.share > 0 && spec.share <= 1)) {
    throw new Error(`Fault share must be in (0, 1]; got ${spec.share}`);
  }
  if (spec.delayMs !== undefined && !(spec.delayMs >= 0))
    throw new Error(`Fault delayMs must be >= 0; got ${spec.delayMs}`);
  if (spec.resetSeconds !== undefined && !(Number.isInteger(spec.resetSeconds) && spec.resetSeconds >= 0)) {
    throw new Error(`Fault resetSeconds must be an integer >= 0; got ${spec.resetSeconds}`);
  }
  if (spec.contentLength !== undefined && spec.contentLength !== 'correct' && spec.contentLength !== 'wrong') {
    throw new Error(`Fault contentLength must be correct or wrong; got ${String(spec.contentLength)}`);
  }
}

interface Queued {
  spec: FaultSpec;
  /** Uses left; Infinity for an unbounded share. */
  left: number;
  /** Per-fault hash for the share draw. */
  key: number;
}

/** Queue-backed {@link FaultInjector}; the server calls `take` for each eligible request. */
export class FaultQueue implements FaultInjector {
  private readonly queue: Queued[] = [];
  private injected = 0;

  constructor(private readonly seed = 'meterql') {}

  inject(spec: FaultSpec): void {
    checkFaultSpec(spec);
    const left = spec.times ?? (spec.share !== undefined ? Infinity : 1);
    this.injected += 1;
    this.queue.push({ spec: { ...spec }, left, key: hash32(`${this.seed}|fault|${this.injected}`) });
  }

  clear(): void {
    this.queue.length = 0;
  }

  /**
   * Consumes one use of the first fault matching `endpoint` that applies to request number `seq`
   * (a `share` fault applies to its share of request numbers), if any.
   */
  take(endpoint: string, seq = 0): ServedFault | undefined {
    const index = this.queue.findIndex(
      (f) =>
        (f.spec.endpoint === undefined || f.spec.endpoint === endpoint) &&
        (f.spec.share === undefined || unitFloat(mix32(f.key, seq)) < f.spec.share),
    );
    const fault = this.queue[index];
    if (!fault) return undefined;
    fault.left -= 1;
    if (fault.left <= 0) this.queue.splice(index, 1);
    const { spec } = fault;
    const kind = spec.kind ?? 'status';
    return {
      kind,
      status: spec.status ?? (kind === 'rateLimit' ? 429 : 500),
      body: spec.body,
      headers: { ...(spec.headers ?? {}) },
      delayMs: spec.delayMs ?? (kind === 'slow' ? 1_000 : null),
      resetSeconds: spec.resetSeconds ?? 1,
      contentLength: spec.contentLength ?? 'correct',
    };
  }
}
