/**
 * Parsing and validation of GET /api/v1/usage/hourly-attribution parameters. The window limits are the
 * ones Datadog documents for hourly usage in general (the endpoint's own page says nothing more): with
 * `include_descendants=true` (the default) at most 24 hours per request, with `false` at most two
 * calendar months. `end_hr` defaults to `start_hr` + 24 hours.
 */
import { HOURLY_USAGE_ATTRIBUTION_TYPES } from '../api/attributionEnums.js';
import { DAY_MS, HOUR_MS, addMonths, formatHour } from '../../../time/utcTime.js';
import { MULTI_ORG_WINDOW_HOURS, SINGLE_ORG_WINDOW_MONTHS } from '../api/usageLimits.js';
import { BadRequestError } from '../../../simulator/apiResponse.js';
import { tagBreakdownKeysParam } from './tagBreakdownKeysParam.js';
import { booleanParam, hourParam, optionalParam, requiredParam } from '../../../simulator/queryParams.js';

/** A validated hourly-attribution query. */
export interface HourlyAttributionQuery {
  /** Floored to the hour. */
  start: Date;
  /** Exclusive, floored to the hour. */
  end: Date;
  usageType: string;
  /** Normalized `tag_breakdown_keys`; empty: no breakdown (totals). */
  tagKeys: string[];
  includeDescendants: boolean;
  nextRecordId: string | undefined;
}

/** Validates the whole query; the window rules are checked last. */
export function parseHourlyAttributionQuery(query: URLSearchParams): HourlyAttributionQuery {
  const start = hourParam(query, 'start_hr', true) as Date;
  const end = hourParam(query, 'end_hr', false) ?? new Date(start.getTime() + DAY_MS);
  const usageType = requiredParam(query, 'usage_type');
  if (!HOURLY_USAGE_ATTRIBUTION_TYPES.includes(usageType)) {
    throw new BadRequestError(
      `Invalid value for the parameter 'usage_type': unknown usage type '${usageType}'; expected one of: ${HOURLY_USAGE_ATTRIBUTION_TYPES.join(', ')}`,
    );
  }
  const tagKeys = tagBreakdownKeysParam(optionalParam(query, 'tag_breakdown_keys'));
  const includeDescendants = booleanParam(query, 'include_descendants', true);
  if (start.getTime() >= end.getTime()) {
    throw new BadRequestError('start_hr [YYYY-MM-DDThh] must be before end_hr [YYYY-MM-DDThh]');
  }
  const hours = (end.getTime() - start.getTime()) / HOUR_MS;
  if (includeDescendants && hours > MULTI_ORG_WINDOW_HOURS) {
    throw new BadRequestError(
      `Hourly usage attribution for multiple organizations (include_descendants=true) is limited to ${MULTI_ORG_WINDOW_HOURS} hours per request; got ${hours} hours from ${formatHour(start)} to ${formatHour(end)}`,
    );
  }
  if (end.getTime() > addMonths(start, SINGLE_ORG_WINDOW_MONTHS).getTime()) {
    throw new BadRequestError(
      `Hourly usage attribution for a single organization is limited to ${SINGLE_ORG_WINDOW_MONTHS} months per request; got ${formatHour(start)} to ${formatHour(end)}, the latest end for this start is ${formatHour(addMonths(start, SINGLE_ORG_WINDOW_MONTHS))}`,
    );
  }
  return { start, end, usageType, tagKeys, includeDescendants, nextRecordId: optionalParam(query, 'next_record_id') };
}
