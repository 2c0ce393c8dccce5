/** Readers of the simulated Fastly billing API's query parameters; failures throw {@link BadRequestError}. */
import { BadRequestError } from '../../../simulator/apiResponse.js';
import { optionalParam, requiredParam } from '../../../simulator/queryParams.js';
import { parseDateTime, parseMonth } from '../../../time/utcTime.js';

/** A `YYYY-MM` parameter, as given (undefined when absent or empty). */
export function monthParam(query: URLSearchParams, name: string): string | undefined {
  return checkMonth(name, optionalParam(query, name));
}

/** A required `YYYY-MM` parameter; 400 `The parameter '<name>' is required` when absent or empty. */
export function requiredMonthParam(query: URLSearchParams, name: string): string {
  return checkMonth(name, requiredParam(query, name)) as string;
}

function checkMonth(name: string, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}-\d{2}$/.test(text) || !parseMonth(text)) {
    throw new BadRequestError(`Invalid value for the parameter '${name}': expected a month YYYY-MM, got '${text}'`);
  }
  return text;
}

/** 400 unless `start` is not after `end` (both `YYYY-MM`, or both ISO 8601 UTC from `toISOString`). */
export function checkOrder(startName: string, start: string, endName: string, end: string): void {
  if (start > end) {
    throw new BadRequestError(`${startName} (${start}) must not be after ${endName} (${end})`);
  }
}

/** The page size `limit` (a string of digits from 1 to `limits.max`); `limits.default` when absent or empty. */
export function limitParam(query: URLSearchParams, limits: { default: number; max: number }): number {
  const text = optionalParam(query, 'limit');
  if (text === undefined) return limits.default;
  const limit = /^\d{1,6}$/.test(text) ? Number(text) : NaN;
  if (!(limit >= 1 && limit <= limits.max)) {
    throw new BadRequestError(
      `Invalid value for the parameter 'limit': expected an integer from 1 to ${limits.max}, got '${text}'`,
    );
  }
  return limit;
}

/** An ISO 8601 date (`2026-01-01`) or date-time parameter (no zone means UTC); undefined when absent or empty. */
export function dateParam(query: URLSearchParams, name: string): Date | undefined {
  const text = optionalParam(query, name);
  if (text === undefined) return undefined;
  const date = parseDateTime(text);
  if (!date) {
    throw new BadRequestError(
      `Invalid value for the parameter '${name}': expected an ISO 8601 date (YYYY-MM-DD) or date-time, got '${text}'`,
    );
  }
  return date;
}
