/**
 * GET /api/v1/usage/summary (operationId GetUsageSummary), parent-org keys only. Monthly figures are
 * computed from the same hourly values GetHourlyUsage reports, so the two always agree:
 * `*_top99p` is the nearest-rank 99th percentile of the month's non-null hourly values, `*_avg` their
 * mean (rounded), `*_sum` their sum. Month rows add up the orgs; top-level `*_sum` fields add up the
 * months. Sums are exact integers (bigint), so monthly byte totals beyond 2^53 stay exact in JSON.
 */
import {
  HOUR_MS,
  addMonths,
  formatMonth,
  formatRfc3339,
  parseDateTime,
  parseMonth,
  startOfMonth,
} from '../time/utcTime.js';
import { BadRequestError, jsonResponse } from './apiResponse.js';
import type { ApiResponse } from './apiResponse.js';
import { RETENTION_MONTHS, reportedRange } from './datadogWorld.js';
import type { DatadogWorld, SimOrg } from './datadogWorld.js';
import type { HandlerContext } from './handlerContext.js';
import { aggregateHourly, type HourlyAggregation } from './aggregateHourly.js';
import { booleanParam, optionalParam, requiredParam } from './queryParams.js';

/** A summary field: its names at org/month level and at the top level, and its hourly source. */
export interface SummaryField {
  name: string;
  totalName: string;
  family: string;
  usageType: string;
  aggregation: HourlyAggregation;
}

/** The fields the simulator reports, named as in UsageSummaryDateOrg/UsageSummaryDate/UsageSummaryResponse. */
export const SUMMARY_FIELDS: readonly SummaryField[] = [
  {
    name: 'agent_host_top99p',
    totalName: 'agent_host_top99p_sum',
    family: 'infra_hosts',
    usageType: 'agent_host_count',
    aggregation: 'top99p',
  },
  {
    name: 'apm_host_top99p',
    totalName: 'apm_host_top99p_sum',
    family: 'infra_hosts',
    usageType: 'apm_host_count',
    aggregation: 'top99p',
  },
  {
    name: 'infra_host_top99p',
    totalName: 'infra_host_top99p_sum',
    family: 'infra_hosts',
    usageType: 'host_count',
    aggregation: 'top99p',
  },
  {
    name: 'container_avg',
    totalName: 'container_avg_sum',
    family: 'infra_hosts',
    usageType: 'container_count',
    aggregation: 'avg',
  },
  {
    name: 'ingested_events_bytes_sum',
    totalName: 'ingested_events_bytes_agg_sum',
    family: 'logs',
    usageType: 'ingested_events_bytes',
    aggregation: 'sum',
  },
  {
    name: 'indexed_events_count_sum',
    totalName: 'indexed_events_count_agg_sum',
    family: 'logs',
    usageType: 'indexed_events_count',
    aggregation: 'sum',
  },
  {
    name: 'custom_ts_avg',
    totalName: 'custom_ts_sum',
    family: 'timeseries',
    usageType: 'num_custom_timeseries',
    aggregation: 'avg',
  },
];

const NON_PARENT = 'API called with non-parent org keys. Data is only available at the root level org';

/** One org's figures for the reported hours `[fromMs, toMs)`. */
export function orgFigures(world: DatadogWorld, org: SimOrg, fromMs: number, toMs: number): Record<string, bigint> {
  const figures: Record<string, bigint> = {};
  for (const field of SUMMARY_FIELDS) {
    const values: number[] = [];
    for (let t = fromMs; t < toMs; t += HOUR_MS) {
      const v = world.value(org.publicId, field.family, field.usageType, new Date(t));
      if (typeof v === 'number') values.push(v);
    }
    figures[field.name] = aggregateHourly(values, field.aggregation);
  }
  return figures;
}

function monthParam(query: URLSearchParams, name: string, required: boolean): Date | undefined {
  const text = required ? requiredParam(query, name) : optionalParam(query, name);
  if (text === undefined) return undefined;
  const parsed = parseMonth(text) ?? parseDateTime(text);
  if (!parsed) {
    throw new BadRequestError(
      `Invalid value for the parameter '${name}': expected an ISO-8601 date-time in UTC precise to the month [YYYY-MM], got '${text}'`,
    );
  }
  return startOfMonth(parsed);
}

/** Serves the summary; throws {@link BadRequestError} for invalid parameters or child-org keys. */
export function getUsageSummary(ctx: HandlerContext): ApiResponse {
  const { world, org } = ctx;
  const start = monthParam(ctx.query, 'start_month', true) as Date;
  const end = monthParam(ctx.query, 'end_month', false) ?? startOfMonth(world.now);
  const includeOrgDetails = booleanParam(ctx.query, 'include_org_details', false);
  booleanParam(ctx.query, 'include_connected_accounts', false);
  if (org.parentPublicId !== null) throw new BadRequestError(NON_PARENT);
  const earliest = startOfMonth(addMonths(world.now, -RETENTION_MONTHS));
  if (start < earliest) {
    throw new BadRequestError(
      `Invalid value for the parameter 'start_month': expected a month at most ${RETENTION_MONTHS} months ago (${formatMonth(earliest)} or later), got '${formatMonth(start)}'`,
    );
  }
  if (end < start) {
    throw new BadRequestError(
      `end_month [YYYY-MM] must not be before start_month [YYYY-MM]; got start_month ${formatMonth(start)} and end_month ${formatMonth(end)}`,
    );
  }

  const totals: Record<string, bigint> = Object.fromEntries(SUMMARY_FIELDS.map((f) => [f.totalName, 0n]));
  const usage: Record<string, unknown>[] = [];
  let lastReportedMs: number | null = null;
  for (let month = start; month <= end; month = addMonths(month, 1)) {
    const { startMs, endMs } = reportedRange(world.now, month, addMonths(month, 1));
    if (endMs <= startMs) continue;
    lastReportedMs = endMs - HOUR_MS;
    const monthFigures: Record<string, bigint> = Object.fromEntries(SUMMARY_FIELDS.map((f) => [f.name, 0n]));
    const orgs = world.orgs.map((member) => {
      const figures = orgFigures(world, member, startMs, endMs);
      for (const field of SUMMARY_FIELDS)
        monthFigures[field.name] = (monthFigures[field.name] ?? 0n) + (figures[field.name] ?? 0n);
      return {
        id: member.publicId,
        name: member.name,
        public_id: member.publicId,
        region: member.region,
        account_name: world.parent.name,
        account_public_id: world.parent.publicId,
        ...figures,
      };
    });
    for (const field of SUMMARY_FIELDS)
      totals[field.totalName] = (totals[field.totalName] ?? 0n) + (monthFigures[field.name] ?? 0n);
    usage.push({
      date: formatRfc3339(month),
      ...(includeOrgDetails ? { orgs } : {}),
      ...monthFigures,
    });
  }
  const lastDay = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0));
  const lastUpdated = lastReportedMs ?? Math.max(start.getTime(), world.now.getTime() - HOUR_MS);
  return jsonResponse(200, {
    start_date: formatRfc3339(start),
    end_date: formatRfc3339(lastDay),
    last_updated: formatRfc3339(new Date(lastUpdated)),
    usage,
    ...totals,
  });
}
