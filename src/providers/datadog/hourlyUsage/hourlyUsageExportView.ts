import { BadUserInputError } from '../../../errors.js';
import type { ExportColumn, ExportView } from '../../../export/exportView.js';
import { exportParams } from '../datadogExportParams.js';
import { exportInstant, openExportReader, refuseScopedCaller } from '../datadogExportReader.js';
import { checkHourlyUsageArgs } from './hourlyUsageArgs.js';
import type { HourlyUsageDto, HourlyUsageMeasurementDto } from './hourlyUsageClient.js';
import { readHourlyUsage } from './readHourlyUsage.js';

/** One exported row: one measurement of one hourly record. */
export interface HourlyUsageExportRow {
  record: HourlyUsageDto;
  measurement: HourlyUsageMeasurementDto;
}

const text = (id: string, cell: (row: HourlyUsageExportRow) => string | null): ExportColumn<HourlyUsageExportRow> => ({
  id,
  csv: cell,
  json: cell,
});

/**
 * The columns of `/export/hourlyUsage.*`, one row per measurement (what `hourlyUsage` nodes hold):
 * `org_id` (publicId), `org_name` (empty when the upstream sends none), `product_family`, `hour`
 * (ISO-8601 UTC), `usage_type`, `value` (the integer, exact; empty in CSV and null in NDJSON when the
 * upstream reports no value; a string in NDJSON, so no reader rounds it).
 */
export const HOURLY_USAGE_EXPORT_COLUMNS: ReadonlyArray<ExportColumn<HourlyUsageExportRow>> = [
  text('org_id', (r) => r.record.public_id),
  text('org_name', (r) => r.record.org_name),
  text('product_family', (r) => r.record.product_family),
  text('hour', (r) => exportInstant(new Date(Date.parse(r.record.timestamp)))),
  text('usage_type', (r) => r.measurement.usage_type),
  text('value', (r) => (r.measurement.value === null ? null : String(r.measurement.value))),
];

/** The query parameters of the export: `hourlyUsage`'s arguments, less the paging ones. */
const PARAMS = ['productFamilies', 'start', 'end', 'includeDescendants'] as const;

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
    refuseScopedCaller(ctx, 'hourlyUsage');
    const p = exportParams(search, PARAMS);
    const start = p.dateTime('start');
    if (start === null) {
      throw new BadUserInputError('Query parameter "start" must be given (a date-time), but it is missing', {
        argumentName: 'start',
      });
    }
    const req = checkHourlyUsageArgs(
      { productFamilies: p.families('productFamilies'), start, end: p.dateTime('end') },
      ctx,
    );
    const { window, families } = req;
    const view = {
      start: window.start,
      end: window.end < window.start ? window.start : window.end,
      families,
      scope:
        p.boolean('includeDescendants') === true
          ? { kind: 'descendants' as const }
          : { kind: 'account' as const, publicId: null },
    };
    let first = true;
    const batches = readHourlyUsage(view, () => {
      if (!first) return contextFor();
      first = false;
      return ctx;
    });
    async function* rows(): AsyncGenerator<HourlyUsageExportRow[]> {
      for await (const batch of batches) {
        yield batch.records.flatMap((record) => record.measurements.map((measurement) => ({ record, measurement })));
      }
    }
    return openExportReader(rows());
  },
};
