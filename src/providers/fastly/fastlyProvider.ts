import type { Provider, ProviderConnection, SimulateOptions } from '../../gateway/provider.js';
import { readTypeDefs } from '../../graphql/readTypeDefs.js';
import { fastlyBaseUrl, readFastlyConfig, type FastlyConfig } from './fastlyConfig.js';
import { FASTLY_EXAMPLE_QUERY, fastlyExampleVariables } from './fastlyExample.js';
import { fastlyFieldSpecs } from './fastlyFieldSpecs.js';
import { fastlyFocus } from './focus/fastlyFocus.js';
import { fastlyHttpPolicy } from './fastlyHttpPolicy.js';
import { fastlyNodeTypes } from './fastlyNodeTypes.js';
import { createFastlyRequestState } from './fastlyRequest.js';
import { fastlyResolvers } from './fastlyResolvers.js';
import { prefetchPlanned } from './prefetchPlanned.js';
import type { FastlyCustomer } from './customer/customerClient.js';
import { printBanner, startSimulator } from './simulator/index.js';
import { reachProvider, shareSimulator, type EmbeddedStart } from '../../gateway/reachProvider.js';

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
  orgScopeId: (org) => (org as FastlyCustomer).customerId,
  httpPolicy: fastlyHttpPolicy,
  typeDefs: readTypeDefs(new URL('../../../schema/fastly/', import.meta.url)),
  resolvers: fastlyResolvers,
  fieldSpecs: fastlyFieldSpecs,
  nodeTypes: fastlyNodeTypes,
  focus: fastlyFocus,
  readConfig: readFastlyConfig,
  isConfigured: (config) => config.token !== null || config.baseUrl !== null,
  async connect(config, options) {
    const reach = await reachProvider(
      {
        displayName: 'Fastly',
        configured: fastlyProvider.isConfigured(config),
        baseUrl: fastlyBaseUrl(config),
        credentials: config.token,
        credentialVariables: 'FASTLY_API_TOKEN',
        startEmbedded: startEmbeddedFastly,
        isCredentials: (value): value is string => typeof value === 'string',
      },
      options,
    );
    const { credentials: token, ...reached } = reach;
    const connection: ProviderConnection = {
      ...reached,
      // Unconfigured, a request may still bring its own token; it goes to Fastly's API.
      createRequestState: (request) =>
        createFastlyRequestState(request, reached.baseUrl ?? fastlyBaseUrl(config), token),
      listOrgs: async (ctx) => {
        prefetchPlanned(ctx);
        return [await ctx.providers.fastly.loaders.customer()];
      },
    };
    return connection;
  },
  example: (now) => ({ query: FASTLY_EXAMPLE_QUERY, variables: fastlyExampleVariables(now) }),
  async simulate(options) {
    const simulator = await startSimulator(options);
    return { url: simulator.url, banner: printBanner(simulator), stop: () => simulator.stop() };
  },
  startSharedSimulator: (options) => shareSimulator(startEmbeddedFastly, options),
};

/** The embedded Fastly simulator, reached with its first customer's token. */
async function startEmbeddedFastly(settings: SimulateOptions): Promise<EmbeddedStart<string>> {
  const simulator = await startSimulator(settings);
  return { simulator, credentials: simulator.world.customers[0]?.token ?? null };
}
