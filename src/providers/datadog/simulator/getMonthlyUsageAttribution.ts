/**
 * GET /api/v1/usage/monthly-attribution (operationId GetMonthlyUsageAttribution): one record per
 * (reported month, org in scope, breakdown row), ordered by month, org (caller first, then its
 * children), then row, or by `sort_name` when given. Computed from the same hourly values as
 * GetHourlyUsage and the same tag-group split as hourly attribution:
 *
 * - `<type>_usage`: the row's hourly values over the month's reported hours (each hour's value split
 *   over the org's tag groups, the row's groups added up), aggregated with the billing dimension's
 *   aggregation (top99p / sum / avg) in the usage type's own unit: no billing divisor, so bytes stay
 *   bytes and events stay events. For `sum` types the rows of an org add up to its monthly sum.
 * - `<type>_percentage`: the row's usage over the month's total usage of every row of the response's
 *   scope (the caller, plus its children with include_descendants), times 100, rounded to 4 decimals:
 *   per month and field they add up to 100 (within rounding), or are all 0 when there was no usage.
 *
 * Fields of usage types the simulator does not bill are not reported (absent from `values` and from
 * the aggregates). `metadata.aggregates` holds one `sum` per reported requested field, over every
 * record of the response (all pages), on every page.
 */
import { HOUR_MS, addMonths, formatRfc3339 } from '../../../time/utcTime.js';
import { aggregateHourly } from './aggregateHourly.js';
import { jsonResponse, type ApiResponse } from '../../../simulator/apiResponse.js';
import { pageBounds } from './pageBounds.js';
import { DIMENSION_BY_ATTRIBUTION_TYPE, type BillingDimension } from './billingCatalog.js';
import { queryFingerprint } from './recordCursor.js';
import { childrenOf, reportedRange, type DatadogWorld, type SimOrg } from './datadogWorld.js';
import type { HandlerContext } from './handlerContext.js';
import { parseMonthlyAttributionQuery, type MonthlyAttributionQuery } from './monthlyAttributionQuery.js';
import { breakdownRows, splitOverGroups, tagConfigSource, tagGroupsOf, type BreakdownRow } from './tagGroups.js';

/** One record of the response (`MonthlyUsageAttributionBody`). */
export interface MonthlyAttributionRecord {
  month: string;
  org_name: string;
  public_id: string;
  region: string;
  tag_config_source: string;
  tags: Record<string, string[]> | null;
  updated_at: string;
  values: Record<string, number>;
}

/** One aggregate (`UsageAttributionAggregatesBody`). */
export interface AttributionAggregate {
  agg_type: string;
  field: string;
  value: number;
}

interface Row {
  month: Date;
  org: SimOrg;
  row: BreakdownRow;
  /** Usage by usage-type base (`infra_host`). */
  usage: Map<string, number>;
  /** Percentage by usage-type base. */
  percentage: Map<string, number>;
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/** `infra_host_usage` -> `infra_host`; the part a field's suffix is added to. */
function baseOf(field: string): string {
  return field.replace(/_(usage|percentage)$/, '');
}

function dimensionOf(base: string): BillingDimension | undefined {
  return DIMENSION_BY_ATTRIBUTION_TYPE.get(`${base}_usage`);
}

/** The usage of each row of `org` in `[fromMs, toMs)` for one dimension. */
function rowUsage(
  world: DatadogWorld,
  org: SimOrg,
  dimension: BillingDimension,
  rows: readonly BreakdownRow[],
  fromMs: number,
  toMs: number,
): number[] {
  const groups = tagGroupsOf(world.seed, org);
  const series: number[][] = rows.map(() => []);
  for (let t = fromMs; t < toMs; t += HOUR_MS) {
    const value = world.value(org.publicId, dimension.family, dimension.usageType, new Date(t));
    if (typeof value !== 'number') continue;
    const parts = splitOverGroups(value, groups);
    rows.forEach((row, r) => series[r]?.push(row.groups.reduce((sum, g) => sum + (parts[g] as number), 0)));
  }
  return series.map((values) => Number(aggregateHourly(values, dimension.aggregation)));
}

function fieldValue(row: Row, field: string): number | undefined {
  const base = baseOf(field);
  return field.endsWith('_percentage') ? row.percentage.get(base) : row.usage.get(base);
}

function fingerprintOf(org: SimOrg, q: MonthlyAttributionQuery): string {
  return queryFingerprint([
    'GetMonthlyUsageAttribution',
    org.publicId,
    q.start.getTime(),
    q.end.getTime(),
    q.fields.join(','),
    q.sortName ?? '',
    q.sortDirection,
    q.tagKeys.join(','),
    q.includeDescendants,
  ]);
}

/** Every row of the query in response order (before `values` are written). */
function attributionRows(ctx: HandlerContext, q: MonthlyAttributionQuery): Row[] {
  const { world, org } = ctx;
  const scope = q.includeDescendants ? [org, ...childrenOf(world, org)] : [org];
  const bases = [...new Set([...q.fields, ...(q.sortName ? [q.sortName] : [])].map(baseOf))].filter((b) =>
    dimensionOf(b),
  );
  const out: Row[] = [];
  for (let month = q.start; month <= q.end; month = addMonths(month, 1)) {
    const { startMs, endMs } = reportedRange(world.now, month, addMonths(month, 1));
    if (endMs <= startMs) continue;
    const monthRows: Row[] = [];
    for (const member of scope) {
      const rows = breakdownRows(tagGroupsOf(world.seed, member), q.tagKeys);
      const usage = rows.map(() => new Map<string, number>());
      for (const base of bases) {
        const quantities = rowUsage(world, member, dimensionOf(base) as BillingDimension, rows, startMs, endMs);
        quantities.forEach((quantity, r) => usage[r]?.set(base, quantity));
      }
      rows.forEach((row, r) =>
        monthRows.push({ month, org: member, row, usage: usage[r] as Map<string, number>, percentage: new Map() }),
      );
    }
    for (const base of bases) {
      const total = monthRows.reduce((sum, r) => sum + (r.usage.get(base) ?? 0), 0);
      for (const r of monthRows)
        r.percentage.set(base, total === 0 ? 0 : round4(((r.usage.get(base) ?? 0) / total) * 100));
    }
    out.push(...monthRows);
  }
  if (q.sortName !== null) {
    const sign = q.sortDirection === 'asc' ? 1 : -1;
    const name = q.sortName;
    const keyed = out.map((row, i) => ({ row, i, key: fieldValue(row, name) ?? 0 }));
    keyed.sort((a, b) => sign * (a.key - b.key) || a.i - b.i);
    return keyed.map((k) => k.row);
  }
  return out;
}

/** The response's records and aggregates, all pages together. */
export function monthlyAttribution(
  ctx: HandlerContext,
  q: MonthlyAttributionQuery,
): { records: MonthlyAttributionRecord[]; aggregates: AttributionAggregate[] } {
  const rows = attributionRows(ctx, q);
  const reported = q.fields.filter((f) => dimensionOf(baseOf(f)));
  const records = rows.map((r): MonthlyAttributionRecord => {
    const monthEnd = addMonths(r.month, 1).getTime();
    const values: Record<string, number> = {};
    for (const field of reported) values[field] = fieldValue(r, field) ?? 0;
    return {
      month: formatRfc3339(r.month),
      org_name: r.org.name,
      public_id: r.org.publicId,
      region: r.org.region,
      tag_config_source: tagConfigSource(r.org),
      tags: r.row.tags,
      updated_at: new Date(Math.min(monthEnd, ctx.world.now.getTime())).toISOString().replace('.000Z', 'Z'),
      values,
    };
  });
  const aggregates = reported.map((field) => ({
    agg_type: 'sum',
    field,
    value: round4(records.reduce((sum, r) => sum + (r.values[field] ?? 0), 0)),
  }));
  return { records, aggregates };
}

/** Serves one page; throws BadRequestError for invalid parameters. */
export function getMonthlyUsageAttribution(ctx: HandlerContext): ApiResponse {
  const q = parseMonthlyAttributionQuery(ctx.query, ctx.world.now);
  const { records, aggregates } = monthlyAttribution(ctx, q);
  const page = pageBounds(q.nextRecordId, fingerprintOf(ctx.org, q), records.length, ctx.maxPageSize, {
    nullReadsPastEnd: true,
  });
  return jsonResponse(200, {
    usage: records.slice(page.offset, page.stop),
    metadata: { pagination: { next_record_id: page.next }, aggregates },
  });
}
