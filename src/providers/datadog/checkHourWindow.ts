import { BadUserInputError } from '../../errors.js';
import { addMonths, floorToHour, formatHour } from '../../time/utcTime.js';
import { RETENTION_MONTHS } from './api/usageLimits.js';

/** An hour window as requested (`requestedEnd`) and as the upstream can answer it (`end`). */
export interface HourWindowArgs {
  start: Date;
  /** `end` floored to the hour; null when omitted. */
  requestedEnd: Date | null;
  /** `requestedEnd`, defaulting to (and clamped at) the current hour; may be before `start`. */
  end: Date;
}

/**
 * Validates the `start`/`end` arguments of an hourly field: hours floored, `start` within the
 * retention, `end` (exclusive) after `start`. Throws BAD_USER_INPUT naming what was expected and
 * what came.
 */
export function checkHourWindow(args: { start: Date; end?: Date | null }, now: Date): HourWindowArgs {
  const currentHour = floorToHour(now);
  const start = floorToHour(args.start);
  const requestedEnd = args.end ? floorToHour(args.end) : null;
  const oldest = addMonths(currentHour, -RETENTION_MONTHS);
  if (start < oldest) {
    throw new BadUserInputError(
      `Argument "start" must be within the upstream's ${RETENTION_MONTHS}-month retention (${formatHour(oldest)} or later), but got: ${formatHour(start)}`,
      { argumentName: 'start' },
    );
  }
  if (requestedEnd !== null && requestedEnd <= start) {
    throw new BadUserInputError(
      `Argument "end" must be after "start" (end is exclusive, hour precision), but got start ${formatHour(start)} and end ${formatHour(requestedEnd)}`,
      { argumentName: 'end' },
    );
  }
  const end = requestedEnd === null || requestedEnd > currentHour ? currentHour : requestedEnd;
  return { start, requestedEnd, end };
}
