import { numericHeaderValue, headerValue } from '../http/headerValue.js';
import type { RateLimitInfo } from './rateLimitPacer.js';

/**
 * What the shared upstream client needs to know about one provider's API: how long its answers stay
 * fresh, how it reports rate-limit budgets, which methods are reads worth caching, and which request
 * headers carry its credentials. Each provider declares one (`Provider.httpPolicy`); the client
 * looks it up by `UpstreamRequest.provider`.
 */
export interface UpstreamPolicy {
  /** Builds the freshness policy with the configured TTLs. */
  createFreshness(settings: FreshnessSettings): FreshnessPolicy;
  /** Reads the budget an answer reports; `resetSeconds` is always seconds from `nowMs`. */
  readRateLimit(headers: ResponseHeaders, nowMs: number): RateLimitInfo;
  /**
   * Methods whose answers may be cached and shared by identical requests. A POST is cacheable only
   * where the provider's reads are POSTs (its JSON body is then part of the cache key).
   */
  readonly cacheableMethods: ReadonlySet<'GET' | 'POST'>;
  /** Request headers (lowercase) that carry credentials: hashed for cache keys, redacted from logs. */
  readonly credentialHeaders: readonly string[];
  /**
   * The rate limit the provider documents, if it documents one: the pacer starts from it instead of
   * probing one request at a time until the first answer reports a budget, then learns from the
   * answers' headers as usual. Absent: nothing is documented (every budget is learned).
   */
  readonly documentedRateLimit?: DocumentedRateLimit;
}

/**
 * A rate limit a provider documents: `limit` requests per `periodSeconds`, shared by every endpoint
 * of the provider it counts, per credentials. Requests of the methods it does not count are
 * documented as unlimited (e.g. Fastly: 1,000 non-read requests an hour, reads unlimited).
 */
export interface DocumentedRateLimit {
  limit: number;
  periodSeconds: number;
  /** The methods it counts (upper case); default every method. */
  methods?: readonly string[];
}

/** Throws unless a documented rate limit is usable: an integer limit of at least 1 per a positive period. */
export function checkDocumentedRateLimit(documented: DocumentedRateLimit): void {
  if (!(Number.isInteger(documented.limit) && documented.limit >= 1 && documented.periodSeconds > 0)) {
    throw new Error(
      `A documented rate limit needs an integer limit >= 1 per a period > 0 s, but got: ${documented.limit} per ${documented.periodSeconds} s`,
    );
  }
}

/** What a provider's documented rate limit says of one method's requests: their budget, unlimited, or nothing. */
export function documentedBudget(
  policy: Pick<UpstreamPolicy, 'documentedRateLimit'>,
  method: string,
): { limit: number; periodSeconds: number } | 'unlimited' | null {
  const documented = policy.documentedRateLimit;
  if (documented === undefined) return null;
  if (documented.methods !== undefined && !documented.methods.includes(method.toUpperCase())) return 'unlimited';
  return { limit: documented.limit, periodSeconds: documented.periodSeconds };
}

/** Response headers as undici gives them (lowercase names). */
export type ResponseHeaders = Record<string, string | string[] | undefined>;

/** What a freshness policy looks at: the request, not the answer. */
export interface FreshnessRequest {
  provider: string;
  /** Upstream operationId, e.g. `GetHourlyUsage`. */
  endpoint: string;
  query: ReadonlyArray<readonly [string, string]>;
  /** The JSON body of a POST read, when there is one. */
  body?: unknown;
}

/** Milliseconds an answer to `req` may be served from the cache at wall time `nowMs`; 0: never. */
export type FreshnessPolicy = (req: FreshnessRequest, nowMs: number) => number;

/** The TTLs a freshness policy hands out. */
export interface FreshnessSettings {
  /** For pages whose data can no longer change. Defaults to 1 hour. */
  settledTtlMs?: number;
  /** For pages touching data that still changes, estimates, projections and unknown endpoints. Defaults to 60 s. */
  liveTtlMs?: number;
  /** For reference lists that change rarely. Defaults to 10 minutes. */
  referenceTtlMs?: number;
}

/** The TTLs with their defaults filled in. */
export function freshnessTtls(settings: FreshnessSettings): Required<FreshnessSettings> {
  return {
    settledTtlMs: settings.settledTtlMs ?? 3_600_000,
    liveTtlMs: settings.liveTtlMs ?? 60_000,
    referenceTtlMs: settings.referenceTtlMs ?? 600_000,
  };
}

/** The header names a provider reports its budget in (lowercase); absent ones are not read. */
export interface RateLimitHeaderNames {
  name?: string;
  limit?: string;
  period?: string;
  remaining?: string;
  reset?: string;
  /** How `reset` is written: seconds until the budget is back (Datadog) or the epoch second it is back (Fastly). */
  resetIs: 'secondsUntil' | 'epochSeconds';
}

/** A rate-limit reader for providers that report their budget in response headers. */
export function rateLimitHeaderReader(names: RateLimitHeaderNames): UpstreamPolicy['readRateLimit'] {
  const read = (headers: ResponseHeaders, name: string | undefined): number | null =>
    name === undefined ? null : numericHeaderValue(headers, name);
  return (headers, nowMs) => {
    const reset = read(headers, names.reset);
    return {
      name: names.name === undefined ? null : headerValue(headers, names.name),
      limit: read(headers, names.limit),
      periodSeconds: read(headers, names.period),
      remaining: read(headers, names.remaining),
      resetSeconds:
        reset === null || names.resetIs === 'secondsUntil' ? reset : Math.max(0, Math.ceil(reset - nowMs / 1000)),
    };
  };
}

/**
 * The policy of a provider that declares none: every answer is live (kept the live TTL), no budget
 * is read from headers, GETs are cacheable, and no header is known to carry credentials (every
 * header still goes into the credential-scope hash).
 */
export const DEFAULT_UPSTREAM_POLICY: UpstreamPolicy = {
  createFreshness: (settings) => {
    const { liveTtlMs } = freshnessTtls(settings);
    return () => liveTtlMs;
  },
  readRateLimit: () => ({ name: null, limit: null, periodSeconds: null, remaining: null, resetSeconds: null }),
  cacheableMethods: new Set(['GET']),
  credentialHeaders: [],
};
