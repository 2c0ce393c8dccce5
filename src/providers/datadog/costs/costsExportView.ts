import { exportColumn } from '../../../export/exportColumn.js';
import type { ExportView } from '../../../export/exportView.js';
import { openPagedExport } from '../../../export/pagedExport.js';
import { argsFromSearch, searchParam } from '../../../export/searchArgs.js';
import type { CostAggregation, CostKind, CostView } from '../../../generated/graphql.js';
import { refuseWholeAccountRead } from '../../../security/orgScope.js';
import { floorToDay, startOfMonth } from '../../../time/utcTime.js';
import { costFinalizedAt } from '../api/costLimits.js';
import { checkCostArgs } from './costArgs.js';
import type { ChargeDto, OrgCostDto } from './orgCostBody.js';

/** Every value of an enum type, checked against the generated type both ways. */
function enumValues<E extends string>() {
  return <const V extends readonly E[]>(values: V & ([E] extends [V[number]] ? unknown : never)): V => values;
}

const COST_KINDS = enumValues<CostKind>()(['HISTORICAL', 'ESTIMATED', 'PROJECTED']);
const COST_VIEWS = enumValues<CostView>()(['SUMMARY', 'SUB_ORG']);
const COST_AGGREGATIONS = enumValues<CostAggregation>()(['cumulative']);

/** The query parameters: `Query.costs`'s arguments. */
const PARAMS = {
  kind: searchParam.required(searchParam.oneOf(COST_KINDS)),
  view: searchParam.oneOf(COST_VIEWS),
  startMonth: searchParam.month,
  endMonth: searchParam.month,
  startDate: searchParam.date,
  endDate: searchParam.date,
  costAggregation: searchParam.oneOf(COST_AGGREGATIONS),
};

/** One exported row: one charge of one cost row (or the cost row alone when it has no charges). */
export interface CostsExportRow {
  row: OrgCostDto;
  daily: boolean;
  /** HISTORICAL rows: whether the month is final; null for estimates and projections. */
  isFinal: boolean | null;
  charge: ChargeDto | null;
}

/**
 * `/export/costs.csv|.ndjson`: the rows of `Query.costs` (historical, estimated or projected cost by
 * org or for the whole account), in long form: one row per charge, the cost row's own columns
 * repeated (`total_cost` is the org's total for the period, not a figure to sum over charges).
 * Columns: `month`, `day` (daily estimates), `date`, `org_public_id`, `org_name`, `total_cost`,
 * `is_final` (HISTORICAL), `product_name`, `charge_type`, `cost`.
 */
export const costsExportView: ExportView<CostsExportRow> = {
  name: 'costs',
  columns: [
    exportColumn.month('month', (r) => startOfMonth(new Date(r.row.date))),
    exportColumn.day('day', (r) => (r.daily ? floorToDay(new Date(r.row.date)) : null)),
    exportColumn.instant('date', (r) => new Date(r.row.date)),
    exportColumn.text('org_public_id', (r) => r.row.public_id),
    exportColumn.text('org_name', (r) => r.row.org_name),
    exportColumn.decimal('total_cost', (r) => r.row.total_cost),
    exportColumn.boolean('is_final', (r) => r.isFinal),
    exportColumn.text('product_name', (r) => r.charge?.product_name ?? null),
    exportColumn.text('charge_type', (r) => r.charge?.charge_type ?? null),
    exportColumn.decimal('cost', (r) => r.charge?.cost ?? null),
  ],
  async open(contextFor, search) {
    const ctx = contextFor();
    refuseWholeAccountRead(ctx.caller, 'datadog', '/export/costs');
    const args = argsFromSearch(search, PARAMS);
    const now = ctx.now;
    const req = checkCostArgs(args, args.view ?? 'SUB_ORG', now);
    const daily = req.kind === 'estimated' && 'startDate' in req;
    return openPagedExport(
      'DATADOG',
      async () => {
        const rows = await ctx.providers.datadog.loaders.costs.orgCosts.load(req);
        return {
          rows: rows.flatMap((row) => {
            const isFinal = req.kind === 'historical' ? now >= costFinalizedAt(new Date(row.date)) : null;
            const charges = row.charges.length === 0 ? [null] : row.charges;
            return charges.map((charge) => ({ row, daily, isFinal, charge }));
          }),
          next: null,
        };
      },
      (error) => ctx.logger.warn({ err: error, view: 'costs' }, 'export read failed'),
    );
  },
};
