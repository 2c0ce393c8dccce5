import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { UpstreamObserver } from '../upstream/upstreamObserver.js';
import type { ResponseCacheStatus } from '../responseCache/operationTrace.js';
import { boundedOperationName } from './boundedOperationName.js';
import { createOperationTally } from './operationTally.js';

/** Options of {@link createGatewayMetrics}. */
export interface GatewayMetricsOptions {
  /** Also collect Node.js process metrics (CPU, memory, event loop lag, GC). */
  processMetrics: boolean;
  /** The most distinct GraphQL operation names kept as label values; later ones count as `other`. */
  maxOperationNames: number;
}

/** How one GraphQL operation ended: no errors, data with errors, or no data. */
export type OperationOutcome = 'ok' | 'partial' | 'error';

/** The gateway's Prometheus metrics: one registry per gateway, so several gateways in one process never mix. */
export interface GatewayMetrics {
  readonly registry: Registry;
  /** Feeds the upstream metrics; pass it to the upstream HTTP client. */
  readonly upstream: UpstreamObserver;
  /** Records how each provider is reached (`meterql_provider_info`), once at start-up. */
  providers(list: ReadonlyArray<{ provider: string; mode: string }>): void;
  /** Records one finished GraphQL operation, and whether the response cache answered it. */
  operation(name: string | null, outcome: OperationOutcome, seconds: number, cache: ResponseCacheStatus): void;
  /** The exposition text and its content type, for `GET /metrics`. */
  render(): Promise<{ contentType: string; body: string }>;
}

/** Label value for operations sent without a name. */
const ANONYMOUS_OPERATION = 'anonymous';
/** Label value for operation names beyond the cap. */
const OTHER_OPERATION = 'other';

/** Latency buckets for upstream calls and GraphQL operations, in seconds (1 ms to 30 s). */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

const BREAKER_STATES = ['closed', 'half_open', 'open'] as const;

/**
 * Builds the metrics. Names follow Prometheus conventions (`meterql_` prefix, `_total` counters,
 * `_seconds` histograms). Label values come from code (provider, endpoint, status, limit names) or
 * are capped (operation names), so cardinality stays bounded whatever clients send.
 */
export function createGatewayMetrics(options: GatewayMetricsOptions): GatewayMetrics {
  const registry = new Registry();
  const registers = [registry];
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix: 'meterql_' });

  const upstreamRequests = new Counter({
    name: 'meterql_upstream_requests_total',
    help: 'Upstream HTTP attempts, by provider, endpoint, HTTP status (0 when no answer came) and outcome.',
    labelNames: ['provider', 'endpoint', 'status', 'outcome'] as const,
    registers,
  });
  const upstreamDuration = new Histogram({
    name: 'meterql_upstream_request_duration_seconds',
    help: 'Duration of upstream HTTP attempts, by provider and endpoint.',
    labelNames: ['provider', 'endpoint'] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const retries = new Counter({
    name: 'meterql_upstream_retries_total',
    help: 'Upstream attempts that were retried, by provider, endpoint and reason.',
    labelNames: ['provider', 'endpoint', 'reason'] as const,
    registers,
  });
  const paced = new Counter({
    name: 'meterql_upstream_paced_total',
    help: "Upstream requests the rate-limit pacer held until the upstream's budget allowed them, by provider and endpoint.",
    labelNames: ['provider', 'endpoint'] as const,
    registers,
  });
  const pacedSeconds = new Counter({
    name: 'meterql_upstream_paced_seconds_total',
    help: 'Time upstream requests spent held by the rate-limit pacer, by provider and endpoint.',
    labelNames: ['provider', 'endpoint'] as const,
    registers,
  });
  const rateLimited = new Counter({
    name: 'meterql_upstream_rate_limited_total',
    help: 'Upstream answers with HTTP 429, by provider and endpoint.',
    labelNames: ['provider', 'endpoint'] as const,
    registers,
  });
  const rateLimitRemaining = new Gauge({
    name: 'meterql_upstream_rate_limit_remaining',
    help: "Requests left in the upstream's current rate-limit period, by provider and limit name (latest reading).",
    labelNames: ['provider', 'limit_name'] as const,
    registers,
    // Across cluster workers (one shared upstream budget): the lowest latest reading.
    aggregator: 'min',
  });
  const rateLimitLimit = new Gauge({
    name: 'meterql_upstream_rate_limit_limit',
    help: "The upstream's rate limit per period, by provider and limit name (latest reading).",
    labelNames: ['provider', 'limit_name'] as const,
    registers,
    aggregator: 'max',
  });
  const cacheLookups = new Counter({
    name: 'meterql_upstream_cache_lookups_total',
    help: 'Upstream page-cache lookups, by provider, endpoint and result (hit or miss).',
    labelNames: ['provider', 'endpoint', 'result'] as const,
    registers,
  });
  const shared = new Counter({
    name: 'meterql_upstream_singleflight_shared_total',
    help: 'Upstream requests served by joining an identical request already in flight.',
    labelNames: ['provider', 'endpoint'] as const,
    registers,
  });
  const breaker = new Gauge({
    name: 'meterql_upstream_circuit_breaker_state',
    help: 'Circuit-breaker state per provider and endpoint (the worst over its credentials scopes): 1 for the current state, 0 for the others.',
    labelNames: ['provider', 'endpoint', 'state'] as const,
    registers,
    // Across cluster workers: 1 for every state some worker's breaker is in.
    aggregator: 'max',
  });
  const providerInfo = new Gauge({
    name: 'meterql_provider_info',
    help: 'The providers the gateway serves and how each is reached (mode: real, simulated, unconfigured); always 1.',
    labelNames: ['provider', 'mode'] as const,
    registers,
    aggregator: 'max',
  });
  // On every request, response-cache hits included: counted in plain numbers, exposed when scraped.
  const operations = createOperationTally({
    counter: {
      name: 'meterql_graphql_operations_total',
      help: 'GraphQL operations, by operation name (unnamed: anonymous; past the cap: other), outcome (ok, partial, error) and response cache (hit: answered from it; miss: executed after looking; bypass: executed without looking).',
    },
    histogram: {
      name: 'meterql_graphql_operation_duration_seconds',
      help: 'Duration of GraphQL operations, by operation name, outcome and response cache (hit, miss, bypass).',
      buckets: LATENCY_BUCKETS,
    },
    registers,
  });

  const seenNames = new Set<string>();
  const operationLabel = (sent: string | null): string => {
    // A client chooses the name's length: past a bound it is kept as a prefix and a hash.
    const name = boundedOperationName(sent);
    if (name === null || name === '') return ANONYMOUS_OPERATION;
    if (seenNames.has(name)) return name;
    if (seenNames.size >= options.maxOperationNames) return OTHER_OPERATION;
    seenNames.add(name);
    return name;
  };

  // Observer calls must never throw into the upstream client.
  const safe =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A): void => {
      try {
        fn(...args);
      } catch {
        // a metric must never break a request
      }
    };

  const upstream: UpstreamObserver = {
    attempt: safe(({ provider, endpoint, status, durationMs, outcome }) => {
      upstreamRequests.inc({ provider, endpoint, status: String(status), outcome });
      upstreamDuration.observe({ provider, endpoint }, durationMs / 1000);
    }),
    retry: safe(({ provider, endpoint, reason }) => retries.inc({ provider, endpoint, reason })),
    paced: safe(({ provider, endpoint, waitMs }) => {
      paced.inc({ provider, endpoint });
      pacedSeconds.inc({ provider, endpoint }, waitMs / 1000);
    }),
    rateLimited: safe(({ provider, endpoint }) => rateLimited.inc({ provider, endpoint })),
    rateLimit: safe(({ provider, limitName, remaining, limit }) => {
      if (remaining !== null) rateLimitRemaining.set({ provider, limit_name: limitName }, remaining);
      if (limit !== null) rateLimitLimit.set({ provider, limit_name: limitName }, limit);
    }),
    cache: safe(({ provider, endpoint, hit }) =>
      cacheLookups.inc({ provider, endpoint, result: hit ? 'hit' : 'miss' }),
    ),
    shared: safe(({ provider, endpoint }) => shared.inc({ provider, endpoint })),
    breaker: safe(({ provider, endpoint, state }) => {
      for (const s of BREAKER_STATES) breaker.set({ provider, endpoint, state: s }, s === state ? 1 : 0);
    }),
  };

  return {
    registry,
    upstream,
    providers(list) {
      for (const { provider, mode } of list) providerInfo.set({ provider, mode }, 1);
    },
    operation(name, outcome, seconds, cache) {
      operations.record(operationLabel(name), outcome, cache, seconds);
    },
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
