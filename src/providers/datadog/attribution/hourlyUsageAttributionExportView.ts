import { exportColumn } from '../../../export/exportColumn.js';
import type { ExportView } from '../../../export/exportView.js';
import { openPagedExport, type ExportPage } from '../../../export/pagedExport.js';
import { argsFromSearch, searchParam } from '../../../export/searchArgs.js';
import type { GatewayContext } from '../../../gateway/context.js';
import { refuseWholeAccountRead } from '../../../security/orgScope.js';
import { HOURLY_USAGE_ATTRIBUTION_TYPES } from '../api/attributionEnums.js';
import type { HourlyUsageAttributionDto } from './hourlyUsageAttributionClient.js';
import { checkHourlyUsageAttributionArgs, planHourlyUsageAttribution } from './hourlyUsageAttributionField.js';
import { sortedTags } from './tagValues.js';

/** The query parameters: `Query.hourlyUsageAttribution`'s arguments but the paging ones. */
const PARAMS = {
  usageType: searchParam.required(searchParam.oneOf(HOURLY_USAGE_ATTRIBUTION_TYPES)),
  start: searchParam.required(searchParam.dateTime),
  end: searchParam.dateTime,
  tagBreakdownKeys: searchParam.list(searchParam.string),
  includeDescendants: searchParam.boolean,
};

/**
 * `/export/hourlyUsageAttribution.csv|.ndjson`: the records `Query.hourlyUsageAttribution` pages, one
 * row per org, hour and tag combination, read upstream page by page (`next_record_id`) as the client
 * reads, a fresh context per page. Columns: `hour`, `org_public_id`, `org_name`, `usage_type`,
 * `tag_config_source`, `tags` (JSON `{"key":["value"]}`; empty for totals), `total_usage_sum`,
 * `updated_at`.
 */
export const hourlyUsageAttributionExportView: ExportView<HourlyUsageAttributionDto> = {
  name: 'hourlyUsageAttribution',
  columns: [
    exportColumn.instant('hour', (r) => new Date(r.hour)),
    exportColumn.text('org_public_id', (r) => r.public_id),
    exportColumn.text('org_name', (r) => r.org_name),
    exportColumn.text('usage_type', (r) => r.usage_type),
    exportColumn.text('tag_config_source', (r) => r.tag_config_source),
    exportColumn.json('tags', (r) => sortedTags(r.tags)),
    exportColumn.number('total_usage_sum', (r) => r.total_usage_sum),
    exportColumn.text('updated_at', (r) => r.updated_at),
  ],
  async open(contextFor, search) {
    const first = contextFor();
    refuseWholeAccountRead(first.caller, 'datadog', '/export/hourlyUsageAttribution');
    const { includeDescendants, ...args } = argsFromSearch(search, PARAMS);
    const req = checkHourlyUsageAttributionArgs(args, first);
    const scope =
      includeDescendants === false ? { kind: 'account' as const, publicId: null } : { kind: 'descendants' as const };
    const { segments } = planHourlyUsageAttribution(req, scope, first.providers.datadog.credentialScope);
    const page =
      (segment: number, cursor: string | null, ctx?: GatewayContext) =>
      async (): Promise<ExportPage<HourlyUsageAttributionDto>> => {
        const params = segments[segment] as string;
        const { records, next } = await (ctx ?? contextFor()).providers.datadog.loaders.attribution.hourlyPages.load({
          params,
          cursor,
        });
        const following =
          next !== null ? page(segment, next) : segment + 1 < segments.length ? page(segment + 1, null) : null;
        return { rows: records, next: following };
      };
    const none = (): Promise<ExportPage<HourlyUsageAttributionDto>> => Promise.resolve({ rows: [], next: null });
    return openPagedExport('DATADOG', segments.length === 0 ? none : page(0, null, first), (error) =>
      first.logger.warn({ err: error, view: 'hourlyUsageAttribution' }, 'export read failed'),
    );
  },
};
