import type { Decimal } from '../../../money/decimal.js';
import { F5xcFields, f5xcPost, type F5xcApi } from '../f5xcApi.js';
import { isoSeconds } from '../f5xcTime.js';

/** `POST /api/web/namespaces/{namespace}/usage_details`. */
export const LIST_USAGE_DETAILS = 'ListUsageDetails';

/** One request: a namespace's usage in [from, to). */
export interface UsageDetailsRequest {
  namespace: string;
  from: Date;
  to: Date;
}

/** One usage item: an object's usage of one usage type over the window, exact. */
export interface F5xcUsageItemRecord {
  usageType: string;
  metricLabel: string;
  namespace: string;
  objectName: string;
  quantity: Decimal;
  unit: string;
  start: Date;
  end: Date;
  /** `hourly_breakdown_query`: what `hourly_usage_details` takes back, as is. */
  hourlyQuery: string;
}

/** The request body as F5 documents it. */
export function usageDetailsBody(req: UsageDetailsRequest): Record<string, string> {
  return { namespace: req.namespace, from: isoSeconds(req.from), to: isoSeconds(req.to) };
}

/** Fetches a namespace's usage items. Rejects only with typed errors. */
export function fetchUsageDetails(api: F5xcApi, req: UsageDetailsRequest): Promise<F5xcUsageItemRecord[]> {
  return f5xcPost(api, LIST_USAGE_DETAILS, req.namespace, usageDetailsBody(req), parseUsageDetails);
}

function parseUsageDetails(body: unknown): F5xcUsageItemRecord[] {
  return F5xcFields.ofBody(LIST_USAGE_DETAILS, body)
    .objects('usage_items')
    .map((f) => {
      const hourlyQuery = f.string('hourly_breakdown_query');
      if (hourlyQuery === '') throw f.fail('hourly_breakdown_query', 'is missing');
      return {
        usageType: f.string('usage_type'),
        metricLabel: f.string('metric_label'),
        namespace: f.string('namespace'),
        objectName: f.string('object_name'),
        quantity: f.quantity('quantity'),
        unit: f.string('unit_name'),
        start: f.timestamp('start_timestamp'),
        end: f.timestamp('end_timestamp'),
        hourlyQuery,
      };
    });
}
