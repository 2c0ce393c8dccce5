/** Readers of the simulated F5 usage API's JSON request bodies; failures throw {@link BadRequestError}. */
import { BadRequestError } from '../../../simulator/apiResponse.js';
import { HOUR_MS, addMonths, floorToHour, startOfMonth } from '../../../time/utcTime.js';
import { USAGE_WINDOW_MAX_DAYS } from '../api/f5xcLimits.js';

/** A string field, or undefined when absent or empty; 400 for anything but a string. */
export function optionalString(body: Record<string, unknown>, field: string): string | undefined {
  const v = body[field];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') throw new BadRequestError(`'${field}' must be a string, got ${typeof v}`);
  return v;
}

/** An RFC 3339 date-time field (ms since the epoch), or undefined when absent or empty. */
function optionalInstant(body: Record<string, unknown>, field: string): number | undefined {
  const text = optionalString(body, field);
  if (text === undefined) return undefined;
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text) ? Date.parse(text) : NaN;
  if (Number.isNaN(ms)) throw new BadRequestError(`'${field}' must be an RFC 3339 date-time, got '${text}'`);
  return ms;
}

/**
 * The `from`..`to` window of a body, in whole hours (`from` floored, `to` raised to the hour). Each
 * defaults to the open period's bound (the data clock's month). `from` must not be after `to`, and
 * the window must span at most {@link USAGE_WINDOW_MAX_DAYS} days.
 */
export function windowOf(body: Record<string, unknown>, now: Date): { from: number; to: number } {
  const month = startOfMonth(now);
  const fromMs = optionalInstant(body, 'from') ?? month.getTime();
  const toMs = optionalInstant(body, 'to') ?? addMonths(month, 1).getTime();
  const from = floorToHour(new Date(fromMs)).getTime();
  const to = Math.ceil(toMs / HOUR_MS) * HOUR_MS;
  if (from > to) {
    throw new BadRequestError(
      `'from' must not be after 'to', got ${new Date(fromMs).toISOString()} and ${new Date(toMs).toISOString()}`,
    );
  }
  if (to - from > USAGE_WINDOW_MAX_DAYS * 24 * HOUR_MS) {
    throw new BadRequestError(
      `'from' to 'to' must span at most ${USAGE_WINDOW_MAX_DAYS} days, got ${(to - from) / (24 * HOUR_MS)} days`,
    );
  }
  return { from, to };
}
