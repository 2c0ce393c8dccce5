import { meanOfIntegers, parseDecimal, type Decimal } from '../../../money/decimal.js';
import type { RollupAggregation } from '../api/usageTypeAggregations.js';

const exact = (n: bigint): Decimal => parseDecimal(n.toString()) as Decimal;

/**
 * Aggregates a period's hourly values (at least one; each already the sum over the orgs and families
 * a row merges), exactly: SUM, MIN and MAX as integers; AVG as {@link meanOfIntegers} writes it; P99
 * the nearest-rank 99th percentile, as Datadog's usage summary defines `*_top99p`: the values sorted
 * ascending, the one at rank ceil(0.99 x n) (the top 1% of hours dropped).
 */
export function aggregateHours(values: readonly bigint[], aggregation: RollupAggregation): Decimal {
  if (values.length === 0) throw new RangeError('A period with no hourly value has no aggregate');
  switch (aggregation) {
    case 'SUM':
      return exact(values.reduce((a, v) => a + v, 0n));
    case 'AVG':
      return meanOfIntegers(
        values.reduce((a, v) => a + v, 0n),
        values.length,
      );
    case 'MIN':
      return exact(values.reduce((a, v) => (v < a ? v : a)));
    case 'MAX':
      return exact(values.reduce((a, v) => (v > a ? v : a)));
    case 'P99': {
      const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      // ceil(0.99 x n) in integers.
      return exact(sorted[Math.floor((99 * sorted.length + 99) / 100) - 1] as bigint);
    }
  }
}
