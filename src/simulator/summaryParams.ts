/**
 * Parameter readers and rules shared by the v1 summary endpoints (usage summary, billable summary,
 * network flows); failures throw {@link BadRequestError} with the upstream's wording where recorded.
 */
import { addMonths, floorToHour, formatMonth, parseDateTime, parseMonth, startOfMonth } from '../time/utcTime.js';
import { BadRequestError } from './apiResponse.js';
import { RETENTION_MONTHS } from './datadogWorld.js';
import type { SimOrg } from './datadogWorld.js';
import { optionalParam, requiredParam } from './queryParams.js';

/** The recorded 400 of parent-only endpoints called with a child org's keys. */
export const NON_PARENT_MESSAGE = 'API called with non-parent org keys. Data is only available at the root level org';

/** Throws the recorded 400 unless `org` is a parent org. */
export function requireParentOrg(org: SimOrg): void {
  if (org.parentPublicId !== null) throw new BadRequestError(NON_PARENT_MESSAGE);
}

/** A `[YYYY-MM]` parameter (any ISO-8601 date-time is accepted and truncated to its month). */
export function monthParam(query: URLSearchParams, name: string, required: boolean): Date | undefined {
  const text = required ? requiredParam(query, name) : optionalParam(query, name);
  if (text === undefined) return undefined;
  const parsed = parseMonth(text) ?? parseDateTime(text);
  if (!parsed) {
    throw new BadRequestError(
      `Invalid value for the parameter '${name}': expected an ISO-8601 date-time in UTC precise to the month [YYYY-MM], got '${text}'`,
    );
  }
  return startOfMonth(parsed);
}

/** A `[YYYY-MM-DDThh]` parameter, floored to the hour. */
export function hourParam(query: URLSearchParams, name: string, required: boolean): Date | undefined {
  const text = required ? requiredParam(query, name) : optionalParam(query, name);
  if (text === undefined) return undefined;
  const parsed = parseDateTime(text);
  if (!parsed) {
    throw new BadRequestError(
      `Invalid value for the parameter '${name}': expected an ISO-8601 date-time in UTC precise to the hour [YYYY-MM-DDThh], got '${text}'`,
    );
  }
  return floorToHour(parsed);
}

/** Refuses a month older than the 15-month retention (counted from the data clock's month). */
export function checkMonthRetained(now: Date, name: string, month: Date): void {
  const earliest = startOfMonth(addMonths(now, -RETENTION_MONTHS));
  if (month < earliest) {
    throw new BadRequestError(
      `Invalid value for the parameter '${name}': expected a month at most ${RETENTION_MONTHS} months ago (${formatMonth(earliest)} or later), got '${formatMonth(month)}'`,
    );
  }
}
