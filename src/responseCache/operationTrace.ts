import type { OperationOutcome } from '../metrics/gatewayMetrics.js';

/** How the response cache treated a request: served it, looked and found nothing, or did not look. */
export type ResponseCacheStatus = 'hit' | 'miss' | 'bypass';

/**
 * What the gateway learns about one GraphQL operation while Apollo runs it, for the response cache
 * and the operation report: whether the answer depends on "now", how long the upstream answers it
 * was built from stay fresh, and how it ended. The context fills in the first two (its `now` getter,
 * the upstream client's freshness reports), the operation report plugin the rest.
 */
export class OperationTrace {
  /** Whether the operation read its clock (`ctx.now`): its answer may then change when the hour does. */
  readClock = false;
  /** Upstream answers served to the operation (from the upstream, a request in flight, or the page cache). */
  upstreamAnswers = 0;
  /** Earliest wall time (ms, by the gateway's clock) at which one of those answers stops being fresh. */
  freshUntil = Number.POSITIVE_INFINITY;
  /** `query`, `mutation` or `subscription` once the document resolved to an operation; null before. */
  operationType: string | null = null;
  /** The name the document's operation resolved to (null when unnamed or unresolved). */
  operationName: string | null = null;
  /** How the operation ended; null until Apollo is done. */
  outcome: OperationOutcome | null = null;

  /**
   * @param now the operation's "now" (every field sees this one instant)
   * @param clock the gateway's wall clock in ms, which freshness is measured against
   * @param cache how the response cache treated the request
   */
  constructor(
    readonly now: Date,
    private readonly clock: () => number,
    readonly cache: ResponseCacheStatus,
  ) {}

  /** Records one upstream answer that stays fresh `freshMs` more (0: must not be kept). */
  readonly upstreamAnswer = (freshMs: number): void => {
    this.upstreamAnswers += 1;
    this.freshUntil = Math.min(this.freshUntil, this.clock() + Math.max(0, freshMs));
  };
}
