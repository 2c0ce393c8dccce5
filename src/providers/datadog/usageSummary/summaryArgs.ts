/**
 * Argument rules of the summary fields, shared by the plan-time validators and the resolvers (which
 * check again where they build the request). Every failure is BAD_USER_INPUT naming the argument,
 * what was expected and what came.
 */
import { BadUserInputError } from '../../../errors.js';
import { addMonths, formatHour, formatMonth, startOfMonth } from '../../../time/utcTime.js';
import { RETENTION_MONTHS, SINGLE_ORG_WINDOW_MONTHS } from '../api/usageLimits.js';
import { checkHourWindow } from '../checkHourWindow.js';

/** Refuses a month older than the retention or after the current month; returns it. */
function checkMonth(name: string, month: Date, now: Date): Date {
  const current = startOfMonth(now);
  const earliest = startOfMonth(addMonths(now, -RETENTION_MONTHS));
  if (month < earliest) {
    throw new BadUserInputError(
      `Argument "${name}" must be at most ${RETENTION_MONTHS} months back (${formatMonth(earliest)} or later), but got: ${formatMonth(month)}`,
      { argumentName: name },
    );
  }
  if (month > current) {
    throw new BadUserInputError(
      `Argument "${name}" must not be in the future (${formatMonth(current)} or earlier), but got: ${formatMonth(month)}`,
      { argumentName: name },
    );
  }
  return month;
}

/** The month of `billableSummary` / `Org.billableUsage`: defaults to the current month. */
export function checkBillableMonth(args: { month?: Date | null }, now: Date): Date {
  return checkMonth('month', startOfMonth(args.month ?? now), now);
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
  const startMonth = checkMonth('startMonth', startOfMonth(args.startMonth), now);
  const endMonth = startOfMonth(args.endMonth ?? now);
  if (endMonth < startMonth) {
    throw new BadUserInputError(
      `Argument "endMonth" must not be before "startMonth" (${formatMonth(startMonth)}), but got: ${formatMonth(endMonth)}`,
      { argumentName: 'endMonth' },
    );
  }
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
  const latest = addMonths(start, SINGLE_ORG_WINDOW_MONTHS);
  if (end > latest) {
    throw new BadUserInputError(
      `Argument "end" must be at most ${SINGLE_ORG_WINDOW_MONTHS} months after "start" (${formatHour(latest)} or earlier; the upstream's limit for one org), but got: ${formatHour(end)}`,
      { argumentName: 'end' },
    );
  }
  return end > start ? { start, end } : null;
}
