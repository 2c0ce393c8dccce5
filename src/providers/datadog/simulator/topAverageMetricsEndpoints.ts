import { getUsageTopAvgMetrics } from './getUsageTopAvgMetrics.js';
import type { SimEndpoint } from './simEndpoint.js';

/** Simulated endpoints for top average metrics, by path. */
export const TOP_AVERAGE_METRICS_ENDPOINTS: Readonly<Record<string, SimEndpoint>> = {
  '/api/v1/usage/top_avg_metrics': {
    operationId: 'GetUsageTopAvgMetrics',
    rateLimitName: 'usage_metering_top_avg_metrics',
    handle: getUsageTopAvgMetrics,
  },
};
