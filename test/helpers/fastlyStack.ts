import { request } from 'undici';
import { loadConfig, type Config } from '../../src/gateway/config.js';
import { createGateway, createLogger, type Gateway } from '../../src/gateway/createGateway.js';
import type { FastlyConfig } from '../../src/providers/fastly/fastlyConfig.js';
import { PROVIDERS } from '../../src/providers/registry.js';
import {
  startSimulator as startDatadogSimulator,
  type Simulator as DatadogSimulator,
  type SimulatorOptions as DatadogSimulatorOptions,
} from '../../src/providers/datadog/simulator/index.js';
import {
  startSimulator as startFastlySimulator,
  type Simulator as FastlySimulator,
  type SimulatorOptions as FastlySimulatorOptions,
} from '../../src/providers/fastly/simulator/index.js';
import type { UpstreamResilienceOptions } from '../../src/upstream/http.js';
import { gqlClient, PLAIN_UPSTREAM, withDatadog, type GqlClient } from './stack.js';

/** `config` with Fastly's configuration changed by `patch`. */
export function withFastly(config: Config, patch: Partial<FastlyConfig>): Config {
  const fastly = config.providers.fastly as FastlyConfig;
  return { ...config, providers: { ...config.providers, fastly: { ...fastly, ...patch } } };
}

/** The Fastly simulator (and, when asked, the Datadog one) with a gateway configured for them, on port 0. */
export interface FastlyStack {
  fastly: FastlySimulator;
  /** Null unless the stack was started with `datadog`. */
  datadog: DatadogSimulator | null;
  gateway: Gateway;
  logLines: string[];
  gql: GqlClient;
  /** GETs a Fastly simulator path directly with the primary customer's token (or `token`): the ground truth. */
  rest(
    path: string,
    query?: Record<string, string>,
    token?: string,
  ): Promise<{ status: number; body: Record<string, unknown> }>;
  stop(): Promise<void>;
}

export interface FastlyStackOptions {
  fastly?: FastlySimulatorOptions;
  /** Also start the Datadog simulator and configure the gateway for it. */
  datadog?: DatadogSimulatorOptions;
  configure?: (config: Config) => Config;
  upstream?: UpstreamResilienceOptions;
}

export async function startFastlyStack(options: FastlyStackOptions = {}): Promise<FastlyStack> {
  const fastly = await startFastlySimulator(options.fastly ?? {});
  const datadog = options.datadog ? await startDatadogSimulator(options.datadog) : null;
  const logLines: string[] = [];
  const token = fastly.world.customers[0]!.token;
  const base = loadConfig({ PORT: '0', LOG_LEVEL: 'debug' }, PROVIDERS);
  const upstream = options.upstream ?? PLAIN_UPSTREAM;
  // As startStack: no page cache means no response cache either, so tests count every operation's calls.
  const responseCache = upstream.cache === false ? { maxBytes: 0 } : base.responseCache;
  let config: Config = withFastly({ ...base, upstream, responseCache }, { baseUrl: fastly.url, token });
  if (datadog !== null) {
    config = withDatadog(config, {
      baseUrl: datadog.url,
      credentials: { apiKey: datadog.world.parent.apiKey, appKey: datadog.world.parent.appKey },
    });
  }
  const gateway = await createGateway((options.configure ?? ((c) => c))(config), {
    providers: PROVIDERS,
    logger: createLogger('debug', { write: (line: string) => void logLines.push(line) }),
  });
  return {
    fastly,
    datadog,
    gateway,
    logLines,
    gql: gqlClient(gateway.url),
    async rest(path, query = {}, asToken = token) {
      const qs = new URLSearchParams(query).toString();
      const res = await request(`${fastly.url}${path}${qs === '' ? '' : `?${qs}`}`, {
        headers: { 'fastly-key': asToken },
      });
      return { status: res.statusCode, body: (await res.body.json()) as Record<string, unknown> };
    },
    async stop() {
      await gateway.stop();
      await fastly.stop();
      await datadog?.stop();
    },
  };
}

/** Walks a cursor-paged Fastly list (`meta.next_cursor`) directly to its end, as Fastly's docs describe. */
export async function restWalk(
  stack: FastlyStack,
  path: string,
  query: Record<string, string>,
  pick: (body: Record<string, unknown>) => { records: unknown[]; meta: Record<string, unknown> | undefined },
): Promise<{ records: unknown[]; pages: number; total: unknown }> {
  const records: unknown[] = [];
  let cursor: string | null = null;
  let pages = 0;
  let total: unknown = null;
  do {
    const res = await stack.rest(path, cursor === null ? query : { ...query, cursor });
    if (res.status !== 200) throw new Error(`REST walk failed: ${res.status} ${JSON.stringify(res.body)}`);
    pages++;
    const page = pick(res.body);
    records.push(...page.records);
    total = page.meta?.total ?? null;
    const next = page.meta?.next_cursor;
    cursor = typeof next === 'string' && next !== '' ? next : null;
  } while (cursor !== null);
  return { records, pages, total };
}
