/**
 * Parsing and validation of GET /api/v1/usage/top_avg_metrics parameters. Every failure is a
 * {@link BadRequestError} whose message names the parameter, what was expected and what came; a
 * request with neither `month` nor `day` gets Datadog's recorded message.
 */
import { addMonths, DAY_MS, floorToDay, formatDay, parseDateTime } from '../../../time/utcTime.js';
import { RETENTION_MONTHS } from '../api/usageLimits.js';
import { TOP_AVG_METRICS_DEFAULT_LIMIT, TOP_AVG_METRICS_MAX_LIMIT } from '../api/topAverageMetricsLimits.js';
import { BadRequestError } from '../../../simulator/apiResponse.js';
import { retentionStart } from './datadogWorld.js';
import { monthParam, optionalParam } from '../../../simulator/queryParams.js';
import { checkMonthRetained } from './checkMonthRetained.js';

/** A validated top-average-metrics query. */
export interface TopAverageMetricsQuery {
  /** Which of `month` or `day` was given (it is also the key of the response's metadata). */
  period: 'month' | 'day';
  /** First instant of the month or day (UTC). */
  start: Date;
  /** Exclusive end of the month or day. */
  end: Date;
  /** Wanted metric names, de-duplicated and sorted; null for every metric. */
  names: string[] | null;
  limit: number;
  /** Raw `next_record_id`, validated by the handler (it needs the result size). */
  nextRecordId: string | undefined;
}

function invalid(name: string, expected: string, got: string): BadRequestError {
  return new BadRequestError(`Invalid value for the parameter '${name}': expected ${expected}, got '${got}'`);
}

/** `names=a,b` and `names=a&names=b` alike (and mixed); empty entries are ignored. */
function namesParam(query: URLSearchParams): string[] | null {
  const names = query
    .getAll('names')
    .flatMap((value) => value.split(','))
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return names.length === 0 ? null : [...new Set(names)].sort();
}

function limitParam(query: URLSearchParams): number {
  const text = optionalParam(query, 'limit');
  if (text === undefined) return TOP_AVG_METRICS_DEFAULT_LIMIT;
  const n = /^\d{1,9}$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1 && n <= TOP_AVG_METRICS_MAX_LIMIT)) {
    throw invalid('limit', `an integer between 1 and ${TOP_AVG_METRICS_MAX_LIMIT}`, text);
  }
  return n;
}

function periodParam(query: URLSearchParams, now: Date): Pick<TopAverageMetricsQuery, 'period' | 'start' | 'end'> {
  const month = optionalParam(query, 'month');
  const day = optionalParam(query, 'day');
  if (month === undefined && day === undefined) throw new BadRequestError("The parameter 'month/day' is required");
  if (month !== undefined && day !== undefined) {
    throw new BadRequestError(
      `The parameters 'month' and 'day' are mutually exclusive: give one of them; got month '${month}' and day '${day}'`,
    );
  }
  if (month !== undefined) {
    const start = monthParam(query, 'month', true) as Date;
    checkMonthRetained(now, 'month', start);
    return { period: 'month', start, end: addMonths(start, 1) };
  }
  const text = day as string;
  const parsed = parseDateTime(text);
  if (!parsed) throw invalid('day', 'an ISO-8601 date-time in UTC precise to the day [YYYY-MM-DD]', text);
  const start = floorToDay(parsed);
  const earliest = floorToDay(retentionStart(now));
  if (start < earliest) {
    throw invalid(
      'day',
      `a day at most ${RETENTION_MONTHS} months ago (${formatDay(earliest)} or later)`,
      formatDay(start),
    );
  }
  return { period: 'day', start, end: new Date(start.getTime() + DAY_MS) };
}

/** Validates the whole query against the data clock `now`. */
export function parseTopAverageMetricsQuery(query: URLSearchParams, now: Date): TopAverageMetricsQuery {
  const period = periodParam(query, now);
  return {
    ...period,
    names: namesParam(query),
    limit: limitParam(query),
    nextRecordId: optionalParam(query, 'next_record_id'),
  };
}
