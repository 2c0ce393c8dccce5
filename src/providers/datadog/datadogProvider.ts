import type { Provider, ProviderConnection } from '../../gateway/provider.js';
import { readTypeDefs } from '../../graphql/readTypeDefs.js';
import { datadogBaseUrl, readDatadogConfig, type DatadogConfig, type DatadogCredentials } from './datadogConfig.js';
import { datadogHttpPolicy } from './datadogHttpPolicy.js';
import { datadogNodeTypes } from './datadogNodeTypes.js';
import { createDatadogRequestState } from './datadogRequest.js';
import { datadogResolvers } from './datadogResolvers.js';
import { datadogFieldSpecs } from './datadogFieldSpecs.js';
import { openPlannedOrgViews } from './hourlyUsage/openPlannedOrgViews.js';
import { EXAMPLE_QUERY, exampleVariables } from './datadogExample.js';
import { printBanner, startSimulator, type Simulator } from './simulator/index.js';

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
  httpPolicy: datadogHttpPolicy,
  typeDefs: readTypeDefs(new URL('../../../schema/datadog/', import.meta.url)),
  resolvers: datadogResolvers,
  fieldSpecs: datadogFieldSpecs,
  nodeTypes: datadogNodeTypes,
  readConfig: readDatadogConfig,
  isConfigured: (config) => config.credentials !== null || config.baseUrl !== null,
  async connect(config, options) {
    let simulator: Simulator | null = null;
    let baseUrl: string | null = datadogBaseUrl(config);
    let credentials: DatadogCredentials | null = config.credentials;
    let banner = `Datadog: ${baseUrl}`;
    let simulated = false;
    if (!datadogProvider.isConfigured(config)) {
      if (options.embedded) {
        if (options.sharedSimulator !== undefined) {
          // A cluster worker: the primary runs the one simulator every worker reaches.
          const shared = readHandOff(options.sharedSimulator);
          baseUrl = shared.url;
          credentials = { apiKey: shared.apiKey, appKey: shared.appKey };
        } else {
          simulator = await startSimulator({
            seed: options.simulator.seed,
            now: options.simulator.now ?? undefined,
            latencyMs: options.simulator.latencyMs,
          });
          baseUrl = simulator.url;
          credentials = { apiKey: simulator.world.parent.apiKey, appKey: simulator.world.parent.appKey };
        }
        simulated = true;
        banner = `embedded Datadog simulator: ${baseUrl}  (no DD_API_KEY/DD_APP_KEY set)`;
      } else {
        baseUrl = null;
        banner = 'Datadog: not configured (set DD_API_KEY and DD_APP_KEY)';
      }
    }
    const apiUrl = baseUrl;
    const connection: ProviderConnection = {
      mode: simulated ? 'simulated' : apiUrl === null ? 'unconfigured' : 'real',
      baseUrl: apiUrl,
      banner,
      simulator,
      // Unconfigured, requests may still bring their own keys; they go to the configured site.
      createRequestState: (request) =>
        createDatadogRequestState(request, apiUrl ?? datadogBaseUrl(config), credentials),
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
  async startSharedSimulator(options) {
    const simulator = await startSimulator(options);
    const handOff: DatadogHandOff = {
      url: simulator.url,
      apiKey: simulator.world.parent.apiKey,
      appKey: simulator.world.parent.appKey,
    };
    return { url: simulator.url, handOff, stop: () => simulator.stop() };
  },
};

/** What a cluster worker gets of the simulator the primary runs: its URL and the parent org's keys. */
interface DatadogHandOff {
  url: string;
  apiKey: string;
  appKey: string;
}

function readHandOff(value: unknown): DatadogHandOff {
  const v = (value ?? {}) as Partial<Record<keyof DatadogHandOff, unknown>>;
  if (typeof v.url !== 'string' || typeof v.apiKey !== 'string' || typeof v.appKey !== 'string') {
    throw new Error(
      `Datadog's shared simulator hand-off must be { url, apiKey, appKey } strings, but got: ${typeof value}`,
    );
  }
  return { url: v.url, apiKey: v.apiKey, appKey: v.appKey };
}
