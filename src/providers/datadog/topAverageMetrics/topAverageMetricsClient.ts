import { formatDay, formatMonth } from '../../../time/utcTime.js';
import { isJsonInteger } from '../../../json/jsonNumber.js';
import { datadogGet, isRecord, malformedBody, type DatadogApi } from '../datadogApi.js';

/** `GET /api/v1/usage/top_avg_metrics` (operationId GetUsageTopAvgMetrics): metrics by hourly average. */
export const GET_USAGE_TOP_AVG_METRICS = 'GetUsageTopAvgMetrics';

export { TOP_AVG_METRICS_DEFAULT_LIMIT, TOP_AVG_METRICS_MAX_LIMIT } from '../api/topAverageMetricsLimits.js';

/** The month (month to date) or the day a ranking covers. */
export type TopAverageMetricsPeriod =
  /** `start`: the first instant of the UTC month. */
  | { kind: 'month'; start: Date }
  /** `start`: the first instant of the UTC day. */
  | { kind: 'day'; start: Date };

/** Parameters of one GetUsageTopAvgMetrics page request. */
export interface TopAverageMetricsRequest {
  period: TopAverageMetricsPeriod;
  /** Metric names to return; null for every metric. */
  names: readonly string[] | null;
  /** 1-5000. */
  limit: number;
  /** `metadata.pagination.next_record_id` of the previous page; `null` for the first page. */
  nextRecordId: string | null;
}

/** One record (`UsageTopAvgMetricsHour`), field names as upstream; int64 figures may be bigints. */
export interface TopAvgMetricDto {
  metric_name: string;
  /** `standard` or `custom` today; passed on as the upstream writes it. */
  metric_category: string;
  avg_metric_hour: number | bigint | null;
  max_metric_hour: number | bigint | null;
}

/** One upstream page. */
export interface TopAverageMetricsPage {
  records: TopAvgMetricDto[];
  /** The cursor for the next page, or `null` on the last page. */
  nextRecordId: string | null;
  /** `metadata.pagination.total_number_of_records`; null when the upstream leaves it out or null. */
  totalNumberOfRecords: number | bigint | null;
}

/** `YYYY-MM` or `YYYY-MM-DD`: the precision the upstream documents for each parameter. */
function formatPeriod(period: TopAverageMetricsPeriod): string {
  return period.kind === 'month' ? formatMonth(period.start) : formatDay(period.start);
}

/**
 * Query parameters exactly as the upstream documents them, in a stable order. Names go as repeated
 * `names=` parameters, as Datadog's own clients send the list.
 */
export function topAverageMetricsQuery(req: TopAverageMetricsRequest): Array<[string, string]> {
  const q: Array<[string, string]> = [[req.period.kind, formatPeriod(req.period)]];
  for (const name of req.names ?? []) q.push(['names', name]);
  q.push(['limit', String(req.limit)]);
  if (req.nextRecordId !== null) q.push(['next_record_id', req.nextRecordId]);
  return q;
}

function figure(item: Record<string, unknown>, field: string, i: number): number | bigint | null {
  const v = item[field];
  if (v === undefined || v === null) return null;
  if (!isJsonInteger(v)) throw malformedBody(GET_USAGE_TOP_AVG_METRICS, `usage[${i}].${field} is not an integer`);
  return v;
}

function toRecord(item: unknown, i: number): TopAvgMetricDto {
  if (!isRecord(item) || typeof item.metric_name !== 'string' || typeof item.metric_category !== 'string') {
    throw malformedBody(GET_USAGE_TOP_AVG_METRICS, `usage[${i}] lacks metric_name or metric_category`);
  }
  return {
    metric_name: item.metric_name,
    metric_category: item.metric_category,
    avg_metric_hour: figure(item, 'avg_metric_hour', i),
    max_metric_hour: figure(item, 'max_metric_hour', i),
  };
}

/** Fetches one page of the ranking. Rejects only with UpstreamError. */
export async function fetchTopAverageMetricsPage(
  api: DatadogApi,
  req: TopAverageMetricsRequest,
): Promise<TopAverageMetricsPage> {
  return datadogGet(
    api,
    GET_USAGE_TOP_AVG_METRICS,
    '/api/v1/usage/top_avg_metrics',
    topAverageMetricsQuery(req),
    parseTopAverageMetricsPage,
  );
}

/** Validates one page body; throws `malformedBody` for anything undocumented. */
function parseTopAverageMetricsPage(body: unknown): TopAverageMetricsPage {
  if (!isRecord(body)) throw malformedBody(GET_USAGE_TOP_AVG_METRICS, 'not an object');
  const usage = body.usage ?? [];
  if (!Array.isArray(usage)) throw malformedBody(GET_USAGE_TOP_AVG_METRICS, '`usage` is not a list');
  const records = usage.map(toRecord);
  let nextRecordId: string | null = null;
  let totalNumberOfRecords: number | bigint | null = null;
  const metadata = body.metadata;
  if (metadata !== undefined && metadata !== null) {
    if (!isRecord(metadata)) throw malformedBody(GET_USAGE_TOP_AVG_METRICS, '`metadata` is not an object');
    const pagination = metadata.pagination;
    if (pagination !== undefined && pagination !== null) {
      if (!isRecord(pagination))
        throw malformedBody(GET_USAGE_TOP_AVG_METRICS, '`metadata.pagination` is not an object');
      const next = pagination.next_record_id;
      if (next !== undefined && next !== null && typeof next !== 'string') {
        throw malformedBody(GET_USAGE_TOP_AVG_METRICS, '`metadata.pagination.next_record_id` is not a string');
      }
      if (typeof next === 'string' && next !== '') nextRecordId = next;
      const total = pagination.total_number_of_records;
      if (total !== undefined && total !== null && !isJsonInteger(total)) {
        throw malformedBody(
          GET_USAGE_TOP_AVG_METRICS,
          '`metadata.pagination.total_number_of_records` is not an integer',
        );
      }
      totalNumberOfRecords = total ?? null;
    }
  }
  return { records, nextRecordId, totalNumberOfRecords };
}
