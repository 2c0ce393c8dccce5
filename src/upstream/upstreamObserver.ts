/**
 * What the upstream client reports about its work, for metrics: every attempt, retry, 429, rate-limit
 * reading, cache lookup and circuit-breaker change. `UpstreamHttp` calls an observer; the metrics
 * module implements one (Prometheus). Calls must be cheap and must never throw.
 */
export interface UpstreamObserver {
  /** One HTTP attempt ended; `status` 0 when no HTTP answer came (timeout, reset, refused). */
  attempt(event: {
    provider: string;
    endpoint: string;
    status: number;
    durationMs: number;
    outcome: 'ok' | 'http_error' | 'timeout' | 'network' | 'malformed';
  }): void;
  /** A failed attempt is about to be retried after `delayMs`. */
  retry(event: { provider: string; endpoint: string; reason: string; delayMs: number }): void;
  /** The rate-limit pacer held a request `waitMs` before letting it go (the budget was spent for now). */
  paced(event: { provider: string; endpoint: string; waitMs: number }): void;
  /** The upstream answered 429. */
  rateLimited(event: { provider: string; endpoint: string }): void;
  /** The upstream's latest rate-limit reading for a budget. */
  rateLimit(event: { provider: string; limitName: string; remaining: number | null; limit: number | null }): void;
  /** A page-cache lookup. */
  cache(event: { provider: string; endpoint: string; hit: boolean }): void;
  /** A request joined one already in flight (single-flight) instead of going upstream. */
  shared(event: { provider: string; endpoint: string }): void;
  /** An endpoint's circuit breaker changed state. */
  breaker(event: { provider: string; endpoint: string; state: 'closed' | 'open' | 'half_open' }): void;
}

/** An observer that ignores everything (the default). */
export const NOOP_UPSTREAM_OBSERVER: UpstreamObserver = {
  attempt() {},
  retry() {},
  paced() {},
  rateLimited() {},
  rateLimit() {},
  cache() {},
  shared() {},
  breaker() {},
};
