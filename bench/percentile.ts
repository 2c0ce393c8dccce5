/** Percentiles and rounding for the bench's figures. */

/** The `p`th percentile (nearest rank) of `values`; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

/** `n` rounded to `digits` decimals. */
export function round(n: number, digits = 1): number {
  return Math.round(n * 10 ** digits) / 10 ** digits;
}

/** The median and 99th percentile of a set of durations in milliseconds, rounded. */
export interface Percentiles {
  p50: number;
  p99: number;
}

export function percentiles(values: readonly number[], digits = 1): Percentiles {
  return { p50: round(percentile(values, 50), digits), p99: round(percentile(values, 99), digits) };
}
