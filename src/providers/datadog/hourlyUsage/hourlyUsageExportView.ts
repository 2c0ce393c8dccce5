import { exportColumn } from '../../../export/exportColumn.js';
import type { ExportColumn, ExportView } from '../../../export/exportView.js';
import { openBatchedExport } from '../../../export/pagedExport.js';
import { argsFromSearch, searchParam } from '../../../export/searchArgs.js';
import { refuseWholeAccountRead } from '../../../security/orgScope.js';
import { PRODUCT_FAMILIES } from '../api/productFamilies.js';
import { checkHourlyUsageArgs } from './hourlyUsageArgs.js';
import type { HourlyUsageDto, HourlyUsageMeasurementDto } from './hourlyUsageClient.js';
import { hourlyUsageInstant } from './hourlyUsageInstant.js';
import { readHourlyUsage } from './readHourlyUsage.js';

/** One exported row: one measurement of one hourly record. */
export interface HourlyUsageExportRow {
  record: HourlyUsageDto;
  measurement: HourlyUsageMeasurementDto;
}

/**
 * The columns of `/export/hourlyUsage.*`, one row per measurement (what `hourlyUsage` nodes hold):
 * `org_public_id` (publicId), `org_name` (empty when the upstream sends none), `product_family`, `hour`
 * (ISO-8601 UTC), `usage_type`, `value` (the integer, exact; empty in CSV and null in NDJSON when the
 * upstream reports no value; a string in NDJSON, so no reader rounds it).
 */
export const HOURLY_USAGE_EXPORT_COLUMNS: ReadonlyArray<ExportColumn<HourlyUsageExportRow>> = [
  exportColumn.text('org_public_id', (r) => r.record.public_id),
  exportColumn.text('org_name', (r) => r.record.org_name),
  exportColumn.text('product_family', (r) => r.record.product_family),
  exportColumn.instant('hour', (r) => new Date(hourlyUsageInstant(r.record.timestamp))),
  exportColumn.text('usage_type', (r) => r.measurement.usage_type),
  exportColumn.text('value', (r) => (r.measurement.value === null ? null : String(r.measurement.value))),
];

/** The query parameters of the export: `hourlyUsage`'s arguments, less the paging ones. */
const PARAMS = {
  productFamilies: searchParam.list(searchParam.oneOf(PRODUCT_FAMILIES, 'product families')),
  start: searchParam.required(searchParam.dateTime),
  end: searchParam.dateTime,
  includeDescendants: searchParam.boolean,
};

/**
 * `/export/hourlyUsage.csv|.ndjson`: `Query.hourlyUsage` from `start` to `end` (same arguments,
 * same checks, same upstream reads: readHourlyUsage), written as the upstream is paged, one batch
 * per upstream page, each page read with a fresh context.
 */
export const hourlyUsageExportView: ExportView<HourlyUsageExportRow> = {
  name: 'hourlyUsage',
  columns: HOURLY_USAGE_EXPORT_COLUMNS,
  async open(contextFor, search) {
    const ctx = contextFor();
    refuseWholeAccountRead(ctx.caller, 'datadog', '/export/hourlyUsage');
    const { includeDescendants, ...args } = argsFromSearch(search, PARAMS);
    const req = checkHourlyUsageArgs(args, ctx);
    const { window, families } = req;
    const view = {
      start: window.start,
      end: window.end < window.start ? window.start : window.end,
      families,
      scope:
        includeDescendants === true ? { kind: 'descendants' as const } : { kind: 'account' as const, publicId: null },
    };
    const batches = readHourlyUsage(view, ctx, contextFor);
    async function* rows(): AsyncGenerator<HourlyUsageExportRow[]> {
      for await (const batch of batches) {
        yield batch.records.flatMap((record) => record.measurements.map((measurement) => ({ record, measurement })));
      }
    }
    return openBatchedExport('DATADOG', rows(), (error) =>
      ctx.logger.warn({ err: error, view: 'hourlyUsage' }, 'export read failed'),
    );
  },
};
