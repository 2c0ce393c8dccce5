import { BadUserInputError } from '../../../errors.js';
import type { ExportColumn, ExportView } from '../../../export/exportView.js';
import { formatDecimal } from '../../../money/decimal.js';
import type { RollupAggregation } from '../api/usageTypeAggregations.js';
import { exportParams } from '../datadogExportParams.js';
import { exportInstant, openExportReader, refuseScopedCaller } from '../datadogExportReader.js';
import { checkUsageRollupArgs, type RollupDimension } from './usageRollupArgs.js';
import { usageRollupRows } from './usageRollupField.js';
import type { RollupGranularity } from './rollupPeriod.js';
import type { UsageRollupRowModel } from './usageRollupModels.js';

const column = (id: string, cell: (row: UsageRollupRowModel) => string | null): ExportColumn<UsageRollupRowModel> => ({
  id,
  csv: cell,
  json: cell,
});

/**
 * The columns of `/export/usageRollup.*`, one row per `UsageRollupRow`: `period_start`, `period_end`
 * (ISO-8601 UTC), `org_id`, `product_family`, `usage_type` (empty in CSV and null in NDJSON for a
 * dimension not grouped by), `aggregation`, `value` (exact decimal text, a string in NDJSON) and
 * `hours` (an integer).
 */
export const USAGE_ROLLUP_EXPORT_COLUMNS: ReadonlyArray<ExportColumn<UsageRollupRowModel>> = [
  column('period_start', (r) => exportInstant(r.periodStart)),
  column('period_end', (r) => exportInstant(r.periodEnd)),
  column('org_id', (r) => r.orgId),
  column('product_family', (r) => r.productFamily),
  column('usage_type', (r) => r.usageType),
  column('aggregation', (r) => r.aggregation),
  column('value', (r) => formatDecimal(r.value)),
  { id: 'hours', csv: (r) => String(r.hours), json: (r) => r.hours },
];

const PARAMS = [
  'productFamilies',
  'usageTypes',
  'start',
  'end',
  'granularity',
  'aggregation',
  'groupBy',
  'orgs',
  'includeDescendants',
] as const;
const GRANULARITIES: readonly RollupGranularity[] = ['HOUR', 'DAY', 'WEEK', 'MONTH'];
const AGGREGATIONS: readonly RollupAggregation[] = ['SUM', 'AVG', 'MIN', 'MAX', 'P99'];
const DIMENSIONS: readonly RollupDimension[] = ['ORG', 'PRODUCT_FAMILY', 'USAGE_TYPE'];

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
    refuseScopedCaller(ctx, 'usageRollup');
    const p = exportParams(search, PARAMS);
    const start = p.dateTime('start');
    if (start === null) {
      throw new BadUserInputError('Query parameter "start" must be given (a date-time), but it is missing', {
        argumentName: 'start',
      });
    }
    const req = checkUsageRollupArgs(
      {
        productFamilies: p.families('productFamilies'),
        usageTypes: p.list('usageTypes'),
        start,
        end: p.dateTime('end'),
        granularity: p.enumValue('granularity', GRANULARITIES),
        aggregation: p.enumValue('aggregation', AGGREGATIONS),
        groupBy: p.enumList('groupBy', DIMENSIONS),
        orgs: p.list('orgs'),
        includeDescendants: p.boolean('includeDescendants'),
      },
      ctx,
    );
    return openExportReader(await usageRollupRows(ctx, req, contextFor));
  },
};
