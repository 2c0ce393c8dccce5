import { getHourlyUsageAttribution } from './getHourlyUsageAttribution.js';
import { getMonthlyUsageAttribution } from './getMonthlyUsageAttribution.js';
import { getUsageAttributionTypes } from './getUsageAttributionTypes.js';
import type { SimEndpoint } from './simEndpoint.js';

/** Simulated endpoints for hourly and monthly usage attribution and usage attribution types, by path. */
export const ATTRIBUTION_ENDPOINTS: Readonly<Record<string, SimEndpoint>> = {
  '/api/v1/usage/hourly-attribution': {
    operationId: 'GetHourlyUsageAttribution',
    rateLimitName: 'usage_metering_hourly_attribution',
    handle: getHourlyUsageAttribution,
  },
  '/api/v1/usage/monthly-attribution': {
    operationId: 'GetMonthlyUsageAttribution',
    rateLimitName: 'usage_metering_monthly_attribution',
    handle: getMonthlyUsageAttribution,
  },
  '/api/v2/usage/usage-attribution-types': {
    operationId: 'GetUsageAttributionTypes',
    rateLimitName: 'usage_metering_attribution_types',
    handle: getUsageAttributionTypes,
  },
};
