/** Months and timestamps as the simulated Fastly billing API writes them. */
import { addMonths, formatMonth, parseMonth } from '../../../time/utcTime.js';

/** ISO 8601 in UTC to the second (`2026-03-01T00:00:00Z`), as the billing API writes instants. */
export function isoSeconds(t: Date): string {
  return t.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The first instant of `month` (`YYYY-MM`); throws for anything else. */
export function monthStart(month: string): Date {
  const start = parseMonth(month);
  if (!start) throw new Error(`Expected a month YYYY-MM; got '${month}'`);
  return start;
}

/** The last second of `month` (a billing period's inclusive end). */
export function monthLastSecond(month: string): Date {
  return new Date(addMonths(monthStart(month), 1).getTime() - 1000);
}

/** The month `count` months after `month` (before, when negative). */
export function shiftMonth(month: string, count: number): string {
  return formatMonth(addMonths(monthStart(month), count));
}

/** `first` through `last` inclusive, oldest first (empty when `last` is before `first`). */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let m = first; m <= last; m = shiftMonth(m, 1)) months.push(m);
  return months;
}

/** The month's index since year 0 (`2026-03` -> 2026 * 12 + 2), to count months between two. */
export function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}
