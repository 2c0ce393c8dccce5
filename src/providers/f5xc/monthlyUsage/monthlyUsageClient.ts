import type { Decimal } from '../../../money/decimal.js';
import { F5xcFields, f5xcPost, type F5xcApi } from '../f5xcApi.js';

/** `POST /api/web/namespaces/{namespace}/monthly_usage`. */
export const LIST_MONTHLY_USAGE = 'ListMonthlyUsage';

/**
 * One closed month's charges of a namespace (the tenant's for `system`), exact: F5 sends `amount` as
 * int64 hundredths in a string (`"123456789012345"` is 1234567890123.45).
 */
export interface F5xcMonthlyChargeRecord {
  /** The namespace the charges are of (`system`: the tenant). */
  namespace: string;
  /** Start of the month (inclusive). */
  start: Date;
  /** End of the month (exclusive). */
  end: Date;
  amount: Decimal;
  /** ISO 4217, e.g. `USD`. */
  currency: string;
}

/**
 * Fetches a namespace's monthly charges, oldest first as the upstream lists them. Rejects only with
 * typed errors. (The FOCUS view maps these to charge rows.)
 */
export function fetchMonthlyCharges(api: F5xcApi, namespace: string): Promise<F5xcMonthlyChargeRecord[]> {
  return f5xcPost(api, LIST_MONTHLY_USAGE, namespace, { namespace }, (body) => parseMonthlyUsage(body, namespace));
}

function parseMonthlyUsage(body: unknown, namespace: string): F5xcMonthlyChargeRecord[] {
  return F5xcFields.ofBody(LIST_MONTHLY_USAGE, body)
    .objects('monthly_usage_items')
    .map((f) => {
      return {
        namespace,
        start: f.timestamp('start_timestamp'),
        end: f.timestamp('end_timestamp'),
        amount: f.hundredths('amount'),
        currency: f.string('currency_code'),
      };
    });
}
