/**
 * How long an upstream page stays fresh, from what it covers. Usage data settles 72 hours after the
 * hour it describes (the upstream's data delay), a month's costs are final on the 16th of the next
 * month (cost attribution on the 19th): a page whose whole range is settled will not change and is kept long; a page touching
 * unsettled data, estimates and projections, and anything unknown are kept briefly.
 */

import type { FreshnessPolicy, FreshnessSettings } from '../../upstream/upstreamPolicy.js';
import { freshnessTtls } from '../../upstream/upstreamPolicy.js';
import { DAY_MS, HOUR_MS, addMonths, floorToDay, parseDateTime, parseMonth, startOfMonth } from '../../time/utcTime.js';
import { COST_ATTRIBUTION_FINAL_DAY, COST_FINAL_DAY, costFinalizedAt } from './api/costLimits.js';
import { DATA_DELAY_HOURS } from './api/usageLimits.js';

/** Usage data is complete this long after the hour it describes. */
const SETTLE_DELAY_MS = DATA_DELAY_HOURS * HOUR_MS;

/** An instant from a query parameter (`YYYY-MM-DDThh`, `YYYY-MM(-DD)` or ISO-8601); null when absent or unreadable. */
function instant(value: string | undefined): Date | null {
  if (value === undefined || value === '') return null;
  return parseMonth(value) ?? parseDateTime(value);
}

/** Start of the month after the one `value` names; null when unreadable. */
function monthAfter(value: string | undefined): number | null {
  const t = instant(value);
  return t === null ? null : addMonths(startOfMonth(t), 1).getTime();
}

/** Start of the day after the one `value` names; null when unreadable. */
function dayAfter(value: string | undefined): number | null {
  const t = instant(value);
  return t === null ? null : floorToDay(t).getTime() + DAY_MS;
}

/** Hour-ranged endpoints and their exclusive end parameter. */
const HOUR_RANGE_END: Readonly<Record<string, string>> = {
  GetHourlyUsage: 'filter[timestamp][end]',
  GetHourlyUsageAttribution: 'end_hr',
  GetUsageNetworkFlows: 'end_hr',
};

/** Month-ranged endpoints and their (inclusive) last-month parameter. */
const MONTH_RANGE_END: Readonly<Record<string, string>> = {
  GetUsageSummary: 'end_month',
  GetMonthlyUsageAttribution: 'end_month',
};

const REFERENCE_ENDPOINTS = new Set([
  'GetActiveBillingDimensions',
  'GetBillingDimensionMapping',
  'GetUsageAttributionTypes',
]);

/**
 * The Datadog freshness policy. A range whose end parameter is missing runs to "now" and is live;
 * month parameters are read as inclusive (the conservative reading of "usage ending this month").
 */
export function createDatadogFreshness(settings: FreshnessSettings = {}): FreshnessPolicy {
  const { settledTtlMs: settled, liveTtlMs: live, referenceTtlMs: reference } = freshnessTtls(settings);
  /** Settled when the data ends (exclusive) at `end` and its delay has passed. */
  const byEnd = (end: number | null, nowMs: number): number =>
    end !== null && end + SETTLE_DELAY_MS <= nowMs ? settled : live;

  return (req, nowMs) => {
    const param = (name: string): string | undefined => req.query.find(([k]) => k === name)?.[1];
    const { endpoint } = req;
    const hourEnd = HOUR_RANGE_END[endpoint];
    if (hourEnd !== undefined) return byEnd(instant(param(hourEnd))?.getTime() ?? null, nowMs);
    const monthEnd = MONTH_RANGE_END[endpoint];
    if (monthEnd !== undefined) return byEnd(monthAfter(param(monthEnd)), nowMs);
    switch (endpoint) {
      case 'GetUsageBillableSummary':
        return byEnd(monthAfter(param('month')), nowMs);
      case 'GetUsageTopAvgMetrics': {
        const month = param('month');
        return byEnd(month !== undefined ? monthAfter(month) : dayAfter(param('day')), nowMs);
      }
      case 'GetHistoricalCostByOrg':
      case 'GetMonthlyCostAttribution': {
        const month = instant(param('end_month'));
        const day = endpoint === 'GetHistoricalCostByOrg' ? COST_FINAL_DAY : COST_ATTRIBUTION_FINAL_DAY;
        return month !== null && costFinalizedAt(month, day).getTime() <= nowMs ? settled : live;
      }
      case 'GetEstimatedCostByOrg':
      case 'GetProjectedCost':
        return live;
      default:
        return REFERENCE_ENDPOINTS.has(endpoint) ? reference : live;
    }
  };
}
