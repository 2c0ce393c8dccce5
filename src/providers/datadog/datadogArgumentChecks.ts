/**
 * Datadog's argument rules, in one place: the retention and the windows its usage-metering API
 * documents (api/usageLimits.ts, api/costLimits.ts), checked with the provider-neutral checks of
 * graphql/argumentChecks.ts. Every check throws BAD_USER_INPUT naming the argument, what was
 * expected and what came.
 */
import { checkAfter, checkNotBefore, checkNotEarlier, checkNotLater } from '../../graphql/argumentChecks.js';
import {
  addMonths,
  floorToDay,
  floorToHour,
  formatDay,
  formatHour,
  formatMonth,
  startOfMonth,
} from '../../time/utcTime.js';
import { RETENTION_MONTHS } from './api/usageLimits.js';
import { earliestCostMonth } from './api/costLimits.js';

const MONTHS_BACK = `be at most ${RETENTION_MONTHS} months back`;
const NOT_IN_FUTURE = 'not be in the future';

/**
 * Refuses a month before the one holding the upstream's first kept hour (that month is still
 * answered, for the hours it keeps).
 */
function checkMonthInRetention(name: string, month: Date, now: Date): void {
  checkNotEarlier(name, month, startOfMonth(addMonths(now, -RETENTION_MONTHS)), {
    must: MONTHS_BACK,
    format: formatMonth,
  });
}

/** Refuses a day before the one holding the upstream's first kept hour. */
function checkDayInRetention(name: string, day: Date, now: Date): void {
  checkNotEarlier(name, day, floorToDay(addMonths(now, -RETENTION_MONTHS)), { must: MONTHS_BACK, format: formatDay });
}

/**
 * Refuses a cost month before the first month wholly within the retention (costs are billed from
 * whole months of usage).
 */
export function checkCostMonthInRetention(name: string, month: Date, now: Date): void {
  checkNotEarlier(name, month, earliestCostMonth(now), {
    must: `be within the ${RETENTION_MONTHS}-month retention`,
    format: formatMonth,
  });
}

/** Refuses a month after the current one. */
function checkMonthNotInFuture(name: string, month: Date, now: Date): void {
  checkNotLater(name, month, startOfMonth(now), { must: NOT_IN_FUTURE, format: formatMonth });
}

/** Refuses a day after the current one. */
function checkDayNotInFuture(name: string, day: Date, now: Date): void {
  checkNotLater(name, day, floorToDay(now), { must: NOT_IN_FUTURE, format: formatDay });
}

/** A checked month range: `endMonth` null means the upstream's default (the current month). */
export interface MonthRange {
  startMonth: Date;
  endMonth: Date | null;
}

/**
 * Checks `startMonth` (within the retention) and `endMonth` (not before `startMonth`), both taken to
 * their month.
 */
export function checkMonthRange(startMonth: Date, endMonth: Date | null | undefined, now: Date): MonthRange {
  const start = startOfMonth(startMonth);
  const end = endMonth ? startOfMonth(endMonth) : null;
  checkMonthInRetention('startMonth', start, now);
  if (end !== null) checkNotBefore('startMonth', start, 'endMonth', end, formatMonth);
  return { startMonth: start, endMonth: end };
}

/** An hour window as requested (`requestedEnd`) and as the upstream can answer it (`end`). */
export interface HourWindowArgs {
  start: Date;
  /** `end` floored to the hour; null when omitted. */
  requestedEnd: Date | null;
  /** `requestedEnd`, defaulting to (and clamped at) the current hour; may be before `start`. */
  end: Date;
}

/**
 * Checks the `start`/`end` arguments of an hourly field: hours floored, `start` within the
 * retention, `end` (exclusive) after `start`.
 */
export function checkHourWindow(args: { start: Date; end?: Date | null }, now: Date): HourWindowArgs {
  const currentHour = floorToHour(now);
  const start = floorToHour(args.start);
  const requestedEnd = args.end ? floorToHour(args.end) : null;
  checkNotEarlier('start', start, addMonths(currentHour, -RETENTION_MONTHS), {
    must: `be within the upstream's ${RETENTION_MONTHS}-month retention`,
    format: formatHour,
  });
  if (requestedEnd !== null) {
    checkAfter('start', start, 'end', requestedEnd, formatHour, 'end is exclusive, hour precision');
  }
  const end = requestedEnd === null || requestedEnd > currentHour ? currentHour : requestedEnd;
  return { start, requestedEnd, end };
}

/** Refuses a month older than the retention or after the current month; returns it. */
export function checkPastMonth(name: string, month: Date, now: Date): Date {
  checkMonthInRetention(name, month, now);
  checkMonthNotInFuture(name, month, now);
  return month;
}

/** Refuses a day older than the retention or after the current day; returns it. */
export function checkPastDay(name: string, day: Date, now: Date): Date {
  checkDayInRetention(name, day, now);
  checkDayNotInFuture(name, day, now);
  return day;
}
