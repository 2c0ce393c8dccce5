import { isRecord } from '../../../json/isRecord.js';
import type { Decimal } from '../../../money/decimal.js';
import { F5xcFields, f5xcPost, malformedBody, type F5xcApi } from '../f5xcApi.js';

/** `POST /api/web/namespaces/{namespace}/hourly_usage_details`. */
export const LIST_HOURLY_USAGE_DETAILS = 'ListHourlyUsageDetails';

/** One request: a usage item's `hourly_breakdown_query`, asked of the item's namespace. */
export interface HourlyUsageRequest {
  namespace: string;
  /** Passed as is. */
  query: string;
}

/** One UTC hour of a usage item, exact. */
export interface F5xcHourlyUsageRecord {
  start: Date;
  end: Date;
  quantity: Decimal;
  unit: string;
  /** Null when empty (usage that is not a container's). */
  deployment: string | null;
  container: string | null;
}

/** Fetches a usage item's hours. Rejects only with typed errors. */
export function fetchHourlyUsage(api: F5xcApi, req: HourlyUsageRequest): Promise<F5xcHourlyUsageRecord[]> {
  return f5xcPost(
    api,
    LIST_HOURLY_USAGE_DETAILS,
    req.namespace,
    { namespace: req.namespace, query: req.query },
    parseHourlyUsage,
  );
}

function parseHourlyUsage(body: unknown): F5xcHourlyUsageRecord[] {
  const ep = LIST_HOURLY_USAGE_DETAILS;
  if (!isRecord(body)) throw malformedBody(ep, 'not an object');
  return new F5xcFields(ep, body, 'body').list('hourly_usage_items').map((item, i) => {
    const where = `hourly_usage_items[${i}]`;
    if (!isRecord(item)) throw malformedBody(ep, `${where} is not an object`);
    const f = new F5xcFields(ep, item, where);
    const deployment = f.string('deployment');
    const container = f.string('container');
    return {
      start: f.timestamp('start_timestamp'),
      end: f.timestamp('end_timestamp'),
      quantity: f.quantity('quantity'),
      unit: f.string('unit_name'),
      deployment: deployment === '' ? null : deployment,
      container: container === '' ? null : container,
    };
  });
}
