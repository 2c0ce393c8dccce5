/** Query-parameter readers for the simulated endpoints; failures throw {@link BadRequestError}. */
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
