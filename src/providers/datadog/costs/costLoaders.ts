import type DataLoader from 'dataloader';
import type { DatadogApi } from '../datadogApi.js';
import type { OrgCostDto } from './orgCostBody.js';
import { fetchHistoricalCost } from './historicalCostClient.js';
import { fetchEstimatedCost } from './estimatedCostClient.js';
import { fetchProjectedCost } from './projectedCostClient.js';
import { fetchMonthlyCostAttributionPage, type CostAttributionPage } from './monthlyCostAttributionClient.js';
import { fetchActiveBillingDimensions, type ActiveBillingDimensionsDto } from './activeBillingDimensionsClient.js';
import {
  fetchBillingDimensionMapping,
  type BillingDimensionMappingDto,
  type BillingDimensionMappingRequest,
} from './billingDimensionMappingClient.js';
import { orgCostsKey, type OrgCostsRequest } from './costArgs.js';
import { costAttributionParamsCodec } from './costAttributionParams.js';
import { createKeyLoader } from '../../../loaders/createKeyLoader.js';
import { once } from '../../../loaders/once.js';
import { createPageLoader } from '../../../loaders/createPageLoader.js';
import type { PageKey } from '../../../loaders/createPageLoader.js';

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
      fetchMonthlyCostAttributionPage(api, costAttributionParamsCodec.decode(params).query, cursor),
    ),
    activeBillingDimensions: once(() => fetchActiveBillingDimensions(api)),
    billingDimensionMapping: createKeyLoader(
      (k: BillingDimensionMappingRequest) => fetchBillingDimensionMapping(api, k),
      (k) => `${k.month === null ? '' : k.month.toISOString()}|${k.view ?? ''}`,
    ),
  };
}
