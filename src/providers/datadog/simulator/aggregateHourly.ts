/** How a month of hourly values becomes one figure, as Datadog's summaries and bills do it. */
export type HourlyAggregation = 'top99p' | 'avg' | 'sum';

/**
 * Aggregates hourly values (nulls already dropped; 0 when there are none): `sum` exactly (bigint),
 * `avg` rounded to an integer, `top99p` the nearest-rank 99th percentile.
 */
export function aggregateHourly(values: readonly number[], aggregation: HourlyAggregation): bigint {
  if (values.length === 0) return 0n;
  if (aggregation === 'sum') return values.reduce((acc, v) => acc + BigInt(v), 0n);
  if (aggregation === 'avg') return BigInt(Math.round(values.reduce((acc, v) => acc + v, 0) / values.length));
  const sorted = [...values].sort((a, b) => a - b);
  return BigInt(sorted[Math.ceil(0.99 * sorted.length) - 1] as number);
}
