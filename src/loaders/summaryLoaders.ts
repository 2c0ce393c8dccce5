import type { DatadogApi } from '../upstream/datadog/datadogApi.js';

/** The loaders for the billable summary, the usage summary and (deprecated) network flows, one set per operation. */
export type SummaryLoaders = Record<string, never>;

/** Builds the the billable summary, the usage summary and (deprecated) network flows loaders of one operation. */
export function createSummaryLoaders(_api: DatadogApi, _now: Date): SummaryLoaders {
  return {};
}
