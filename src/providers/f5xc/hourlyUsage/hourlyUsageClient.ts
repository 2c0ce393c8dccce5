import type { Decimal } from '../../../money/decimal.js';
import { F5xcFields, f5xcPost, type F5xcApi } from '../f5xcApi.js';

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
  return F5xcFields.ofBody(LIST_HOURLY_USAGE_DETAILS, body)
    .objects('hourly_usage_items')
    .map((f) => {
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
