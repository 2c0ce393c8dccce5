import type { SimEndpoint } from './simEndpoint.js';

/** Simulated endpoints for historical, estimated and projected costs, monthly cost attribution, billing dimensions, by path. */
export const COST_ENDPOINTS: Readonly<Record<string, SimEndpoint>> = {};
