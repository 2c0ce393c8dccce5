import type { Provider, ProviderConnection, SimulateOptions } from '../../gateway/provider.js';
import { reachProvider, shareSimulator, type EmbeddedStart } from '../../gateway/reachProvider.js';
import { readTypeDefs } from '../../graphql/readTypeDefs.js';
import { datadogBaseUrl, readDatadogConfig, type DatadogConfig, type DatadogCredentials } from './datadogConfig.js';
import { datadogHttpPolicy } from './datadogHttpPolicy.js';
import { datadogNodeTypes } from './datadogNodeTypes.js';
import { createDatadogRequestState } from './datadogRequest.js';
import { datadogResolvers } from './datadogResolvers.js';
import { datadogFieldSpecs } from './datadogFieldSpecs.js';
import { datadogFocus } from './focus/datadogFocus.js';
import { datadogExportViews } from './datadogExportViews.js';
import { openPlannedOrgViews } from './hourlyUsage/openPlannedOrgViews.js';
import type { OrgDto } from './orgs/orgDirectory.js';
import { EXAMPLE_QUERY, exampleVariables } from './datadogExample.js';
import { printBanner, startSimulator } from './simulator/index.js';

/**
 * Datadog Usage Metering: hourly usage, attribution, costs, summaries and top average metrics of a
 * parent org and its child orgs. Configured by `DD_API_KEY` + `DD_APP_KEY` (`DD_SITE`,
 * `METERQL_DATADOG_URL`); with neither keys nor URL it runs on its embedded simulator.
 */
export const datadogProvider: Provider<DatadogConfig> = {
  name: 'datadog',
  enumValue: 'DATADOG',
  displayName: 'Datadog',
  orgTypeName: 'DatadogOrg',
  orgScopeId: (org) => (org as OrgDto).publicId,
  httpPolicy: datadogHttpPolicy,
  typeDefs: readTypeDefs(new URL('../../../schema/datadog/', import.meta.url)),
  resolvers: datadogResolvers,
  fieldSpecs: datadogFieldSpecs,
  nodeTypes: datadogNodeTypes,
  focus: datadogFocus,
  exports: datadogExportViews,
  readConfig: readDatadogConfig,
  isConfigured: (config) => config.credentials !== null || config.baseUrl !== null,
  async connect(config, options) {
    const reach = await reachProvider(
      {
        displayName: 'Datadog',
        configured: datadogProvider.isConfigured(config),
        baseUrl: datadogBaseUrl(config),
        credentials: config.credentials,
        credentialVariables: 'DD_API_KEY/DD_APP_KEY',
        startEmbedded: startEmbeddedDatadog,
        isCredentials: (value): value is DatadogCredentials =>
          typeof value === 'object' &&
          value !== null &&
          typeof (value as DatadogCredentials).apiKey === 'string' &&
          typeof (value as DatadogCredentials).appKey === 'string',
      },
      options,
    );
    const { baseUrl, credentials, simulator } = reach;
    const connection: ProviderConnection = {
      mode: reach.mode,
      baseUrl,
      banner: reach.banner,
      simulator,
      // Unconfigured, requests may still bring their own keys; they go to the configured site.
      createRequestState: (request) =>
        createDatadogRequestState(request, baseUrl ?? datadogBaseUrl(config), credentials),
      listOrgs: async (ctx) => {
        openPlannedOrgViews(ctx);
        return (await ctx.providers.datadog.loaders.orgDirectory()).orgs;
      },
      close: async () => {
        await simulator?.stop();
      },
    };
    return connection;
  },
  example: (now) => ({ query: EXAMPLE_QUERY, variables: exampleVariables(now) }),
  async simulate(options) {
    const simulator = await startSimulator(options);
    return { url: simulator.url, banner: printBanner(simulator), stop: () => simulator.stop() };
  },
  startSharedSimulator: (options) => shareSimulator(startEmbeddedDatadog, options),
};

/** The embedded Datadog simulator, reached with its parent org's keys. */
async function startEmbeddedDatadog(settings: SimulateOptions): Promise<EmbeddedStart<DatadogCredentials>> {
  const simulator = await startSimulator(settings);
  return { simulator, credentials: { apiKey: simulator.world.parent.apiKey, appKey: simulator.world.parent.appKey } };
}
