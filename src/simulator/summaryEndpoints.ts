import type { SimEndpoint } from './simEndpoint.js';

/** Simulated endpoints for the billable summary, the usage summary and (deprecated) network flows, by path. */
export const SUMMARY_ENDPOINTS: Readonly<Record<string, SimEndpoint>> = {};
