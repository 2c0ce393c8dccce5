import { defineParamsCodec, paramsField } from '../../../pagination/paramsCodec.js';
import type { TopAverageMetricsRequest } from './topAverageMetricsClient.js';

/** The upstream parameters a top-average-metrics stream is read with (everything but the cursor). */
export type TopAverageMetricsParams = Omit<TopAverageMetricsRequest, 'nextRecordId'>;

/**
 * The params codec of top-average-metrics streams (GetUsageTopAvgMetrics): the string keys the page
 * loader and travels in connection cursors, so a later request resumes the very upstream stream
 * (same period, names and page size) its cursor came from.
 */
export const topAverageMetricsParamsCodec = defineParamsCodec<TopAverageMetricsParams>({
  name: 'topAverageMetrics',
  version: 1,
  fields: {
    period: paramsField.object({ kind: paramsField.oneOf('month', 'day'), start: paramsField.instant }),
    limit: paramsField.integer,
    names: paramsField.nullable(paramsField.strings),
  },
});
