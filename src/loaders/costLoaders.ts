import type DataLoader from 'dataloader';
import type { DatadogApi } from '../upstream/datadog/datadogApi.js';
import type { OrgCostDto } from '../upstream/datadog/orgCostBody.js';
import { fetchHistoricalCost } from '../upstream/datadog/historicalCost.js';
import { fetchEstimatedCost } from '../upstream/datadog/estimatedCost.js';
import { fetchProjectedCost } from '../upstream/datadog/projectedCost.js';
import {
  fetchMonthlyCostAttributionPage,
  type CostAttributionPage,
} from '../upstream/datadog/monthlyCostAttribution.js';
import {
  fetchActiveBillingDimensions,
  type ActiveBillingDimensionsDto,
} from '../upstream/datadog/activeBillingDimensions.js';
import {
  fetchBillingDimensionMapping,
  type BillingDimensionMappingDto,
  type BillingDimensionMappingRequest,
} from '../upstream/datadog/billingDimensionMapping.js';
import { orgCostsKey, type OrgCostsRequest } from '../resolvers/costArgs.js';
import { createKeyLoader, once } from './createLoader.js';
import { createPageLoader } from './pageLoader.js';
import type { PageKey } from './pageLoader.js';

/** The loaders for historical, estimated and projected costs, monthly cost attribution, billing dimensions, one set per operation. */
export interface CostLoaders {
  /**
   * Cost rows by normalized request: one upstream call per distinct request for the whole operation,
   * shared by `Query.costs` and every `Org.costs` asking the same (each org keeps its own rows).
   */
  orgCosts: DataLoader<OrgCostsRequest, OrgCostDto[], string>;
  /** Cost attribution pages by (normalized query, upstream cursor); pages carry the `meta.aggregates`. */
  costAttributionPages: DataLoader<PageKey, CostAttributionPage, string>;
  /** The active billing dimensions, fetched at most once per operation (again only after a failure). */
  activeBillingDimensions(): Promise<ActiveBillingDimensionsDto | null>;
  /** The billing dimension mapping by (month, view). */
  billingDimensionMapping: DataLoader<BillingDimensionMappingRequest, BillingDimensionMappingDto[], string>;
}

function fetchOrgCosts(api: DatadogApi, req: OrgCostsRequest): Promise<OrgCostDto[]> {
  switch (req.kind) {
    case 'historical':
      return fetchHistoricalCost(api, req);
    case 'estimated':
      return fetchEstimatedCost(api, req);
    case 'projected':
      return fetchProjectedCost(api, req);
  }
}

/** Builds the historical, estimated and projected costs, monthly cost attribution, billing dimensions loaders of one operation. */
export function createCostLoaders(api: DatadogApi): CostLoaders {
  return {
    orgCosts: createKeyLoader((k: OrgCostsRequest) => fetchOrgCosts(api, k), orgCostsKey),
    costAttributionPages: createPageLoader((params, cursor) =>
      fetchMonthlyCostAttributionPage(api, JSON.parse(params) as Array<[string, string]>, cursor),
    ),
    activeBillingDimensions: once(() => fetchActiveBillingDimensions(api)),
    billingDimensionMapping: createKeyLoader(
      (k: BillingDimensionMappingRequest) => fetchBillingDimensionMapping(api, k),
      (k) => `${k.month === null ? '' : k.month.toISOString()}|${k.view ?? ''}`,
    ),
  };
}
