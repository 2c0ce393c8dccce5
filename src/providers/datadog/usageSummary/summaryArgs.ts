/**
 * Argument rules of the summary fields. Every failure is BAD_USER_INPUT naming the argument, what
 * was expected and what came.
 */
import { checkNotBefore, checkNotLater } from '../../../graphql/argumentChecks.js';
import { addMonths, formatHour, formatMonth, startOfMonth } from '../../../time/utcTime.js';
import { SINGLE_ORG_WINDOW_MONTHS } from '../api/usageLimits.js';
import { checkHourWindow, checkMonthInRetention, checkMonthNotInFuture } from '../datadogArgumentChecks.js';

/** Refuses a month older than the retention or after the current month; returns it. */
function checkPastMonth(name: string, month: Date, now: Date): Date {
  checkMonthInRetention(name, month, now);
  checkMonthNotInFuture(name, month, now);
  return month;
}

/** The month of `billableSummary` / `Org.billableUsage`: defaults to the current month. */
export function checkBillableMonth(args: { month?: Date | null }, now: Date): Date {
  return checkPastMonth('month', startOfMonth(args.month ?? now), now);
}

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

/**
 * `networkFlows` arguments as an upstream window: hours floored, `end` defaulting to (and clamped at)
 * the current hour, at most two months long. Null when no hour of the window is reported yet (the
 * field is then empty without an upstream call).
 */
export function checkNetworkFlowsWindow(
  args: { start: Date; end?: Date | null },
  now: Date,
): { start: Date; end: Date } | null {
  const { start, end } = checkHourWindow(args, now);
  checkNotLater('end', end, addMonths(start, SINGLE_ORG_WINDOW_MONTHS), {
    must: `be at most ${SINGLE_ORG_WINDOW_MONTHS} months after "start"`,
    format: formatHour,
    note: "the upstream's limit for one org",
  });
  return end > start ? { start, end } : null;
}
