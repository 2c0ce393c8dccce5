import { formatHour } from '../../../time/utcTime.js';
import { hourlyUsageInstant } from './hourlyUsageInstant.js';
import { datadogGet, isRecord, malformedBody, type DatadogApi } from '../datadogApi.js';

/** `GET /api/v2/usage/hourly_usage` (operationId GetHourlyUsage): hourly usage by product family. */
export const GET_HOURLY_USAGE = 'GetHourlyUsage';

/** The upstream's page size bounds for `page[limit]`. */
export const HOURLY_USAGE_MAX_PAGE_LIMIT = 500;

/** Parameters of one GetHourlyUsage page request. */
export interface HourlyUsageRequest {
  /** Inclusive, hour precision. */
  start: Date;
  /** Exclusive, hour precision. */
  end: Date;
  /** Product family names, or `['all']`. */
  productFamilies: readonly string[];
  includeDescendants: boolean;
  /** 1-500. */
  pageLimit: number;
  /** `meta.pagination.next_record_id` of the previous page; `null` for the first page. */
  nextRecordId: string | null;
}

/** One measurement as the upstream sends it; `value` is an int64 (a bigint beyond 2^53) or null. */
export interface HourlyUsageMeasurementDto {
  usage_type: string;
  value: number | bigint | null;
}

/** One record: usage of one product family, for one org, in one hour. Field names as upstream. */
export interface HourlyUsageDto {
  id: string;
  org_name: string;
  public_id: string;
  account_name?: string;
  account_public_id?: string;
  region: string;
  /** RFC 3339 as the upstream wrote it. */
  timestamp: string;
  product_family: string;
  measurements: HourlyUsageMeasurementDto[];
}

/** One upstream page. */
export interface HourlyUsagePage {
  records: HourlyUsageDto[];
  /** The cursor for the next page, or `null` on the last page. */
  nextRecordId: string | null;
}

/** Query parameters exactly as the upstream documents them, in a stable order. */
export function hourlyUsageQuery(req: HourlyUsageRequest): Array<[string, string]> {
  const q: Array<[string, string]> = [
    ['filter[timestamp][start]', formatHour(req.start)],
    ['filter[timestamp][end]', formatHour(req.end)],
    ['filter[product_families]', req.productFamilies.join(',')],
    ['filter[include_descendants]', String(req.includeDescendants)],
    ['page[limit]', String(req.pageLimit)],
  ];
  if (req.nextRecordId !== null) q.push(['page[next_record_id]', req.nextRecordId]);
  return q;
}

function toRecord(item: unknown, i: number): HourlyUsageDto {
  if (!isRecord(item) || !isRecord(item.attributes))
    throw malformedBody(GET_HOURLY_USAGE, `data[${i}].attributes missing`);
  const a = item.attributes;
  if (typeof a.public_id !== 'string' || typeof a.timestamp !== 'string' || typeof a.product_family !== 'string') {
    throw malformedBody(GET_HOURLY_USAGE, `data[${i}] lacks public_id, timestamp or product_family`);
  }
  if (Number.isNaN(hourlyUsageInstant(a.timestamp)))
    throw malformedBody(GET_HOURLY_USAGE, `data[${i}].timestamp is not a date`);
  const rawMeasurements = a.measurements ?? [];
  if (!Array.isArray(rawMeasurements)) throw malformedBody(GET_HOURLY_USAGE, `data[${i}].measurements is not a list`);
  for (let j = 0; j < rawMeasurements.length; j++) {
    const m: unknown = rawMeasurements[j];
    if (
      !isRecord(m) ||
      typeof m.usage_type !== 'string' ||
      (m.value !== null && typeof m.value !== 'number' && typeof m.value !== 'bigint')
    ) {
      throw malformedBody(GET_HOURLY_USAGE, `data[${i}].measurements[${j}] is not {usage_type, value}`);
    }
  }
  // Checked above, the upstream's own list is the DTO's: a page holds thousands of measurements, and
  // copying each (then keeping both, as the page cache does) is allocation and GC on every cold query.
  // The parsed body is shared and only read, as DTOs are.
  const measurements = rawMeasurements as HourlyUsageMeasurementDto[];
  return {
    id: typeof item.id === 'string' ? item.id : '',
    org_name: typeof a.org_name === 'string' ? a.org_name : '',
    public_id: a.public_id,
    account_name: typeof a.account_name === 'string' ? a.account_name : undefined,
    account_public_id: typeof a.account_public_id === 'string' ? a.account_public_id : undefined,
    region: typeof a.region === 'string' ? a.region : '',
    timestamp: a.timestamp,
    product_family: a.product_family,
    measurements,
  };
}

/** Fetches one page of hourly usage. Rejects only with UpstreamError. */
export function fetchHourlyUsagePage(api: DatadogApi, req: HourlyUsageRequest): Promise<HourlyUsagePage> {
  return datadogGet(api, GET_HOURLY_USAGE, '/api/v2/usage/hourly_usage', hourlyUsageQuery(req), parseHourlyUsagePage);
}

/** Validates one page body; throws `malformedBody` for anything undocumented. */
function parseHourlyUsagePage(body: unknown): HourlyUsagePage {
  if (!isRecord(body) || !Array.isArray(body.data)) throw malformedBody(GET_HOURLY_USAGE, '`data` is not a list');
  const records = body.data.map(toRecord);
  const meta = body.meta;
  let nextRecordId: string | null = null;
  if (isRecord(meta) && isRecord(meta.pagination)) {
    const next = meta.pagination.next_record_id;
    if (typeof next === 'string' && next !== '') nextRecordId = next;
  }
  return { records, nextRecordId };
}
