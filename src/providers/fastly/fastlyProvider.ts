import type { Provider, ProviderConnection } from '../../gateway/provider.js';
import { readTypeDefs } from '../../graphql/readTypeDefs.js';
import { fastlyBaseUrl, readFastlyConfig, type FastlyConfig } from './fastlyConfig.js';
import { FASTLY_EXAMPLE_QUERY, fastlyExampleVariables } from './fastlyExample.js';
import { fastlyFieldSpecs } from './fastlyFieldSpecs.js';
import { fastlyHttpPolicy } from './fastlyHttpPolicy.js';
import { fastlyNodeTypes } from './fastlyNodeTypes.js';
import { createFastlyRequestState } from './fastlyRequest.js';
import { fastlyResolvers } from './fastlyResolvers.js';
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
    if (!fastlyProvider.isConfigured(config)) {
      if (options.embedded) {
        simulator = await startSimulator({
          seed: options.simulator.seed,
          now: options.simulator.now ?? undefined,
          latencyMs: options.simulator.latencyMs,
        });
        baseUrl = simulator.url;
        token = simulator.world.customers[0]?.token ?? null;
        banner = `embedded Fastly simulator: ${simulator.url}  (no FASTLY_API_TOKEN set)`;
      } else {
        baseUrl = null;
        banner = 'Fastly: not configured (set FASTLY_API_TOKEN)';
      }
    }
    const apiUrl = baseUrl;
    const connection: ProviderConnection = {
      mode: simulator !== null ? 'simulated' : apiUrl === null ? 'unconfigured' : 'real',
      baseUrl: apiUrl,
      banner,
      simulator,
      // Unconfigured, a request may still bring its own token; it goes to Fastly's API.
      createRequestState: (request) => createFastlyRequestState(request, apiUrl ?? fastlyBaseUrl(config), token),
      listOrgs: async (ctx) => [await ctx.providers.fastly.loaders.customer()],
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
};
