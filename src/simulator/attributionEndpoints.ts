import type { SimEndpoint } from './simEndpoint.js';

/** Simulated endpoints for hourly and monthly usage attribution and usage attribution types, by path. */
export const ATTRIBUTION_ENDPOINTS: Readonly<Record<string, SimEndpoint>> = {};
