/** What the rollup types are backed by (codegen.ts `mappers`). */
import type { Decimal } from '../../../money/decimal.js';
import type { RollupAggregation } from '../api/usageTypeAggregations.js';

/** One row of `usageRollup`: a period of one group; a dimension not grouped by is null. */
export interface UsageRollupRowModel {
  periodStart: Date;
  periodEnd: Date;
  orgId: string | null;
  /** The org's name as the hourly records write it, when grouped by ORG. */
  orgName: string | null;
  productFamily: string | null;
  usageType: string | null;
  aggregation: RollupAggregation;
  value: Decimal;
  hours: number;
}
