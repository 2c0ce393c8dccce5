import { checkAfter } from '../../../graphql/argumentChecks.js';
import { HOUR_MS, addMonths, floorToHour, startOfMonth } from '../../../time/utcTime.js';
import { checkWindowSpan, type F5xcWindow } from '../usageDetails/usageArgs.js';

const iso = (d: Date): string => d.toISOString();

/**
 * Checks `currentPeriod` arguments before any upstream call: `start` (default: the start of the
 * current month) taken to its hour, `end` (default: the start of the next month) raised to the hour
 * and after `start`, at most 93 days in all. Throws BAD_USER_INPUT naming what was expected and what came.
 */
export function checkCurrentPeriodArgs(
  args: { start?: Date | null; end?: Date | null },
  ctx: { now: Date },
): F5xcWindow {
  const month = startOfMonth(ctx.now);
  const start = floorToHour(args.start ?? month);
  const end = new Date(Math.ceil((args.end ?? addMonths(month, 1)).getTime() / HOUR_MS) * HOUR_MS);
  checkAfter('start', start, 'end', end, iso, 'both taken to whole hours');
  return checkWindowSpan({ start, end }, 'end');
}
