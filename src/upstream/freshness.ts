/**
 * How long an upstream page stays fresh, from what it covers. Usage data settles 72 hours after the
 * hour it describes (the upstream's data delay), a month's costs are final on the 16th of the next
 * month: a page whose whole range is settled will not change and is kept long; a page touching
 * unsettled data, estimates and projections, and anything unknown are kept briefly.
 */

/** What the policy looks at: the request, not the answer. */
export interface FreshnessRequest {
  provider: string;
  /** Upstream operationId, e.g. `GetHourlyUsage`. */
  endpoint: string;
  query: ReadonlyArray<readonly [string, string]>;
}

/** Milliseconds an answer to `req` may be served from the cache at wall time `nowMs`; 0: never. */
export type FreshnessPolicy = (req: FreshnessRequest, nowMs: number) => number;

export interface FreshnessSettings {
  /** For pages whose data can no longer change. Defaults to 1 hour. */
  settledTtlMs?: number;
  /** For pages touching data that still changes, estimates, projections and unknown endpoints. Defaults to 60 s. */
  liveTtlMs?: number;
  /** For reference lists (billing dimensions, attribution types) that change rarely. Defaults to 10 minutes. */
  referenceTtlMs?: number;
}

const HOUR_MS = 3_600_000;
/** Usage data is complete this long after the hour it describes. */
export const SETTLE_DELAY_MS = 72 * HOUR_MS;

/** Start of an hour from `YYYY-MM-DDThh` or any ISO-8601 date-time; null when unreadable. */
function hourStart(value: string | undefined): number | null {
  if (value === undefined || value === '') return null;
  const text = /^\d{4}-\d{2}-\d{2}T\d{2}$/.test(value) ? `${value}:00:00Z` : value;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
}

/** Start of the month after a `YYYY-MM` (or an ISO date in that month), plus `days` - 1 days; null when unreadable. */
function monthAfter(value: string | undefined, day = 1): number | null {
  const m = value === undefined ? null : /^(\d{4})-(\d{2})/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (!(month >= 1 && month <= 12)) return null;
  return Date.UTC(year, month, day);
}

/** Start of the day after a `YYYY-MM-DD`; null when unreadable. */
function dayAfter(value: string | undefined): number | null {
  const m = value === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1);
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
  GetMonthlyCostAttribution: 'end_month',
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
  const settled = settings.settledTtlMs ?? HOUR_MS;
  const live = settings.liveTtlMs ?? 60_000;
  const reference = settings.referenceTtlMs ?? 10 * 60_000;
  /** Settled when the data ends (exclusive) at `end` and its delay has passed. */
  const byEnd = (end: number | null, nowMs: number): number =>
    end !== null && end + SETTLE_DELAY_MS <= nowMs ? settled : live;

  return (req, nowMs) => {
    if (req.provider !== 'datadog') return live;
    const param = (name: string): string | undefined => req.query.find(([k]) => k === name)?.[1];
    const { endpoint } = req;
    const hourEnd = HOUR_RANGE_END[endpoint];
    if (hourEnd !== undefined) return byEnd(hourStart(param(hourEnd)), nowMs);
    const monthEnd = MONTH_RANGE_END[endpoint];
    if (monthEnd !== undefined) return byEnd(monthAfter(param(monthEnd)), nowMs);
    switch (endpoint) {
      case 'GetUsageBillableSummary':
        return byEnd(monthAfter(param('month')), nowMs);
      case 'GetUsageTopAvgMetrics': {
        const month = param('month');
        return byEnd(month !== undefined ? monthAfter(month) : dayAfter(param('day')), nowMs);
      }
      case 'GetHistoricalCostByOrg': {
        // A month's costs are final on the 16th of the next month.
        const finalAt = monthAfter(param('end_month'), 16);
        return finalAt !== null && finalAt <= nowMs ? settled : live;
      }
      case 'GetEstimatedCostByOrg':
      case 'GetProjectedCost':
        return live;
      default:
        return REFERENCE_ENDPOINTS.has(endpoint) ? reference : live;
    }
  };
}
