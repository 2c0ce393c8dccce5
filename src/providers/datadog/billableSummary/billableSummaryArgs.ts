import { startOfMonth } from '../../../time/utcTime.js';
import { checkPastMonth } from '../datadogArgumentChecks.js';

/** The month of `billableSummary` / `DatadogOrg.billableUsage`: defaults to the current month. Throws BAD_USER_INPUT. */
export function checkBillableMonth(args: { month?: Date | null }, now: Date): Date {
  return checkPastMonth('month', startOfMonth(args.month ?? now), now);
}
