import { exportColumn } from '../../../export/exportColumn.js';
import type { ExportColumn, ExportView } from '../../../export/exportView.js';
import { openBatchedExport } from '../../../export/pagedExport.js';
import { argsFromSearch, searchParam } from '../../../export/searchArgs.js';
import { refuseWholeAccountRead } from '../../../security/orgScope.js';
import { PRODUCT_FAMILIES } from '../api/productFamilies.js';
import type { RollupAggregation } from '../api/usageTypeAggregations.js';
import { checkUsageRollupArgs, type RollupDimension } from './usageRollupArgs.js';
import { usageRollupRows } from './usageRollupField.js';
import type { RollupGranularity } from './rollupPeriod.js';
import type { UsageRollupRowModel } from './usageRollupModels.js';

/**
 * The columns of `/export/usageRollup.*`, one row per `UsageRollupRow`: `period_start`, `period_end`
 * (ISO-8601 UTC), `org_public_id`, `product_family`, `usage_type` (empty in CSV and null in NDJSON for a
 * dimension not grouped by), `aggregation`, `value` (exact decimal text, a string in NDJSON) and
 * `hours` (an integer).
 */
export const USAGE_ROLLUP_EXPORT_COLUMNS: ReadonlyArray<ExportColumn<UsageRollupRowModel>> = [
  exportColumn.instant('period_start', (r) => r.periodStart),
  exportColumn.instant('period_end', (r) => r.periodEnd),
  exportColumn.text('org_public_id', (r) => r.orgId),
  exportColumn.text('product_family', (r) => r.productFamily),
  exportColumn.text('usage_type', (r) => r.usageType),
  exportColumn.text('aggregation', (r) => r.aggregation),
  exportColumn.decimal('value', (r) => r.value),
  exportColumn.number('hours', (r) => r.hours),
];

const GRANULARITIES: readonly RollupGranularity[] = ['HOUR', 'DAY', 'WEEK', 'MONTH'];
const AGGREGATIONS: readonly RollupAggregation[] = ['SUM', 'AVG', 'MIN', 'MAX', 'P99'];
const DIMENSIONS: readonly RollupDimension[] = ['ORG', 'PRODUCT_FAMILY', 'USAGE_TYPE'];

/** The query parameters: `Query.usageRollup`'s arguments. */
const PARAMS = {
  productFamilies: searchParam.list(searchParam.oneOf(PRODUCT_FAMILIES, 'product families')),
  usageTypes: searchParam.list(searchParam.string),
  start: searchParam.required(searchParam.dateTime),
  end: searchParam.dateTime,
  granularity: searchParam.oneOf(GRANULARITIES),
  aggregation: searchParam.oneOf(AGGREGATIONS),
  groupBy: searchParam.list(searchParam.oneOf(DIMENSIONS)),
  orgs: searchParam.list(searchParam.string),
  includeDescendants: searchParam.boolean,
};

/**
 * `/export/usageRollup.csv|.ndjson`: `Query.usageRollup` with the same arguments as query parameters
 * (same defaults and checks), written a closed period at a time as the hourly pages are read, each
 * page read with a fresh context.
 */
export const usageRollupExportView: ExportView<UsageRollupRowModel> = {
  name: 'usageRollup',
  columns: USAGE_ROLLUP_EXPORT_COLUMNS,
  async open(contextFor, search) {
    const ctx = contextFor();
    refuseWholeAccountRead(ctx.caller, 'datadog', '/export/usageRollup');
    const req = checkUsageRollupArgs(argsFromSearch(search, PARAMS), ctx);
    return openBatchedExport('DATADOG', await usageRollupRows(ctx, req, contextFor), (error) =>
      ctx.logger.warn({ err: error, view: 'usageRollup' }, 'export read failed'),
    );
  },
};
