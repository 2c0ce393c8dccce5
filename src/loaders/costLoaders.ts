import type { DatadogApi } from '../upstream/datadog/datadogApi.js';

/** The loaders for historical, estimated and projected costs, monthly cost attribution, billing dimensions, one set per operation. */
export type CostLoaders = Record<string, never>;

/** Builds the historical, estimated and projected costs, monthly cost attribution, billing dimensions loaders of one operation. */
export function createCostLoaders(_api: DatadogApi, _now: Date): CostLoaders {
  return {};
}
