import type { DatadogApi } from '../upstream/datadog/datadogApi.js';

/** The loaders for top average metrics, one set per operation. */
export type TopMetricsLoaders = Record<string, never>;

/** Builds the top average metrics loaders of one operation. */
export function createTopMetricsLoaders(_api: DatadogApi, _now: Date): TopMetricsLoaders {
  return {};
}
