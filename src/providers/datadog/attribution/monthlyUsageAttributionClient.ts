import { formatMonth } from '../../../time/utcTime.js';
import { doubleOrNull, nextRecordIdOf, stringOrNull, tagsOrNull } from './attributionBody.js';
import { datadogGet, isRecord, malformedBody, type DatadogApi } from '../datadogApi.js';

/** `GET /api/v1/usage/monthly-attribution` (operationId GetMonthlyUsageAttribution). */
export const GET_MONTHLY_USAGE_ATTRIBUTION = 'GetMonthlyUsageAttribution';

/** Parameters of one page request. */
export interface MonthlyUsageAttributionRequest {
  startMonth: Date;
  /** Inclusive; null: the upstream's default (the current month). */
  endMonth: Date | null;
  /** `MonthlyUsageAttributionSupportedMetrics` values, or `['*']`. */
  fields: readonly string[];
  /** `asc`/`desc`; null: the upstream's default. */
  sortDirection: string | null;
  sortName: string | null;
  tagBreakdownKeys: readonly string[];
  includeDescendants: boolean;
  nextRecordId: string | null;
}

/** One record (`MonthlyUsageAttributionBody`), field names as upstream. */
export interface MonthlyUsageAttributionDto {
  /** RFC 3339 as the upstream wrote it (the first instant of the month). */
  month: string;
  org_name: string;
  public_id: string;
  /** Absent in some real answers (the recordings have none). */
  region: string | null;
  tag_config_source: string | null;
  tags: Record<string, string[]> | null;
  updated_at: string | null;
  /** Field name -> value (double; null when the upstream sent null). */
  values: Record<string, number | null>;
}

/** One aggregate (`UsageAttributionAggregatesBody`). */
export interface UsageAttributionAggregateDto {
  agg_type: string;
  field: string;
  value: number | null;
}

/** One upstream page; `aggregates` cover the whole response (every page carries them). */
export interface MonthlyUsageAttributionPage {
  records: MonthlyUsageAttributionDto[];
  aggregates: UsageAttributionAggregateDto[];
  nextRecordId: string | null;
}

/** Query parameters exactly as the upstream documents them, in a stable order. */
export function monthlyUsageAttributionQuery(req: MonthlyUsageAttributionRequest): Array<[string, string]> {
  const q: Array<[string, string]> = [
    ['start_month', formatMonth(req.startMonth)],
    ['fields', req.fields.join(',')],
  ];
  if (req.endMonth !== null) q.push(['end_month', formatMonth(req.endMonth)]);
  if (req.sortDirection !== null) q.push(['sort_direction', req.sortDirection]);
  if (req.sortName !== null) q.push(['sort_name', req.sortName]);
  if (req.tagBreakdownKeys.length > 0) q.push(['tag_breakdown_keys', req.tagBreakdownKeys.join(',')]);
  q.push(['include_descendants', String(req.includeDescendants)]);
  if (req.nextRecordId !== null) q.push(['next_record_id', req.nextRecordId]);
  return q;
}

const E = GET_MONTHLY_USAGE_ATTRIBUTION;

function toRecord(item: unknown, i: number): MonthlyUsageAttributionDto {
  if (!isRecord(item)) throw malformedBody(E, `usage[${i}] is not an object`);
  if (typeof item.public_id !== 'string' || typeof item.month !== 'string' || Number.isNaN(Date.parse(item.month))) {
    throw malformedBody(E, `usage[${i}] lacks public_id or a date-time month`);
  }
  const rawValues = item.values ?? {};
  if (!isRecord(rawValues)) throw malformedBody(E, `usage[${i}].values is not an object`);
  const values: Record<string, number | null> = {};
  for (const [field, value] of Object.entries(rawValues)) {
    values[field] = doubleOrNull(E, value, `usage[${i}].values.${field}`);
  }
  return {
    month: item.month,
    org_name: stringOrNull(E, item.org_name, `usage[${i}].org_name`) ?? '',
    public_id: item.public_id,
    region: stringOrNull(E, item.region, `usage[${i}].region`),
    tag_config_source: stringOrNull(E, item.tag_config_source, `usage[${i}].tag_config_source`),
    tags: tagsOrNull(E, item.tags, `usage[${i}].tags`),
    updated_at: stringOrNull(E, item.updated_at, `usage[${i}].updated_at`),
    values,
  };
}

function toAggregate(item: unknown, i: number): UsageAttributionAggregateDto {
  if (!isRecord(item) || typeof item.field !== 'string') {
    throw malformedBody(E, `metadata.aggregates[${i}] lacks field`);
  }
  return {
    agg_type: stringOrNull(E, item.agg_type, `metadata.aggregates[${i}].agg_type`) ?? '',
    field: item.field,
    value: doubleOrNull(E, item.value, `metadata.aggregates[${i}].value`),
  };
}

/** Fetches one page of monthly usage attribution. Rejects only with typed errors. */
export async function fetchMonthlyUsageAttributionPage(
  api: DatadogApi,
  req: MonthlyUsageAttributionRequest,
): Promise<MonthlyUsageAttributionPage> {
  return datadogGet(
    api,
    E,
    '/api/v1/usage/monthly-attribution',
    monthlyUsageAttributionQuery(req),
    parseMonthlyUsageAttributionPage,
  );
}

/** Validates one page body; throws `malformedBody` for anything undocumented. */
function parseMonthlyUsageAttributionPage(body: unknown): MonthlyUsageAttributionPage {
  if (!isRecord(body)) throw malformedBody(E, 'not an object');
  const usage = body.usage ?? [];
  if (!Array.isArray(usage)) throw malformedBody(E, '`usage` is not a list');
  const metadata = body.metadata;
  const aggregates = isRecord(metadata) ? (metadata.aggregates ?? []) : [];
  if (!Array.isArray(aggregates)) throw malformedBody(E, '`metadata.aggregates` is not a list');
  return {
    records: usage.map(toRecord),
    aggregates: aggregates.map(toAggregate),
    nextRecordId: nextRecordIdOf(metadata),
  };
}
