import { exportColumn } from '../../../export/exportColumn.js';
import type { ExportView } from '../../../export/exportView.js';
import { openPagedExport, type ExportPage } from '../../../export/pagedExport.js';
import { argsFromSearch, searchParam } from '../../../export/searchArgs.js';
import type { GatewayContext } from '../../../gateway/context.js';
import { refuseWholeAccountRead } from '../../../security/orgScope.js';
import { MONTHLY_USAGE_ATTRIBUTION_FIELDS, USAGE_SORT_DIRECTIONS } from '../api/attributionEnums.js';
import { monthlyAttributionParamsCodec } from './attributionParams.js';
import { shownValues } from './attributionResolvers.js';
import type { MonthlyUsageAttributionDto } from './monthlyUsageAttributionClient.js';
import { checkMonthlyUsageAttributionArgs, planMonthlyUsageAttribution } from './monthlyUsageAttributionField.js';
import { sortedTags } from './tagValues.js';

/** The query parameters: `Query.monthlyUsageAttribution`'s arguments but the paging ones. */
const PARAMS = {
  fields: searchParam.list(searchParam.oneOf(MONTHLY_USAGE_ATTRIBUTION_FIELDS)),
  startMonth: searchParam.required(searchParam.month),
  endMonth: searchParam.month,
  sortDirection: searchParam.oneOf(USAGE_SORT_DIRECTIONS),
  sortName: searchParam.oneOf(MONTHLY_USAGE_ATTRIBUTION_FIELDS),
  tagBreakdownKeys: searchParam.list(searchParam.string),
  includeDescendants: searchParam.boolean,
};

/** One exported row: one field's value of one upstream record. */
export interface MonthlyUsageAttributionExportRow {
  record: MonthlyUsageAttributionDto;
  field: string;
  value: number | null;
}

/**
 * `/export/monthlyUsageAttribution.csv|.ndjson`: the records `Query.monthlyUsageAttribution` pages,
 * in long form (one row per record and field asked for, so the header never depends on `fields`),
 * read upstream page by page (`next_record_id`) as the client reads, a fresh context per page.
 * Columns: `month`, `org_public_id`, `org_name`, `tag_config_source`, `tags` (JSON; empty for totals),
 * `updated_at`, `field`, `value`.
 */
export const monthlyUsageAttributionExportView: ExportView<MonthlyUsageAttributionExportRow> = {
  name: 'monthlyUsageAttribution',
  columns: [
    exportColumn.month('month', (r) => new Date(r.record.month)),
    exportColumn.text('org_public_id', (r) => r.record.public_id),
    exportColumn.text('org_name', (r) => r.record.org_name),
    exportColumn.text('tag_config_source', (r) => r.record.tag_config_source),
    exportColumn.json('tags', (r) => sortedTags(r.record.tags)),
    exportColumn.text('updated_at', (r) => r.record.updated_at),
    exportColumn.text('field', (r) => r.field),
    exportColumn.number('value', (r) => r.value),
  ],
  async open(contextFor, search) {
    const first = contextFor();
    refuseWholeAccountRead(first.caller, 'datadog', '/export/monthlyUsageAttribution');
    const { includeDescendants, ...args } = argsFromSearch(search, PARAMS);
    const req = checkMonthlyUsageAttributionArgs(args, first);
    const scope = includeDescendants === false ? { kind: 'account' as const } : { kind: 'descendants' as const };
    const { openKey } = planMonthlyUsageAttribution(req, scope, first.providers.datadog.credentialScope);
    const params = monthlyAttributionParamsCodec.encode({ ...openKey.params, fields: openKey.fields ?? ['*'] });
    const fields = openKey.fields === null ? null : new Set(openKey.fields);
    const page =
      (cursor: string | null, ctx?: GatewayContext) =>
      async (): Promise<ExportPage<MonthlyUsageAttributionExportRow>> => {
        const { records, next } = await (ctx ?? contextFor()).providers.datadog.loaders.attribution.monthlyPages.load({
          params,
          cursor,
        });
        return {
          rows: records.flatMap((record) => shownValues({ record, fields }).map((v) => ({ record, ...v }))),
          next: next === null ? null : page(next),
        };
      };
    return openPagedExport('DATADOG', page(null, first), (error) =>
      first.logger.warn({ err: error, view: 'monthlyUsageAttribution' }, 'export read failed'),
    );
  },
};
