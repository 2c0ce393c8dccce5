import type { Provider, ProviderConnection } from '../../gateway/provider.js';
import { readTypeDefs } from '../../graphql/readTypeDefs.js';
import { fastlyBaseUrl, readFastlyConfig, type FastlyConfig } from './fastlyConfig.js';
import { FASTLY_EXAMPLE_QUERY, fastlyExampleVariables } from './fastlyExample.js';
import { fastlyFieldSpecs } from './fastlyFieldSpecs.js';
import { fastlyHttpPolicy } from './fastlyHttpPolicy.js';
import { fastlyNodeTypes } from './fastlyNodeTypes.js';
import { createFastlyRequestState } from './fastlyRequest.js';
import { fastlyResolvers } from './fastlyResolvers.js';
import { prefetchPlanned } from './prefetchPlanned.js';
import { printBanner, startSimulator, type Simulator } from './simulator/index.js';

/**
 * Fastly billing: monthly usage metrics by product, service-level usage and invoices of the customer
 * a token belongs to. Configured by `FASTLY_API_TOKEN` (`METERQL_FASTLY_URL`); with neither token nor
 * URL it runs on its embedded simulator (when no provider at all is configured).
 */
export const fastlyProvider: Provider<FastlyConfig> = {
  name: 'fastly',
  enumValue: 'FASTLY',
  displayName: 'Fastly',
  orgTypeName: 'FastlyOrg',
  httpPolicy: fastlyHttpPolicy,
  typeDefs: readTypeDefs(new URL('../../../schema/fastly/', import.meta.url)),
  resolvers: fastlyResolvers,
  fieldSpecs: fastlyFieldSpecs,
  nodeTypes: fastlyNodeTypes,
  readConfig: readFastlyConfig,
  isConfigured: (config) => config.token !== null || config.baseUrl !== null,
  async connect(config, options) {
    let simulator: Simulator | null = null;
    let baseUrl: string | null = fastlyBaseUrl(config);
    let token = config.token;
    let banner = `Fastly: ${baseUrl}`;
    let simulated = false;
    if (!fastlyProvider.isConfigured(config)) {
      if (options.embedded) {
        if (options.sharedSimulator !== undefined) {
          // A cluster worker: the primary runs the one simulator every worker reaches.
          const shared = readHandOff(options.sharedSimulator);
          baseUrl = shared.url;
          token = shared.token;
        } else {
          simulator = await startSimulator({
            seed: options.simulator.seed,
            now: options.simulator.now ?? undefined,
            latencyMs: options.simulator.latencyMs,
          });
          baseUrl = simulator.url;
          token = simulator.world.customers[0]?.token ?? null;
        }
        simulated = true;
        banner = `embedded Fastly simulator: ${baseUrl}  (no FASTLY_API_TOKEN set)`;
      } else {
        baseUrl = null;
        banner = 'Fastly: not configured (set FASTLY_API_TOKEN)';
      }
    }
    const apiUrl = baseUrl;
    const connection: ProviderConnection = {
      mode: simulated ? 'simulated' : apiUrl === null ? 'unconfigured' : 'real',
      baseUrl: apiUrl,
      banner,
      simulator,
      // Unconfigured, a request may still bring its own token; it goes to Fastly's API.
      createRequestState: (request) => createFastlyRequestState(request, apiUrl ?? fastlyBaseUrl(config), token),
      listOrgs: async (ctx) => {
        prefetchPlanned(ctx);
        return [await ctx.providers.fastly.loaders.customer()];
      },
      close: async () => {
        await simulator?.stop();
      },
    };
    return connection;
  },
  example: (now) => ({ query: FASTLY_EXAMPLE_QUERY, variables: fastlyExampleVariables(now) }),
  async simulate(options) {
    const simulator = await startSimulator(options);
    return { url: simulator.url, banner: printBanner(simulator), stop: () => simulator.stop() };
  },
  async startSharedSimulator(options) {
    const simulator = await startSimulator(options);
    const handOff: FastlyHandOff = { url: simulator.url, token: simulator.world.customers[0]?.token ?? null };
    return { url: simulator.url, handOff, stop: () => simulator.stop() };
  },
};

/** What a cluster worker gets of the simulator the primary runs: its URL and the first customer's token. */
interface FastlyHandOff {
  url: string;
  token: string | null;
}

function readHandOff(value: unknown): FastlyHandOff {
  const v = (value ?? {}) as Partial<Record<keyof FastlyHandOff, unknown>>;
  if (typeof v.url !== 'string' || (typeof v.token !== 'string' && v.token !== null)) {
    throw new Error(
      `Fastly's shared simulator hand-off must be { url, token } (token a string or null), but got: ${typeof value}`,
    );
  }
  return { url: v.url, token: v.token };
}
