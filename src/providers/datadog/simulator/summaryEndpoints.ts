import { getUsageBillableSummary } from './getUsageBillableSummary.js';
import { getUsageNetworkFlows } from './getUsageNetworkFlows.js';
import type { SimEndpoint } from './simEndpoint.js';

/**
 * Simulated endpoints for the billable summary and (deprecated) network flows, by path. The usage
 * summary (`/api/v1/usage/summary`) is a core endpoint registered in simulator.ts.
 */
export const SUMMARY_ENDPOINTS: Readonly<Record<string, SimEndpoint>> = {
  '/api/v1/usage/billable-summary': {
    operationId: 'GetUsageBillableSummary',
    parentOnly: true,
    rateLimitName: 'usage_metering_billable_summary',
    handle: getUsageBillableSummary,
  },
  '/api/v1/usage/network_flows': {
    operationId: 'GetUsageNetworkFlows',
    rateLimitName: 'usage_metering_network_flows',
    handle: getUsageNetworkFlows,
  },
};
