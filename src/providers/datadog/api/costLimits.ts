/**
 * The rules of Datadog's cost endpoints, shared by the gateway (plan-time validation) and the
 * simulator (enforcement), so both sides agree on them.
 */
import { DAY_MS, addMonths, startOfMonth } from '../../../time/utcTime.js';
import { RETENTION_MONTHS } from './usageLimits.js';

/** Estimated cost: start parameters reach at most this many calendar months back. */
export const ESTIMATE_MONTHS_BACK = 2;

/** A month's historical cost is final from this day of the following month on (UTC midnight). */
export const COST_FINAL_DAY = 16;

/** Monthly cost attribution for a month is complete from this day of the following month on. */
export const COST_ATTRIBUTION_FINAL_DAY = 19;

/**
 * When the cost of the month containing `month` becomes final: `day` (the 16th by default; the 19th
 * for cost attribution) of the next month.
 */
export function costFinalizedAt(month: Date, day: number = COST_FINAL_DAY): Date {
  return new Date(addMonths(startOfMonth(month), 1).getTime() + (day - 1) * DAY_MS);
}

/** The last closed month as of `now` (the month before the current one). */
export function lastClosedMonth(now: Date): Date {
  return addMonths(startOfMonth(now), -1);
}

/**
 * The earliest month whose cost is reported: the first month lying wholly within the 15-month
 * retention of the hourly usage bills are computed from (a month cut by the retention boundary
 * would be billed on part of its hours).
 */
export function earliestCostMonth(now: Date): Date {
  const first = addMonths(now, -RETENTION_MONTHS);
  const month = startOfMonth(first);
  return month.getTime() === first.getTime() ? month : addMonths(month, 1);
}

/** The first month the estimate's start parameters may name. */
export function earliestEstimateMonth(now: Date): Date {
  return addMonths(startOfMonth(now), -ESTIMATE_MONTHS_BACK);
}
