import type { DatadogApi } from '../upstream/datadog/datadogApi.js';

/** The loaders for hourly and monthly usage attribution and usage attribution types, one set per operation. */
export type AttributionLoaders = Record<string, never>;

/** Builds the hourly and monthly usage attribution and usage attribution types loaders of one operation. */
export function createAttributionLoaders(_api: DatadogApi, _now: Date): AttributionLoaders {
  return {};
}
