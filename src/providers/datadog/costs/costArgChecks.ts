/** Argument checks shared by the cost fields (`costs`, `monthlyCostAttribution`); they throw BAD_USER_INPUT. */
import { BadUserInputError } from '../../../errors.js';
import { formatMonth } from '../../../time/utcTime.js';
import { earliestCostMonth } from '../api/costLimits.js';
import { RETENTION_MONTHS } from '../api/usageLimits.js';

/** Refuses a `startMonth` before the first month wholly within the upstream's retention. */
export function checkCostRetention(startMonth: Date, now: Date): void {
  const earliest = earliestCostMonth(now);
  if (startMonth < earliest) {
    throw new BadUserInputError(
      `Argument "startMonth" must be within the ${RETENTION_MONTHS}-month retention (${formatMonth(earliest)} or later), but got: ${formatMonth(startMonth)}`,
      { argumentName: 'startMonth' },
    );
  }
}

/** Refuses an end argument before its start argument; `format` shows both values. */
export function checkNotBefore(
  startName: string,
  start: Date,
  endName: string,
  end: Date,
  format: (d: Date) => string,
): void {
  if (end < start) {
    throw new BadUserInputError(
      `Argument "${endName}" must not be before "${startName}", but got ${startName} ${format(start)} and ${endName} ${format(end)}`,
      { argumentName: endName },
    );
  }
}
