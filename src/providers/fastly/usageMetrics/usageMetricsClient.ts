import { isRecord } from '../../../json/isRecord.js';
import type { Decimal } from '../../../money/decimal.js';
import { formatMonth, parseDateTime, parseMonth } from '../../../time/utcTime.js';
import {
  fastlyGet,
  malformedBody,
  optionalString,
  requiredDecimal,
  requiredString,
  type FastlyApi,
} from '../fastlyApi.js';
import { FASTLY_PATHS } from '../api/fastlyPaths.js';

/** `GET /billing/v3/usage-metrics` (the official client's `getUsageMetrics`): monthly usage by product. */
export const GET_USAGE_METRICS = 'getUsageMetrics';

/** One usage metric: a product's usage of one usage type in one month. */
export interface UsageMetricDto {
  /** First instant of the UTC month. */
  month: Date;
  productId: string;
  usageType: string;
  name: string;
  region: string | null;
  unit: string;
  quantity: Decimal;
  rawQuantity: Decimal;
  lastUpdatedAt: Date | null;
}

/** Fetches the usage of the months `start` to `end` (first instants of UTC months, inclusive). */
export function fetchUsageMetrics(api: FastlyApi, start: Date, end: Date): Promise<UsageMetricDto[]> {
  return fastlyGet(
    api,
    GET_USAGE_METRICS,
    FASTLY_PATHS.getUsageMetrics,
    [
      ['start_month', formatMonth(start)],
      ['end_month', formatMonth(end)],
    ],
    parseUsageMetrics,
  );
}

function toMetric(item: unknown, i: number): UsageMetricDto {
  const where = `data[${i}]`;
  if (!isRecord(item)) throw malformedBody(GET_USAGE_METRICS, `${where} is not an object`);
  const monthText = requiredString(GET_USAGE_METRICS, item, 'month', where);
  const month = parseMonth(monthText);
  if (month === null)
    throw malformedBody(GET_USAGE_METRICS, `${where}.month is not YYYY-MM: ${JSON.stringify(monthText)}`);
  const updated = optionalString(GET_USAGE_METRICS, item, 'last_updated_at', where);
  return {
    month,
    productId: requiredString(GET_USAGE_METRICS, item, 'product_id', where),
    usageType: requiredString(GET_USAGE_METRICS, item, 'usage_type', where),
    name: optionalString(GET_USAGE_METRICS, item, 'name', where) ?? '',
    region: optionalString(GET_USAGE_METRICS, item, 'region', where),
    unit: optionalString(GET_USAGE_METRICS, item, 'unit', where) ?? 'unit',
    quantity: requiredDecimal(GET_USAGE_METRICS, item, 'quantity', where),
    rawQuantity: requiredDecimal(GET_USAGE_METRICS, item, 'raw_quantity', where),
    lastUpdatedAt: updated === null ? null : parseDateTime(updated),
  };
}

function parseUsageMetrics(body: unknown): UsageMetricDto[] {
  if (!isRecord(body)) throw malformedBody(GET_USAGE_METRICS, 'not an object');
  const data = body.data ?? [];
  if (!Array.isArray(data)) throw malformedBody(GET_USAGE_METRICS, '`data` is not a list');
  return data.map(toMetric);
}
