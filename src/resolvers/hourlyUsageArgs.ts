import { BadUserInputError } from '../errors.js';
import { addMonths, floorToHour, formatHour } from '../time/utcTime.js';
import { RETENTION_MONTHS } from '../upstream/datadog/usageLimits.js';
import type { HourlyUsageScope, HourlyUsageView } from '../streams/hourlyUsageView.js';

export interface HourlyUsageWindowArgs {
  productFamilies?: readonly string[] | null;
  start: Date;
  end?: Date | null;
}

/**
 * Validates `hourlyUsage` arguments before any upstream call and normalizes them into a view:
 * hours floored, `end` defaulting to (and clamped at) the current hour, families sorted and
 * de-duplicated. Throws BAD_USER_INPUT naming what was expected and what came.
 */
export function hourlyUsageView(
  args: HourlyUsageWindowArgs,
  scope: HourlyUsageScope,
  now: Date,
): { view: HourlyUsageView; requestedEnd: Date | null } {
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
  if (args.productFamilies && args.productFamilies.length === 0) {
    throw new BadUserInputError(
      'Argument "productFamilies" must name at least one family, or be omitted for all, but got: []',
      {
        argumentName: 'productFamilies',
      },
    );
  }
  const end = requestedEnd === null || requestedEnd > currentHour ? currentHour : requestedEnd;
  const families = args.productFamilies ? [...new Set(args.productFamilies)].sort() : null;
  return {
    view: { start, end: end < start ? start : end, families, scope },
    requestedEnd,
  };
}
