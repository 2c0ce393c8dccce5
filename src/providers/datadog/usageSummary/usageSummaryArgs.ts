import { checkNotBefore } from '../../../graphql/argumentChecks.js';
import { formatMonth, startOfMonth } from '../../../time/utcTime.js';
import { checkPastMonth } from '../datadogArgumentChecks.js';

/** A normalized usage-summary request. */
export interface UsageSummaryArgs {
  startMonth: Date;
  endMonth: Date;
  includeOrgDetails: boolean;
}

/**
 * `usageSummary` arguments: `startMonth` within the retention and not in the future; `endMonth`
 * (default: the current month) not before it. A future `endMonth` is passed on: the upstream answers
 * the months that have usage.
 */
export function checkUsageSummaryArgs(
  args: { startMonth: Date; endMonth?: Date | null; includeOrgDetails?: boolean | null },
  now: Date,
): UsageSummaryArgs {
  const startMonth = checkPastMonth('startMonth', startOfMonth(args.startMonth), now);
  const endMonth = startOfMonth(args.endMonth ?? now);
  checkNotBefore('startMonth', startMonth, 'endMonth', endMonth, formatMonth);
  return { startMonth, endMonth, includeOrgDetails: args.includeOrgDetails ?? true };
}
