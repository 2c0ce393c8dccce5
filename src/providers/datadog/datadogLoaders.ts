import { once } from '../../loaders/once.js';
import { hashedScope } from '../../upstream/hashedScope.js';
import { datadogHeadroom, type DatadogApi } from './datadogApi.js';
import { GET_HOURLY_USAGE } from './hourlyUsage/hourlyUsageClient.js';
import {
  createHourlyUsageOpenLoader,
  createHourlyUsagePageLoader,
  type HourlyUsageOpenLoader,
  type HourlyUsagePageLoader,
} from './hourlyUsage/hourlyUsageLoaders.js';
import { loadOrgDirectory, scopeOrgDirectory, type OrgDirectory } from './orgs/orgDirectory.js';
import { createAttributionLoaders, type AttributionLoaders } from './attribution/attributionLoaders.js';
import { createCostLoaders, type CostLoaders } from './costs/costLoaders.js';
import { createBillableSummaryLoader, type BillableSummaryLoader } from './billableSummary/billableSummaryLoader.js';
import { createUsageSummaryLoader, type UsageSummaryLoader } from './usageSummary/usageSummaryLoader.js';
import { createNetworkFlowsLoader, type NetworkFlowsLoader } from './networkFlows/networkFlowsLoader.js';
import {
  createTopAverageMetricsLoaders,
  type TopAverageMetricsLoaders,
} from './topAverageMetrics/topAverageMetricsLoaders.js';

/**
 * Every loader of one GraphQL operation. New per operation: nothing here outlives a request. Each
 * feature's loaders are built the first time the operation reads them.
 */
export interface DatadogLoaders {
  /**
   * The account's orgs the caller may see (its org scope), loaded at most once per operation (and
   * again only after a failure). `account` is the account org whether or not the caller may see it
   * (upstream calls are made on its behalf); whether it may be shown is `byPublicId.has(...)`.
   */
  orgDirectory(): Promise<OrgDirectory>;
  hourlyUsagePages: HourlyUsagePageLoader;
  hourlyUsageOpen: HourlyUsageOpenLoader;
  /**
   * Whether bulk reads may read ahead: only when the upstream client keeps pages between operations,
   * for a caller trusted with it (ProviderRequest `bulkReadAhead`).
   */
  readAhead: boolean;
  /** How many more hourly-usage calls the rate-limit budget allows now (null while unknown): how far to read ahead. */
  hourlyUsageHeadroom: () => number | null;
  /**
   * The hourly-usage reads ahead these credentials started recently, across operations (keys are
   * the stream's; the credentials' scope is added here): what a later page of a walk need not read
   * ahead again nor pay for twice.
   */
  hourlyUsageReadsAhead: { has(key: string): boolean; note(key: string): void };

  attribution: AttributionLoaders;

  costs: CostLoaders;

  billableSummary: BillableSummaryLoader;

  usageSummary: UsageSummaryLoader;

  /** The deprecated network flows. */
  networkFlows: NetworkFlowsLoader;

  topAverageMetrics: TopAverageMetricsLoaders;
}

/**
 * Batching hint of the fields that open hourly-usage views per org (their field specs give it): such
 * views only start once the org directory is known, unless their windows were opened ahead.
 */
export const PER_ORG_HOURLY_USAGE = 'datadog.perOrgHourlyUsage';

/**
 * Builds the loaders of one operation. `batchHints` (filled in before execution) tell the
 * hourly-usage loader when the operation also opens per-org hourly-usage views
 * ({@link PER_ORG_HOURLY_USAGE}): unless their windows are opened ahead (openPlannedOrgViews), it
 * holds its first batch until the org directory arrives, so every view of a window shares one
 * upstream request instead of two. `orgScope` (null: every org) is the caller's: the directory the
 * fields read holds only those orgs (the hourly-usage planner counts them all). `bulkReadAhead`: whether the
 * caller is trusted with read-ahead.
 */
export function createDatadogLoaders(
  api: DatadogApi,
  now: Date,
  batchHints: ReadonlySet<string>,
  orgScope: ReadonlySet<string> | null = null,
  bulkReadAhead = true,
): DatadogLoaders {
  let loaded: OrgDirectory | null = null;
  const wholeDirectory = once(async (): Promise<OrgDirectory> => {
    loaded = await loadOrgDirectory(api, now);
    return loaded;
  });
  const orgDirectory =
    orgScope === null ? wholeDirectory : once(async () => scopeOrgDirectory(await wholeDirectory(), orgScope));
  const hourlyUsagePages = createHourlyUsagePageLoader(api);
  const hourlyUsageOpen = createHourlyUsageOpenLoader({
    pages: hourlyUsagePages,
    directory: wholeDirectory,
    orgCount: () => loaded?.orgs.length ?? null,
    perOrgViews: () => batchHints.has(PER_ORG_HOURLY_USAGE),
  });
  // The other features' loaders are built on first use: an operation pays only for the features it reads.
  let attribution: AttributionLoaders | undefined;
  let costs: CostLoaders | undefined;
  let billableSummary: BillableSummaryLoader | undefined;
  let usageSummary: UsageSummaryLoader | undefined;
  let networkFlows: NetworkFlowsLoader | undefined;
  let topAverageMetrics: TopAverageMetricsLoaders | undefined;
  return {
    orgDirectory,
    hourlyUsagePages,
    hourlyUsageOpen,
    readAhead: bulkReadAhead && api.http.cachesPages,
    hourlyUsageHeadroom: () => datadogHeadroom(api, GET_HOURLY_USAGE),
    hourlyUsageReadsAhead: readsAheadOf(api),

    get attribution() {
      return (attribution ??= createAttributionLoaders(api));
    },

    get costs() {
      return (costs ??= createCostLoaders(api));
    },

    get billableSummary() {
      return (billableSummary ??= createBillableSummaryLoader(api));
    },

    get usageSummary() {
      return (usageSummary ??= createUsageSummaryLoader(api));
    },

    get networkFlows() {
      return (networkFlows ??= createNetworkFlowsLoader(api));
    },

    get topAverageMetrics() {
      return (topAverageMetrics ??= createTopAverageMetricsLoaders(api));
    },
  };
}

/** The shared memory of reads ahead (UpstreamHttp.readsAhead), its keys prefixed by whose and where. */
function readsAheadOf(api: DatadogApi): DatadogLoaders['hourlyUsageReadsAhead'] {
  // Made on first use: most operations never read ahead.
  let prefix: string | undefined;
  const keyOf = (key: string): string => {
    prefix ??= `${api.baseUrl}\n${
      api.credentials === null
        ? 'anonymous'
        : hashedScope(`datadog\n${api.credentials.apiKey}\n${api.credentials.appKey}`)
    }\n`;
    return prefix + key;
  };
  return {
    has: (key) => api.http.readsAhead.has(keyOf(key)),
    note: (key) => api.http.readsAhead.note(keyOf(key)),
  };
}
