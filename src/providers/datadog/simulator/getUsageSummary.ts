/**
 * GET /api/v1/usage/summary (operationId GetUsageSummary), parent-org keys only. Monthly figures are
 * computed from the same hourly values GetHourlyUsage reports, so the two always agree:
 * `*_top99p` is the nearest-rank 99th percentile of the month's non-null hourly values, `*_avg` their
 * mean (rounded), `*_hwm` their maximum, `*_sum` their sum. Month rows add up the orgs; top-level
 * fields add up the months. Sums are exact integers (bigint), so monthly byte totals beyond 2^53
 * stay exact in JSON. The figures reported are listed in {@link SUMMARY_FIELDS}.
 */
import { LRUCache } from 'lru-cache';
import { HOUR_MS, addMonths, formatMonth, formatRfc3339, startOfMonth } from '../../../time/utcTime.js';
import { BadRequestError, jsonResponse } from '../../../simulator/apiResponse.js';
import type { ApiResponse } from '../../../simulator/apiResponse.js';
import { reportedRange } from './datadogWorld.js';
import type { DatadogWorld, SimOrg } from './datadogWorld.js';
import type { HandlerContext } from './handlerContext.js';
import { aggregateHourly } from './aggregateHourly.js';
import { booleanParam } from '../../../simulator/queryParams.js';
import { checkMonthRetained } from './checkMonthRetained.js';
import { monthParam } from '../../../simulator/queryParams.js';
import { SUMMARY_FIELDS, type SummaryAggregation, type SummaryField } from './summaryFields.js';

export { SUMMARY_FIELDS };
export type { SummaryField };

/** A month of an org's hourly values as one figure. */
function aggregate(values: readonly number[], aggregation: SummaryAggregation): bigint {
  if (aggregation !== 'hwm') return aggregateHourly(values, aggregation);
  return values.length === 0 ? 0n : BigInt(Math.max(...values));
}

/**
 * Figures already computed, per world, keyed by the world's data version, org and range: every
 * operation that reads the org directory asks for a summary, and one month of one org reads ~50,000
 * hourly values. The key changes with any pin or data-delay change, so a cached figure is never stale.
 */
const figureCache = new WeakMap<DatadogWorld, LRUCache<string, bigint[]>>();

/** One org's figures for the reported hours `[fromMs, toMs)`, by field (index into SUMMARY_FIELDS). */
export function orgFigures(world: DatadogWorld, org: SimOrg, fromMs: number, toMs: number): bigint[] {
  let cache = figureCache.get(world);
  if (cache === undefined) {
    cache = new LRUCache<string, bigint[]>({ max: 1024 });
    figureCache.set(world, cache);
  }
  const key = `${world.dataVersion}|${org.publicId}|${fromMs}|${toMs}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const figures = computeOrgFigures(world, org, fromMs, toMs);
  cache.set(key, figures);
  return figures;
}

function computeOrgFigures(world: DatadogWorld, org: SimOrg, fromMs: number, toMs: number): bigint[] {
  const series = new Map<string, number[]>();
  return SUMMARY_FIELDS.map((field) => {
    const key = `${field.family}|${field.usageType}`;
    let values = series.get(key);
    if (values === undefined) {
      values = [];
      for (let t = fromMs; t < toMs; t += HOUR_MS) {
        const v = world.value(org.publicId, field.family, field.usageType, new Date(t));
        if (typeof v === 'number') values.push(v);
      }
      series.set(key, values);
    }
    return aggregate(values, field.aggregation);
  });
}

/** The figures under their names at one level; fields the level lacks are left out. */
function named(level: 'name' | 'monthName' | 'totalName', figures: readonly bigint[]): Record<string, bigint> {
  const out: Record<string, bigint> = {};
  SUMMARY_FIELDS.forEach((field, i) => {
    const name = field[level];
    if (name !== null) out[name] = figures[i] ?? 0n;
  });
  return out;
}

const add = (a: readonly bigint[], b: readonly bigint[]): bigint[] => a.map((x, i) => x + (b[i] ?? 0n));

/** Serves the summary; throws {@link BadRequestError} for invalid parameters or child-org keys. */
export function getUsageSummary(ctx: HandlerContext): ApiResponse {
  const { world } = ctx;
  const start = monthParam(ctx.query, 'start_month', true) as Date;
  const end = monthParam(ctx.query, 'end_month', false) ?? startOfMonth(world.now);
  const includeOrgDetails = booleanParam(ctx.query, 'include_org_details', false);
  booleanParam(ctx.query, 'include_connected_accounts', false);
  checkMonthRetained(world.now, 'start_month', start);
  if (end < start) {
    throw new BadRequestError(
      `end_month [YYYY-MM] must not be before start_month [YYYY-MM]; got start_month ${formatMonth(start)} and end_month ${formatMonth(end)}`,
    );
  }

  const zero = SUMMARY_FIELDS.map(() => 0n);
  let totals = zero;
  const usage: Record<string, unknown>[] = [];
  let lastReportedMs: number | null = null;
  for (let month = start; month <= end; month = addMonths(month, 1)) {
    const { startMs, endMs } = reportedRange(world.now, month, addMonths(month, 1));
    if (endMs <= startMs) continue;
    lastReportedMs = endMs - HOUR_MS;
    let monthFigures = zero;
    const orgs = world.orgs.map((member) => {
      const figures = orgFigures(world, member, startMs, endMs);
      monthFigures = add(monthFigures, figures);
      return {
        id: member.publicId,
        name: member.name,
        public_id: member.publicId,
        region: member.region,
        account_name: world.parent.name,
        account_public_id: world.parent.publicId,
        ...named('name', figures),
      };
    });
    totals = add(totals, monthFigures);
    usage.push({
      date: formatRfc3339(month),
      ...(includeOrgDetails ? { orgs } : {}),
      ...named('monthName', monthFigures),
    });
  }
  const lastDay = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0));
  const lastUpdated = lastReportedMs ?? Math.max(start.getTime(), world.now.getTime() - HOUR_MS);
  return jsonResponse(200, {
    start_date: formatRfc3339(start),
    end_date: formatRfc3339(lastDay),
    last_updated: formatRfc3339(new Date(lastUpdated)),
    usage,
    ...named('totalName', totals),
  });
}
