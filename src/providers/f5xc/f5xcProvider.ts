import type { Provider, ProviderConnection, SimulateOptions } from '../../gateway/provider.js';
import { readTypeDefs } from '../../graphql/readTypeDefs.js';
import { reachProvider, shareSimulator, type EmbeddedStart } from '../../gateway/reachProvider.js';
import { F5XC_UNCONFIGURED_URL, readF5xcConfig, type F5xcConfig, type F5xcCredentials } from './f5xcConfig.js';
import { F5XC_EXAMPLE_QUERY, f5xcExampleVariables } from './f5xcExample.js';
import { f5xcFieldSpecs } from './f5xcFieldSpecs.js';
import { f5xcFocus } from './focus/f5xcFocus.js';
import { f5xcHttpPolicy } from './f5xcHttpPolicy.js';
import { f5xcNodeTypes } from './f5xcNodeTypes.js';
import { createF5xcRequestState } from './f5xcRequest.js';
import { f5xcResolvers } from './f5xcResolvers.js';
import { printBanner, startSimulator } from './simulator/index.js';
import { currentTenant, listNamespaces } from './tenant/tenantNamespaces.js';
import type { F5xcOrgModel } from './tenant/tenantModels.js';
import { f5xcOrgScopeId } from './tenant/tenantScope.js';

/**
 * F5 Distributed Cloud usage: a tenant's usage by namespace with its hourly breakdown, monthly
 * charges and the open period. Configured by `F5XC_API_TOKEN` with `METERQL_F5XC_URL` (the tenant's
 * console); with neither it runs on its embedded simulator (when no provider at all is configured).
 */
export const f5xcProvider: Provider<F5xcConfig> = {
  name: 'f5xc',
  enumValue: 'F5XC',
  displayName: 'F5 Distributed Cloud',
  orgTypeName: 'F5xcOrg',
  // What a caller's org scope names an F5 org by: its publicId (the tenant's name, or the namespace).
  orgScopeId: (org) => f5xcOrgScopeId(org as F5xcOrgModel),
  httpPolicy: f5xcHttpPolicy,
  typeDefs: readTypeDefs(new URL('../../../schema/f5xc/', import.meta.url)),
  resolvers: f5xcResolvers,
  fieldSpecs: f5xcFieldSpecs,
  nodeTypes: f5xcNodeTypes,
  readConfig: readF5xcConfig,
  isConfigured: (config) => config.token !== null || config.baseUrl !== null,
  async connect(config, options) {
    const configured: F5xcCredentials | null =
      config.token === null ? null : { token: config.token, tenant: config.tenant ?? 'tenant' };
    const reach = await reachProvider(
      {
        displayName: 'F5 Distributed Cloud',
        configured: f5xcProvider.isConfigured(config),
        baseUrl: config.baseUrl ?? F5XC_UNCONFIGURED_URL,
        credentials: configured,
        credentialVariables: 'F5XC_API_TOKEN/METERQL_F5XC_URL',
        startEmbedded: startEmbeddedF5xc,
        isCredentials: (value): value is F5xcCredentials =>
          typeof value === 'object' &&
          value !== null &&
          typeof (value as Record<string, unknown>).token === 'string' &&
          typeof (value as Record<string, unknown>).tenant === 'string',
      },
      options,
    );
    const { credentials, ...reached } = reach;
    const connection: ProviderConnection = {
      ...reached,
      createRequestState: (request) =>
        createF5xcRequestState(request, reached.baseUrl ?? F5XC_UNCONFIGURED_URL, credentials),
      listOrgs: async (ctx) => [currentTenant(ctx), ...(await listNamespaces(ctx))],
    };
    return connection;
  },
  focus: f5xcFocus,
  example: (now) => ({ query: F5XC_EXAMPLE_QUERY, variables: f5xcExampleVariables(now) }),
  async simulate(options) {
    const simulator = await startSimulator(options);
    return { url: simulator.url, banner: printBanner(simulator), stop: () => simulator.stop() };
  },
  startSharedSimulator: (options) => shareSimulator(startEmbeddedF5xc, options),
};

/** The embedded F5 simulator, reached with its tenant-wide token. */
async function startEmbeddedF5xc(settings: SimulateOptions): Promise<EmbeddedStart<F5xcCredentials>> {
  const simulator = await startSimulator(settings);
  const admin = simulator.world.principals[0];
  return { simulator, credentials: admin ? { token: admin.token, tenant: simulator.world.tenant } : null };
}
