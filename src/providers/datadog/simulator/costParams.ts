/**
 * Parameter readers shared by the simulated cost endpoints (historical, estimated and projected cost,
 * monthly cost attribution, billing dimension mapping). Month and day parameters accept what
 * Datadog's clients send: `YYYY-MM`, `YYYY-MM-DD` or a full ISO-8601 date-time, truncated.
 */
import { floorToDay, formatMonth, parseDateTime } from '../../../time/utcTime.js';
import { earliestCostMonth } from '../api/costLimits.js';
import { BadRequestError } from '../../../simulator/apiResponse.js';
import { RETENTION_MONTHS } from './datadogWorld.js';
import { optionalParam } from '../../../simulator/queryParams.js';

function invalid(name: string, expected: string, got: string): BadRequestError {
  return new BadRequestError(`Invalid value for the parameter '${name}': expected ${expected}, got '${got}'`);
}

/** A day parameter, truncated to UTC midnight. */
export function dayParam(query: URLSearchParams, name: string): Date | undefined {
  const text = optionalParam(query, name);
  if (text === undefined) return undefined;
  const parsed = parseDateTime(text);
  if (!parsed) throw invalid(name, 'an ISO-8601 date-time in UTC precise to the day [YYYY-MM-DD]', text);
  return floorToDay(parsed);
}

/** `view`: `summary` (the default) or `sub-org`. */
export type CostView = 'summary' | 'sub-org';

export function viewParam(query: URLSearchParams): CostView {
  const text = optionalParam(query, 'view');
  if (text === undefined) return 'summary';
  if (text === 'summary' || text === 'sub-org') return text;
  throw invalid('view', "'summary' or 'sub-org'", text);
}

/** Throws unless `start` is at or after `earliestCostMonth` (the first month wholly within the retention). */
export function checkRetention(name: string, start: Date, now: Date): void {
  const earliest = earliestCostMonth(now);
  if (start < earliest) {
    throw invalid(
      name,
      `a month within the ${RETENTION_MONTHS}-month retention (${formatMonth(earliest)} or later)`,
      formatMonth(start),
    );
  }
}

/** Throws unless `end` is not before `start`. */
export function checkOrder(
  startName: string,
  start: Date,
  endName: string,
  end: Date,
  format: (d: Date) => string,
): void {
  if (end < start) {
    throw new BadRequestError(
      `${endName} must not be before ${startName}; got ${startName} ${format(start)} and ${endName} ${format(end)}`,
    );
  }
}
