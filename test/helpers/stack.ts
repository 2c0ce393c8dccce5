import { request } from 'undici';
import { loadConfig, type Config } from '../../src/gateway/config.js';
import type { DatadogConfig } from '../../src/providers/datadog/datadogConfig.js';
import { PROVIDERS } from '../../src/providers/registry.js';
import { createGateway, createLogger, type Gateway, type GatewayOptions } from '../../src/gateway/createGateway.js';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../src/providers/datadog/simulator/index.js';
import type { UpstreamResilienceOptions } from '../../src/upstream/http.js';

/** `config` with Datadog's configuration changed by `patch`. */
export function withDatadog(config: Config, patch: Partial<DatadogConfig>): Config {
  const datadog = config.providers.datadog as DatadogConfig;
  return { ...config, providers: { ...config.providers, datadog: { ...datadog, ...patch } } };
}

/** A GraphQL response as the test sees it. */
export interface GqlResponse<D = Record<string, unknown>> {
  status: number;
  body: {
    data?: D | null;
    errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  };
  /** The raw response text, for leak checks. */
  text: string;
}

/** A stack's `gql`: POSTs an operation to the gateway at `gatewayUrl` and keeps the raw text beside the parsed body. */
export type GqlClient = <D = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
) => Promise<GqlResponse<D>>;

/** The {@link GqlClient} of the gateway listening at `gatewayUrl`. */
export function gqlClient(gatewayUrl: string): GqlClient {
  return async <D>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const res = await request(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.body.text();
    return { status: res.statusCode, body: JSON.parse(text) as GqlResponse<D>['body'], text };
  };
}

/** A simulator and a gateway in front of it, both real HTTP servers on port 0. */
export interface Stack {
  sim: Simulator;
  gateway: Gateway;
  /** Every log line the gateway wrote. */
  logLines: string[];
  gql: GqlClient;
  /** GETs a simulator endpoint directly with the parent org's keys (a "direct REST" client). */
  rest(path: string, query: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }>;
  stop(): Promise<void>;
}

/**
 * The upstream client of a stack that asks for nothing else: no page cache and a single attempt, so
 * a test counts exactly the upstream requests one operation makes and sees a fault as it comes.
 * Pacing and single-flight stay on. Resilience tests pass their own options.
 */
export const PLAIN_UPSTREAM: UpstreamResilienceOptions = {
  cache: false,
  retry: { maxAttempts: 1 },
  breaker: { failureThreshold: 1_000_000 },
};

/**
 * Starts a simulator and a gateway in front of it with the parent org's keys configured. A stack whose
 * upstream keeps no pages (`upstream.cache === false`, as {@link PLAIN_UPSTREAM}) keeps no answers
 * between operations either: its response cache is off, so a test counts exactly the upstream
 * requests each operation makes; `configure` can turn it on. `gateway` passes the gateway options a
 * test controls (its clock, a response store, who calls).
 */
export async function startStack(
  simOptions: SimulatorOptions = {},
  configure: (config: Config) => Config = (c) => c,
  upstream: UpstreamResilienceOptions = PLAIN_UPSTREAM,
  gateway: Pick<GatewayOptions, 'now' | 'responseCache'> = {},
): Promise<Stack> {
  const sim = await startSimulator(simOptions);
  const logLines: string[] = [];
  const base = loadConfig({ PORT: '0', LOG_LEVEL: 'debug' }, PROVIDERS);
  const responseCache = upstream.cache === false ? { maxBytes: 0 } : base.responseCache;
  const config = configure(
    withDatadog(
      { ...base, upstream, responseCache },
      { baseUrl: sim.url, credentials: { apiKey: sim.world.parent.apiKey, appKey: sim.world.parent.appKey } },
    ),
  );
  const started: Gateway = await createGateway(config, {
    ...gateway,
    providers: PROVIDERS,
    logger: createLogger('debug', { write: (line: string) => void logLines.push(line) }),
  });
  return {
    sim,
    gateway: started,
    logLines,
    gql: gqlClient(started.url),
    async rest(path, query) {
      const res = await request(`${sim.url}${path}?${new URLSearchParams(query).toString()}`, {
        headers: { 'dd-api-key': sim.world.parent.apiKey, 'dd-application-key': sim.world.parent.appKey },
      });
      return { status: res.statusCode, body: (await res.body.json()) as Record<string, unknown> };
    },
    async stop() {
      await started.stop();
      await sim.stop();
    },
  };
}

/**
 * Walks GET /api/v2/usage/hourly_usage directly, following `next_record_id` to the end, as the
 * vendor's docs describe: the ground truth connections are compared with.
 */
export async function restHourlyUsage(
  stack: Stack,
  query: Record<string, string>,
): Promise<Array<Record<string, unknown>>> {
  const out: Array<Record<string, unknown>> = [];
  let next: string | null = null;
  do {
    const res = await stack.rest(
      '/api/v2/usage/hourly_usage',
      next ? { ...query, 'page[next_record_id]': next } : query,
    );
    if (res.status !== 200) throw new Error(`REST walk failed: ${res.status} ${JSON.stringify(res.body)}`);
    out.push(...(res.body.data as Array<Record<string, unknown>>));
    const meta = res.body.meta as { pagination?: { next_record_id?: string | null } } | undefined;
    next = meta?.pagination?.next_record_id ?? null;
  } while (next);
  return out;
}

/** `YYYY-MM-DDThh` for `hoursAgo` hours before the simulator's now, floored to the day when `day`. */
export function hoursBefore(now: Date, hours: number): string {
  return new Date(now.getTime() - hours * 3_600_000).toISOString().slice(0, 13);
}

/** `YYYY-MM` of the month `back` months before the month of `now` (UTC). */
export function monthsBefore(now: Date, back: number): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
}

/** Identity of a REST record and of a GraphQL node, for comparing lists. */
export function restKey(r: Record<string, unknown>): string {
  const a = r.attributes as { public_id: string; product_family: string; timestamp: string; measurements: unknown };
  return `${a.public_id}|${a.product_family}|${new Date(a.timestamp).toISOString()}|${JSON.stringify(a.measurements)}`;
}
