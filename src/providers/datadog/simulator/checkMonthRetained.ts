import { addMonths, formatMonth, startOfMonth } from '../../../time/utcTime.js';
import { BadRequestError } from '../../../simulator/apiResponse.js';
import { RETENTION_MONTHS } from './datadogWorld.js';

/** Refuses a month older than the 15-month retention (counted from the data clock's month). */
export function checkMonthRetained(now: Date, name: string, month: Date): void {
  const earliest = startOfMonth(addMonths(now, -RETENTION_MONTHS));
  if (month < earliest) {
    throw new BadRequestError(
      `Invalid value for the parameter '${name}': expected a month at most ${RETENTION_MONTHS} months ago (${formatMonth(earliest)} or later), got '${formatMonth(month)}'`,
    );
  }
}
