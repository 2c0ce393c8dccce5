import { request } from 'undici';
import { loadConfig, type Config } from '../../src/gateway/config.js';
import { createGateway, createLogger, type Gateway } from '../../src/gateway/createGateway.js';
import type { F5xcConfig } from '../../src/providers/f5xc/f5xcConfig.js';
import { PROVIDERS } from '../../src/providers/registry.js';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../src/providers/f5xc/simulator/index.js';
import type { UpstreamResilienceOptions } from '../../src/upstream/http.js';
import { gqlClient, PLAIN_UPSTREAM, type GqlClient } from './stack.js';

/** `config` with F5's configuration changed by `patch`. */
export function withF5xc(config: Config, patch: Partial<F5xcConfig>): Config {
  const f5xc = config.providers.f5xc as F5xcConfig;
  return { ...config, providers: { ...config.providers, f5xc: { ...f5xc, ...patch } } };
}

/** The F5 simulator with a gateway configured for its tenant-wide token, both on port 0. */
export interface F5xcStack {
  sim: Simulator;
  gateway: Gateway;
  logLines: string[];
  gql: GqlClient;
  /**
   * POSTs an operation (`usage_details`, `hourly_usage_details`, `monthly_usage`, `current_usage`)
   * to the simulator directly, with the tenant-wide token (or `token`): the ground truth. `text` is
   * the raw body (amounts are compared as written).
   */
  rest(
    operation: string,
    namespace: string,
    body: Record<string, unknown>,
    token?: string,
  ): Promise<{ status: number; headers: Record<string, unknown>; body: unknown; text: string }>;
  stop(): Promise<void>;
}

export interface F5xcStackOptions {
  sim?: SimulatorOptions;
  configure?: (config: Config) => Config;
  upstream?: UpstreamResilienceOptions;
}

/** Starts the F5 simulator and a gateway for it (no page or response cache, one attempt: see PLAIN_UPSTREAM). */
export async function startF5xcStack(options: F5xcStackOptions = {}): Promise<F5xcStack> {
  const sim = await startSimulator(options.sim ?? {});
  const logLines: string[] = [];
  const token = sim.world.principals[0]!.token;
  const base = loadConfig({ PORT: '0', LOG_LEVEL: 'debug' }, PROVIDERS);
  const upstream = options.upstream ?? PLAIN_UPSTREAM;
  const responseCache = upstream.cache === false ? { maxBytes: 0 } : base.responseCache;
  const config = withF5xc({ ...base, upstream, responseCache }, { baseUrl: sim.url, token, tenant: sim.world.tenant });
  const gateway = await createGateway((options.configure ?? ((c) => c))(config), {
    providers: PROVIDERS,
    logger: createLogger('debug', { write: (line: string) => void logLines.push(line) }),
  });
  return {
    sim,
    gateway,
    logLines,
    gql: gqlClient(gateway.url),
    async rest(operation, namespace, body, asToken = token) {
      const res = await request(`${sim.url}/api/web/namespaces/${namespace}/${operation}`, {
        method: 'POST',
        headers: { authorization: `APIToken ${asToken}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const text = await res.body.text();
      return { status: res.statusCode, headers: res.headers, body: JSON.parse(text) as unknown, text };
    },
    async stop() {
      await gateway.stop();
      await sim.stop();
    },
  };
}
