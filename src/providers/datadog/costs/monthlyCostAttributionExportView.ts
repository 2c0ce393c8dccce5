import { exportColumn } from '../../../export/exportColumn.js';
import type { ExportView } from '../../../export/exportView.js';
import { openPagedExport, type ExportPage } from '../../../export/pagedExport.js';
import { argsFromSearch, searchParam } from '../../../export/searchArgs.js';
import type { GatewayContext } from '../../../gateway/context.js';
import type { UsageSortDirection } from '../../../generated/graphql.js';
import { refuseWholeAccountRead } from '../../../security/orgScope.js';
import { startOfMonth, timestampOrNull } from '../../../time/utcTime.js';
import { USAGE_SORT_DIRECTIONS } from '../api/attributionEnums.js';
import { sortedTags } from '../attribution/tagValues.js';
import { checkCostAttributionArgs } from './costAttributionArgs.js';
import { costAttributionFigure, type CostAttributionFigure } from './costAttributionFigure.js';
import { costAttributionParamsCodec } from './costAttributionParams.js';
import type { CostAttributionDto } from './monthlyCostAttributionClient.js';

/** The query parameters: `Query.monthlyCostAttribution`'s arguments but the paging ones. */
const PARAMS = {
  fields: searchParam.list(searchParam.string),
  startMonth: searchParam.required(searchParam.month),
  endMonth: searchParam.month,
  sortDirection: searchParam.oneOf(USAGE_SORT_DIRECTIONS as readonly UsageSortDirection[]),
  sortName: searchParam.string,
  tagBreakdownKeys: searchParam.list(searchParam.string),
  includeDescendants: searchParam.boolean,
};

/** One exported row: one field of one upstream row, money exact. */
export interface MonthlyCostAttributionExportRow extends CostAttributionFigure {
  record: CostAttributionDto;
  field: string;
}

/**
 * `/export/monthlyCostAttribution.csv|.ndjson`: the rows `Query.monthlyCostAttribution` pages, in long
 * form (one row per upstream row and field, so the header never depends on `fields`), read upstream
 * page by page (`next_record_id`) as the client reads, a fresh context per page. Columns: `month`,
 * `org_public_id`, `org_name`, `tag_config_source`, `tags` (JSON; empty for totals), `updated_at`,
 * `field`, `cost` (USD, exact, for `*_cost` fields), `percentage` (for the share fields).
 */
export const monthlyCostAttributionExportView: ExportView<MonthlyCostAttributionExportRow> = {
  name: 'monthlyCostAttribution',
  columns: [
    exportColumn.month('month', (r) => startOfMonth(new Date(r.record.month))),
    exportColumn.text('org_public_id', (r) => r.record.public_id),
    exportColumn.text('org_name', (r) => r.record.org_name),
    exportColumn.text('tag_config_source', (r) => r.record.tag_config_source),
    exportColumn.json('tags', (r) => sortedTags(r.record.tags)),
    exportColumn.instant('updated_at', (r) => timestampOrNull(r.record.updated_at)),
    exportColumn.text('field', (r) => r.field),
    exportColumn.decimal('cost', (r) => r.cost),
    exportColumn.number('percentage', (r) => r.percentage),
  ],
  async open(contextFor, search) {
    const first = contextFor();
    refuseWholeAccountRead(first.caller, 'datadog', '/export/monthlyCostAttribution');
    const args = argsFromSearch(search, PARAMS);
    const req = checkCostAttributionArgs(args, first);
    const params = costAttributionParamsCodec.encode({ query: req.query });
    const page =
      (cursor: string | null, ctx?: GatewayContext) =>
      async (): Promise<ExportPage<MonthlyCostAttributionExportRow>> => {
        const { records, next } = await (ctx ?? contextFor()).providers.datadog.loaders.costs.costAttributionPages.load(
          {
            params,
            cursor,
          },
        );
        return {
          rows: records.flatMap((record) =>
            Object.entries(record.values).map(([field, value]) => ({
              record,
              field,
              ...costAttributionFigure(field, value),
            })),
          ),
          next: next === null ? null : page(next),
        };
      };
    return openPagedExport('DATADOG', page(null, first), (error) =>
      first.logger.warn({ err: error, view: 'monthlyCostAttribution' }, 'export read failed'),
    );
  },
};
