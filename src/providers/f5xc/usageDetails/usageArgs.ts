import { BadUserInputError } from '../../../errors.js';
import { checkAfter, checkNotLater } from '../../../graphql/argumentChecks.js';
import { HOUR_MS, floorToHour } from '../../../time/utcTime.js';
import { USAGE_WINDOW_MAX_DAYS } from '../api/f5xcLimits.js';

/** A window of whole hours, `start` inclusive, `end` exclusive. */
export interface F5xcWindow {
  start: Date;
  end: Date;
}

const NOT_IN_FUTURE = { must: 'not be in the future', format: (d: Date) => d.toISOString() };
const iso = (d: Date): string => d.toISOString();

/** Refuses a window wider than {@link USAGE_WINDOW_MAX_DAYS} days, naming `endName`. */
export function checkWindowSpan(window: F5xcWindow, endName: string): F5xcWindow {
  const days = (window.end.getTime() - window.start.getTime()) / (24 * HOUR_MS);
  if (days > USAGE_WINDOW_MAX_DAYS) {
    throw new BadUserInputError(
      `Arguments "start" and "${endName}" must span at most ${USAGE_WINDOW_MAX_DAYS} days, but got ${days} days (${iso(window.start)} to ${iso(window.end)})`,
      { argumentName: endName },
    );
  }
  return window;
}

/**
 * Checks `usage` arguments before any upstream call: `start` taken to its hour and not in the
 * future, `end` (default: the hour after now) raised to the hour and after `start`, at most
 * {@link USAGE_WINDOW_MAX_DAYS} days in all. Throws BAD_USER_INPUT naming what was expected and what came.
 */
export function checkUsageArgs(args: { start: Date; end?: Date | null }, ctx: { now: Date }): F5xcWindow {
  const start = floorToHour(args.start);
  const end = new Date(Math.ceil((args.end ?? new Date(ctx.now.getTime() + 1)).getTime() / HOUR_MS) * HOUR_MS);
  checkNotLater('start', start, ctx.now, NOT_IN_FUTURE);
  checkAfter('start', start, 'end', end, iso, 'both taken to whole hours');
  return checkWindowSpan({ start, end }, 'end');
}
