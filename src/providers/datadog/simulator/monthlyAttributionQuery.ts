/**
 * Parsing and validation of GET /api/v1/usage/monthly-attribution parameters. `fields` is required
 * (a comma list of `<type>_usage` / `<type>_percentage` names, or `*`); `start_month` at most 15 months
 * back; `end_month` defaults to the later of `start_month` and the current month; `sort_direction`
 * (default `desc`) applies to `sort_name`, any field name (requested or not).
 */
import { MONTHLY_USAGE_ATTRIBUTION_FIELDS, USAGE_SORT_DIRECTIONS } from '../api/attributionEnums.js';
import { formatMonth, startOfMonth } from '../../../time/utcTime.js';
import { BadRequestError } from '../../../simulator/apiResponse.js';
import { tagBreakdownKeysParam } from './tagBreakdownKeysParam.js';
import { BILLING_DIMENSIONS } from './billingCatalog.js';
import { booleanParam, monthParam, optionalParam, requiredParam } from '../../../simulator/queryParams.js';
import { checkMonthRetained } from './checkMonthRetained.js';

/** A validated monthly-attribution query. */
export interface MonthlyAttributionQuery {
  start: Date;
  /** Inclusive month. */
  end: Date;
  /** Requested fields in the order given (`*` expanded to every field the simulator reports), de-duplicated. */
  fields: string[];
  sortName: string | null;
  sortDirection: 'asc' | 'desc';
  tagKeys: string[];
  includeDescendants: boolean;
  nextRecordId: string | undefined;
}

/** The fields `*` stands for: `_usage` and `_percentage` of every usage type the simulator bills. */
export const REPORTED_FIELDS: readonly string[] = BILLING_DIMENSIONS.flatMap((d) => {
  const base = d.attributionType.replace(/_usage$/, '');
  return [`${base}_usage`, `${base}_percentage`];
});

function fieldsParam(query: URLSearchParams): string[] {
  const fields: string[] = [];
  for (const raw of requiredParam(query, 'fields').split(',')) {
    const field = raw.trim();
    if (field === '*') fields.push(...REPORTED_FIELDS);
    else if (MONTHLY_USAGE_ATTRIBUTION_FIELDS.includes(field)) fields.push(field);
    else {
      throw new BadRequestError(
        `Invalid value for the parameter 'fields': unknown field '${field}'; expected '*' or a comma-separated list of <usage_type>_usage and <usage_type>_percentage fields`,
      );
    }
  }
  return [...new Set(fields)];
}

/** Validates the whole query. */
export function parseMonthlyAttributionQuery(query: URLSearchParams, now: Date): MonthlyAttributionQuery {
  const start = monthParam(query, 'start_month', true) as Date;
  const currentMonth = startOfMonth(now);
  const end = monthParam(query, 'end_month', false) ?? (start > currentMonth ? start : currentMonth);
  const fields = fieldsParam(query);
  const direction = optionalParam(query, 'sort_direction') ?? 'desc';
  if (!USAGE_SORT_DIRECTIONS.includes(direction)) {
    throw new BadRequestError(
      `Invalid value for the parameter 'sort_direction': expected one of ${USAGE_SORT_DIRECTIONS.join(', ')}, got '${direction}'`,
    );
  }
  const sortName = optionalParam(query, 'sort_name') ?? null;
  if (sortName !== null && !MONTHLY_USAGE_ATTRIBUTION_FIELDS.includes(sortName)) {
    throw new BadRequestError(
      `Invalid value for the parameter 'sort_name': expected a <usage_type>_usage or <usage_type>_percentage field, got '${sortName}'`,
    );
  }
  const tagKeys = tagBreakdownKeysParam(optionalParam(query, 'tag_breakdown_keys'));
  const includeDescendants = booleanParam(query, 'include_descendants', true);
  checkMonthRetained(now, 'start_month', start);
  if (end < start) {
    throw new BadRequestError(
      `end_month [YYYY-MM] must not be before start_month [YYYY-MM]; got start_month ${formatMonth(start)} and end_month ${formatMonth(end)}`,
    );
  }
  return {
    start,
    end,
    fields,
    sortName,
    sortDirection: direction as 'asc' | 'desc',
    tagKeys,
    includeDescendants,
    nextRecordId: optionalParam(query, 'next_record_id'),
  };
}
