import { isRecord } from '../../../json/isRecord.js';
import type { Decimal } from '../../../money/decimal.js';
import { isJsonInteger } from '../../../json/jsonNumber.js';
import { formatMonth } from '../../../time/utcTime.js';
import {
  fastlyGet,
  malformedBody,
  optionalString,
  requiredDecimal,
  requiredString,
  type FastlyApi,
} from '../fastlyApi.js';
import { FASTLY_PATHS } from '../api/fastlyPaths.js';

/** `GET /billing/v3/service-usage-metrics` (the official client's `getServiceLevelUsage`). */
export const GET_SERVICE_LEVEL_USAGE = 'getServiceLevelUsage';

/** Parameters of one page request: a product's usage type over months, by service. */
export interface ServiceUsageRequest {
  productId: string;
  usageType: string;
  /** First instants of the first and last (inclusive) UTC months. */
  startMonth: Date;
  endMonth: Date;
  /** Records per page (1 to the upstream's maximum). */
  limit: number;
  /** `meta.next_cursor` of the previous page; null for the first page. */
  cursor: string | null;
}

/** One service's usage (a `details` entry), with the usage type and unit of its page. */
export interface ServiceUsageDto {
  serviceId: string;
  serviceName: string;
  usageUnits: Decimal;
  unit: string;
  usageType: string;
}

/** One upstream page. */
export interface ServiceUsagePage {
  records: ServiceUsageDto[];
  /** `meta.next_cursor`; null on the last page. */
  next: string | null;
  /** `meta.total`; null when the upstream leaves it out. */
  total: number | bigint | null;
}

/** Query parameters as the upstream documents them, in a stable order (no cursor on the first page). */
export function serviceUsageQuery(req: ServiceUsageRequest): Array<[string, string]> {
  const q: Array<[string, string]> = [
    ['product_id', req.productId],
    ['usage_type_name', req.usageType],
    ['start_month', formatMonth(req.startMonth)],
    ['end_month', formatMonth(req.endMonth)],
    ['limit', String(req.limit)],
  ];
  if (req.cursor !== null) q.push(['cursor', req.cursor]);
  return q;
}

/** Fetches one page. Rejects only with typed errors. */
export function fetchServiceUsagePage(api: FastlyApi, req: ServiceUsageRequest): Promise<ServiceUsagePage> {
  return fastlyGet(api, GET_SERVICE_LEVEL_USAGE, FASTLY_PATHS.getServiceLevelUsage, serviceUsageQuery(req), (body) =>
    parseServiceUsagePage(body, req),
  );
}

/** Reads `meta.next_cursor` and `meta.total` of a cursor-paged Fastly body. */
export function readFastlyMeta(
  endpoint: string,
  meta: unknown,
  where: string,
): { next: string | null; total: number | bigint | null } {
  if (meta === undefined || meta === null) return { next: null, total: null };
  if (!isRecord(meta)) throw malformedBody(endpoint, `${where} is not an object`);
  const next = optionalString(endpoint, meta, 'next_cursor', where);
  const total = meta.total;
  if (total !== undefined && total !== null && !isJsonInteger(total)) {
    throw malformedBody(endpoint, `${where}.total is not an integer`);
  }
  return { next: next === null || next === '' ? null : next, total: total ?? null };
}

function parseServiceUsagePage(body: unknown, req: ServiceUsageRequest): ServiceUsagePage {
  const ep = GET_SERVICE_LEVEL_USAGE;
  if (!isRecord(body)) throw malformedBody(ep, 'not an object');
  const data = body.data;
  if (!isRecord(data)) throw malformedBody(ep, '`data` is not an object');
  const unit = optionalString(ep, data, 'unit', 'data') ?? 'unit';
  const usageType = optionalString(ep, data, 'usage_type', 'data') ?? req.usageType;
  const details = data.details ?? [];
  if (!Array.isArray(details)) throw malformedBody(ep, '`data.details` is not a list');
  const records = details.map((item: unknown, i): ServiceUsageDto => {
    const where = `data.details[${i}]`;
    if (!isRecord(item)) throw malformedBody(ep, `${where} is not an object`);
    return {
      serviceId: requiredString(ep, item, 'service_id', where),
      serviceName: optionalString(ep, item, 'service_name', where) ?? '',
      usageUnits: requiredDecimal(ep, item, 'usage_units', where),
      unit,
      usageType,
    };
  });
  return { records, ...readFastlyMeta(ep, data.meta, 'data.meta') };
}
