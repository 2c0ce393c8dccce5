import type { SimEndpoint } from './simEndpoint.js';
import { getActiveBillingDimensions, getBillingDimensionMapping } from './getBillingDimensions.js';
import { getEstimatedCost, getHistoricalCost, getProjectedCost } from './getCostByOrg.js';
import { getMonthlyCostAttribution } from './getMonthlyCostAttribution.js';

/** Simulated endpoints for historical, estimated and projected costs, monthly cost attribution, billing dimensions, by path. */
export const COST_ENDPOINTS: Readonly<Record<string, SimEndpoint>> = {
  '/api/v2/usage/historical_cost': {
    operationId: 'GetHistoricalCostByOrg',
    parentOnly: true,
    rateLimitName: 'usage_metering_historical_cost',
    handle: getHistoricalCost,
  },
  // Deprecated upstream in favour of historical_cost; answers as historical_cost with view=sub-org.
  '/api/v2/usage/cost_by_org': {
    operationId: 'GetCostByOrg',
    parentOnly: true,
    rateLimitName: 'usage_metering_cost_by_org',
    handle: (ctx) => {
      const query = new URLSearchParams(ctx.query);
      query.set('view', 'sub-org');
      return getHistoricalCost({ ...ctx, query });
    },
  },
  '/api/v2/usage/estimated_cost': {
    operationId: 'GetEstimatedCostByOrg',
    parentOnly: true,
    rateLimitName: 'usage_metering_estimated_cost',
    handle: getEstimatedCost,
  },
  '/api/v2/usage/projected_cost': {
    operationId: 'GetProjectedCost',
    parentOnly: true,
    rateLimitName: 'usage_metering_projected_cost',
    handle: getProjectedCost,
  },
  '/api/v2/cost_by_tag/monthly_cost_attribution': {
    operationId: 'GetMonthlyCostAttribution',
    parentOnly: true,
    rateLimitName: 'usage_metering_cost_attribution',
    handle: getMonthlyCostAttribution,
  },
  '/api/v2/cost_by_tag/active_billing_dimensions': {
    operationId: 'GetActiveBillingDimensions',
    rateLimitName: 'usage_metering_active_billing_dimensions',
    handle: getActiveBillingDimensions,
  },
  '/api/v2/usage/billing_dimension_mapping': {
    operationId: 'GetBillingDimensionMapping',
    parentOnly: true,
    errorStyle: 'jsonapi',
    rateLimitName: 'usage_metering_billing_dimension_mapping',
    handle: getBillingDimensionMapping,
  },
};
