import { checkNotLater } from '../../../graphql/argumentChecks.js';
import { addMonths, formatHour } from '../../../time/utcTime.js';
import { SINGLE_ORG_WINDOW_MONTHS } from '../api/usageLimits.js';
import { checkHourWindow } from '../datadogArgumentChecks.js';

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
