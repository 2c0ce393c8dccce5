import type { SimEndpoint } from './simEndpoint.js';

/** Simulated endpoints for top average metrics, by path. */
export const TOP_METRICS_ENDPOINTS: Readonly<Record<string, SimEndpoint>> = {};
