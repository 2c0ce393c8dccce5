import { formatHour } from '../../../time/utcTime.js';
import { doubleOrNull, nextRecordIdOf, stringOrNull, tagsOrNull } from './attributionBody.js';
import { datadogGet, isRecord, malformedBody, type DatadogApi } from '../datadogApi.js';

/** `GET /api/v1/usage/hourly-attribution` (operationId GetHourlyUsageAttribution). */
export const GET_HOURLY_USAGE_ATTRIBUTION = 'GetHourlyUsageAttribution';

/** Parameters of one page request. */
export interface HourlyUsageAttributionRequest {
  /** Inclusive, hour precision. */
  start: Date;
  /** Exclusive, hour precision. */
  end: Date;
  /** An `HourlyUsageAttributionUsageType` value, e.g. `infra_host_usage`. */
  usageType: string;
  /** Tag keys to break the usage down by; empty for totals. */
  tagBreakdownKeys: readonly string[];
  includeDescendants: boolean;
  /** `metadata.pagination.next_record_id` of the previous page; `null` for the first page. */
  nextRecordId: string | null;
}

/** One record (`HourlyUsageAttributionBody`), field names as upstream. */
export interface HourlyUsageAttributionDto {
  /** RFC 3339 as the upstream wrote it. */
  hour: string;
  org_name: string;
  public_id: string;
  /** Absent in some real answers (the recordings have none). */
  region: string | null;
  tag_config_source: string | null;
  /** Null: not broken down (totals). */
  tags: Record<string, string[]> | null;
  total_usage_sum: number | null;
  /** `YYYY-MM-DDThh` as the upstream wrote it. */
  updated_at: string | null;
  usage_type: string;
}

/** One upstream page. */
export interface HourlyUsageAttributionPage {
  records: HourlyUsageAttributionDto[];
  /** The cursor for the next page, or `null` on the last page. */
  nextRecordId: string | null;
}

/** Query parameters exactly as the upstream documents them, in a stable order. */
export function hourlyUsageAttributionQuery(req: HourlyUsageAttributionRequest): Array<[string, string]> {
  const q: Array<[string, string]> = [
    ['start_hr', formatHour(req.start)],
    ['end_hr', formatHour(req.end)],
    ['usage_type', req.usageType],
    ['include_descendants', String(req.includeDescendants)],
  ];
  if (req.tagBreakdownKeys.length > 0) q.push(['tag_breakdown_keys', req.tagBreakdownKeys.join(',')]);
  if (req.nextRecordId !== null) q.push(['next_record_id', req.nextRecordId]);
  return q;
}

const E = GET_HOURLY_USAGE_ATTRIBUTION;

function toRecord(item: unknown, i: number): HourlyUsageAttributionDto {
  if (!isRecord(item)) throw malformedBody(E, `usage[${i}] is not an object`);
  if (typeof item.public_id !== 'string' || typeof item.hour !== 'string' || Number.isNaN(Date.parse(item.hour))) {
    throw malformedBody(E, `usage[${i}] lacks public_id or a date-time hour`);
  }
  return {
    hour: item.hour,
    org_name: stringOrNull(E, item.org_name, `usage[${i}].org_name`) ?? '',
    public_id: item.public_id,
    region: stringOrNull(E, item.region, `usage[${i}].region`),
    tag_config_source: stringOrNull(E, item.tag_config_source, `usage[${i}].tag_config_source`),
    tags: tagsOrNull(E, item.tags, `usage[${i}].tags`),
    total_usage_sum: doubleOrNull(E, item.total_usage_sum, `usage[${i}].total_usage_sum`),
    updated_at: stringOrNull(E, item.updated_at, `usage[${i}].updated_at`),
    usage_type: stringOrNull(E, item.usage_type, `usage[${i}].usage_type`) ?? '',
  };
}

/** Fetches one page of hourly usage attribution. Rejects only with typed errors. */
export async function fetchHourlyUsageAttributionPage(
  api: DatadogApi,
  req: HourlyUsageAttributionRequest,
): Promise<HourlyUsageAttributionPage> {
  return datadogGet(
    api,
    E,
    '/api/v1/usage/hourly-attribution',
    hourlyUsageAttributionQuery(req),
    parseHourlyUsageAttributionPage,
  );
}

/** Validates one page body; throws `malformedBody` for anything undocumented. */
function parseHourlyUsageAttributionPage(body: unknown): HourlyUsageAttributionPage {
  if (!isRecord(body)) throw malformedBody(E, 'not an object');
  const usage = body.usage ?? [];
  if (!Array.isArray(usage)) throw malformedBody(E, '`usage` is not a list');
  return { records: usage.map(toRecord), nextRecordId: nextRecordIdOf(body.metadata) };
}
