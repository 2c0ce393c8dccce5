import type { Logger } from 'pino';
import type { BreakerSettings } from './circuitBreakers.js';
import type { FreshnessSettings, UpstreamPolicy } from './upstreamPolicy.js';
import type { PageCache } from './pageCache.js';
import type { RetrySettings } from './retryPolicy.js';
import type { UpstreamObserver } from './upstreamObserver.js';

/** The options of {@link UpstreamHttp} and their defaults. */

/** Resilience knobs; each has a default. */
export interface UpstreamResilienceOptions {
  /** Overall budget of one GraphQL operation when a request brings no `deadline`. Defaults to 30_000 ms. */
  operationDeadlineMs?: number;
  /** Retries: attempts (default 4), backoff base (200 ms) and cap (5_000 ms). */
  retry?: Partial<RetrySettings>;
  /**
   * Circuit breakers, per endpoint and credentials scope: the failure rate over a window that opens
   * one (default 60% of at least 20 attempts in 30 s, or `failureThreshold` consecutive failures when
   * set), its cool-down (10_000 ms) and how many are kept (1024).
   */
  breaker?: Partial<BreakerSettings>;
  /** Pace requests by the upstream's rate-limit headers. Defaults to true. */
  pacing?: boolean;
  /**
   * The share of each rate-limit budget this process may use, in (0, 1]: 1/N when N gateway processes
   * (cluster workers) share the same credentials. Defaults to 1.
   */
  budgetShare?: number;
  /** Keep upstream pages between operations. Defaults to true. */
  cache?: boolean;
  /** Where pages are kept. Defaults to an in-memory cache of `cacheMaxBytes`. */
  pageCache?: PageCache;
  /** Bound of the default in-memory page cache, in bytes. Defaults to 64 MiB. */
  cacheMaxBytes?: number;
  /** TTLs of the freshness policy (settled 1 h, live 60 s, reference lists 10 min). */
  freshnessTtls?: FreshnessSettings;
}

export interface UpstreamHttpOptions extends UpstreamResilienceOptions {
  /** Per-attempt budget for the whole answer (headers and body), in ms; never beyond the deadline. Defaults to 30_000. */
  timeoutMs?: number;
  /** Keep-alive connections per upstream origin. Defaults to 16. */
  connectionsPerOrigin?: number;
  logger: Logger;
  /**
   * Each provider's policy (freshness, rate-limit headers, cacheable methods), by provider name;
   * a provider without one gets {@link DEFAULT_UPSTREAM_POLICY}.
   */
  policies?: Readonly<Record<string, UpstreamPolicy>>;
  /** Told about every attempt, retry, 429, rate-limit reading, cache lookup, shared request and breaker change. */
  observer?: UpstreamObserver;
}
