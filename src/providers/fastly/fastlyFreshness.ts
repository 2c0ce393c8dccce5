/**
 * How long a Fastly page stays fresh, from what it covers: usage of closed months and end-of-month
 * invoices are settled (they will not change), the current month's usage and the month-to-date
 * invoice are live, the customer is reference data.
 */
import type { FreshnessPolicy, FreshnessSettings } from '../../upstream/upstreamPolicy.js';
import { freshnessTtls } from '../../upstream/upstreamPolicy.js';
import { addMonths, floorToDay, parseMonth, startOfMonth } from '../../time/utcTime.js';
import { parseDateTime } from '../../time/utcTime.js';

/**
 * The Fastly freshness policy. A month range is settled once its last month has closed (usage
 * endpoints without `end_month` run to now and are live); an invoice list is settled when its
 * `billing_end_date` lies before the current month (no new invoice can join it); a single invoice is
 * final; the month-to-date invoice is live.
 */
export function createFastlyFreshness(settings: FreshnessSettings = {}): FreshnessPolicy {
  const { settledTtlMs: settled, liveTtlMs: live, referenceTtlMs: reference } = freshnessTtls(settings);
  return (req, nowMs) => {
    const param = (name: string): string | undefined => req.query.find(([k]) => k === name)?.[1];
    const currentMonth = startOfMonth(new Date(nowMs)).getTime();
    /** Settled when the month `value` names has closed. */
    const closedMonth = (value: string | undefined): number => {
      const month = value === undefined ? null : parseMonth(value);
      return month !== null && addMonths(month, 1).getTime() <= currentMonth ? settled : live;
    };
    switch (req.endpoint) {
      case 'getUsageMetrics':
      case 'getServiceLevelUsage':
        return closedMonth(param('end_month'));
      case 'listInvoices': {
        const end = param('billing_end_date');
        const day = end === undefined ? null : parseDateTime(end);
        return day !== null && floorToDay(day).getTime() < currentMonth ? settled : live;
      }
      case 'getInvoiceByInvoiceId':
        return settled;
      case 'getLoggedInCustomer':
        return reference;
      default:
        return live;
    }
  };
}
