/**
 * Parsing and validation of GET /api/v2/usage/hourly_usage parameters, in the order Datadog applies
 * them. Every failure is a {@link BadRequestError} whose message names the parameter, what was
 * expected and what came.
 */
import { PRODUCT_FAMILIES, isProductFamily } from '../api/productFamilies.js';
import { DAY_MS, HOUR_MS, addMonths, formatHour } from '../../../time/utcTime.js';
import { MULTI_ORG_WINDOW_HOURS, SINGLE_ORG_WINDOW_MONTHS } from '../api/usageLimits.js';
import { BadRequestError } from '../../../simulator/apiResponse.js';
import { booleanParam, hourParam, optionalParam, requiredParam } from '../../../simulator/queryParams.js';

/** The most records one page may hold, whatever `page[limit]` asks. */
export const MAX_PAGE_LIMIT = 500;
/** The only version every family has today. */
export const FAMILY_VERSIONS: readonly string[] = ['1.0.0'];

/** A validated hourly-usage query. */
export interface HourlyUsageQuery {
  /** Floored to the hour. */
  start: Date;
  /** Exclusive, floored to the hour; defaults to start + 24 h. */
  end: Date;
  /** Requested families, deduplicated, in catalog order (`all` expanded). */
  families: string[];
  includeDescendants: boolean;
  includeConnectedAccounts: boolean;
  includeBreakdown: boolean;
  /** Normalized `filter[versions]` (sorted entries), '' when absent. */
  versions: string;
  limit: number;
  /** Raw `page[next_record_id]`, validated by the handler (it needs the caller's org). */
  nextRecordId: string | undefined;
}

function invalid(name: string, expected: string, got: string): BadRequestError {
  return new BadRequestError(`Invalid value for the parameter '${name}': expected ${expected}, got '${got}'`);
}

function familiesParam(query: URLSearchParams): string[] {
  const name = 'filter[product_families]';
  const text = requiredParam(query, name);
  const wanted = new Set<string>();
  for (const raw of text.split(',')) {
    const family = raw.trim();
    if (family === 'all') PRODUCT_FAMILIES.forEach((f) => wanted.add(f));
    else if (isProductFamily(family)) wanted.add(family);
    else {
      throw new BadRequestError(
        `Invalid value for the parameter '${name}': unknown product family '${family}'; expected 'all' or a comma-separated list of: ${PRODUCT_FAMILIES.join(', ')}`,
      );
    }
  }
  return PRODUCT_FAMILIES.filter((f) => wanted.has(f));
}

function versionsParam(query: URLSearchParams): string {
  const name = 'filter[versions]';
  const text = optionalParam(query, name);
  if (text === undefined) return '';
  const entries = text.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    const m = /^([a-z0-9_]+):(\d+\.\d+\.\d+)$/.exec(entry);
    if (!m) throw invalid(name, 'a comma-separated list of product_family:version such as infra_hosts:1.0.0', text);
    const [, family = '', version = ''] = m;
    if (!isProductFamily(family)) throw invalid(name, 'known product families in product_family:version', text);
    if (!FAMILY_VERSIONS.includes(version)) {
      throw invalid(name, `a version of ${family} among ${FAMILY_VERSIONS.join(', ')}`, entry);
    }
  }
  return [...new Set(entries)].sort().join(',');
}

function limitParam(query: URLSearchParams): number {
  const name = 'page[limit]';
  const text = optionalParam(query, name);
  if (text === undefined) return MAX_PAGE_LIMIT;
  const n = /^\d{1,9}$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1 && n <= MAX_PAGE_LIMIT)) throw invalid(name, `an integer between 1 and ${MAX_PAGE_LIMIT}`, text);
  return n;
}

/** Validates the whole query; the time window rules are checked last. */
export function parseHourlyUsageQuery(query: URLSearchParams): HourlyUsageQuery {
  const start = hourParam(query, 'filter[timestamp][start]', true) as Date;
  const end = hourParam(query, 'filter[timestamp][end]', false) ?? new Date(start.getTime() + DAY_MS);
  const families = familiesParam(query);
  const includeDescendants = booleanParam(query, 'filter[include_descendants]', false);
  const includeConnectedAccounts = booleanParam(query, 'filter[include_connected_accounts]', false);
  const includeBreakdown = booleanParam(query, 'filter[include_breakdown]', false);
  const versions = versionsParam(query);
  const limit = limitParam(query);

  if (start.getTime() >= end.getTime()) {
    throw new BadRequestError('start_hr [YYYY-MM-DDThh] must be before end_hr [YYYY-MM-DDThh]');
  }
  const hours = (end.getTime() - start.getTime()) / HOUR_MS;
  if (includeDescendants && hours > MULTI_ORG_WINDOW_HOURS) {
    throw new BadRequestError(
      `Hourly usage for multiple organizations (filter[include_descendants]=true) is limited to ${MULTI_ORG_WINDOW_HOURS} hours per request; got ${hours} hours from ${formatHour(start)} to ${formatHour(end)}`,
    );
  }
  if (end.getTime() > addMonths(start, SINGLE_ORG_WINDOW_MONTHS).getTime()) {
    throw new BadRequestError(
      `Hourly usage for a single organization is limited to ${SINGLE_ORG_WINDOW_MONTHS} months per request; got ${formatHour(start)} to ${formatHour(end)} (${hours} hours), the latest end for this start is ${formatHour(addMonths(start, SINGLE_ORG_WINDOW_MONTHS))}`,
    );
  }
  return {
    start,
    end,
    families,
    includeDescendants,
    includeConnectedAccounts,
    includeBreakdown,
    versions,
    limit,
    nextRecordId: optionalParam(query, 'page[next_record_id]'),
  };
}
