import type DataLoader from 'dataloader';
import { createBatchLoader } from '../../../loaders/createBatchLoader.js';
import { addMonths, formatMonth } from '../../../time/utcTime.js';
import { USAGE_METRICS_MAX_MONTHS } from '../api/fastlyLimits.js';
import type { FastlyApi } from '../fastlyApi.js';
import { fetchUsageMetrics, type UsageMetricDto } from './usageMetricsClient.js';

/** A month's usage metrics, by the month's first instant. */
export type UsageMetricsLoader = DataLoader<Date, readonly UsageMetricDto[], string>;

/**
 * Plans the upstream requests for a set of months: runs of consecutive months, each split into
 * requests of at most {@link USAGE_METRICS_MAX_MONTHS} months (the most one request may span), so
 * the months an operation wants cost the fewest requests.
 */
export function planUsageMetricsRequests(months: readonly Date[]): Array<{ start: Date; end: Date }> {
  const sorted = [...new Set(months.map((m) => m.getTime()))].sort((a, b) => a - b).map((t) => new Date(t));
  const requests: Array<{ start: Date; end: Date }> = [];
  for (const month of sorted) {
    const last = requests.at(-1);
    const span = last === undefined ? 0 : monthsBetween(last.start, month) + 1;
    if (
      last !== undefined &&
      addMonths(last.end, 1).getTime() === month.getTime() &&
      span <= USAGE_METRICS_MAX_MONTHS
    ) {
      last.end = month;
    } else {
      requests.push({ start: month, end: month });
    }
  }
  return requests;
}

function monthsBetween(a: Date, b: Date): number {
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
}

/**
 * The usage-metrics loader of one operation: every month any field asks for within one tick is
 * planned together ({@link planUsageMetricsRequests}) and the requests run concurrently; each month
 * gets its rows. A failed request fails only its own months, and is not kept.
 */
export function createUsageMetricsLoader(api: FastlyApi): UsageMetricsLoader {
  return createBatchLoader<Date, readonly UsageMetricDto[]>(async (months) => {
    const plan = planUsageMetricsRequests(months);
    const results = await Promise.all(
      plan.map((r) => fetchUsageMetrics(api, r.start, r.end).catch((error: unknown) => error as Error)),
    );
    return months.map((month) => {
      const i = plan.findIndex((r) => r.start <= month && month <= r.end);
      const result = results[i] as UsageMetricDto[] | Error;
      if (result instanceof Error) return result;
      const t = month.getTime();
      return result.filter((row) => row.month.getTime() === t);
    });
  }, formatMonth);
}
