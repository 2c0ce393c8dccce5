/** Query-parameter readers for the simulated endpoints; failures throw {@link BadRequestError}. */
import { floorToHour, parseDateTime, parseMonth, startOfMonth } from '../time/utcTime.js';
import { BadRequestError } from './apiResponse.js';

/** First value of `name`, or undefined when absent. Empty values count as absent. */
export function optionalParam(query: URLSearchParams, name: string): string | undefined {
  const value = query.get(name);
  return value === null || value.trim() === '' ? undefined : value.trim();
}

/** First value of `name`; 400 `The parameter '<name>' is required` when absent. */
export function requiredParam(query: URLSearchParams, name: string): string {
  const value = optionalParam(query, name);
  if (value === undefined) throw new BadRequestError(`The parameter '${name}' is required`);
  return value;
}

/** `true`/`false` (any case), or `fallback` when absent. */
export function booleanParam(query: URLSearchParams, name: string, fallback: boolean): boolean {
  const value = optionalParam(query, name);
  if (value === undefined) return fallback;
  const lower = value.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  throw new BadRequestError(`Invalid value for the parameter '${name}': expected true or false, got '${value}'`);
}

/** A `[YYYY-MM]` parameter (any ISO-8601 date-time is accepted and truncated to its UTC month). */
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
