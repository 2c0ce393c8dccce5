/**
 * GET /api/v2/cost_by_tag/monthly_cost_attribution (GetMonthlyCostAttribution), parent-org keys only.
 * One `cost_by_tag` record per (closed month, org, tag breakdown row), in month order, then org
 * order (parent first), then breakdown-row order (or by a dimension's total cost with `sort_name`);
 * paged with an opaque `next_record_id`.
 *
 * A row's cost is its org's cost for the dimension (from {@link monthBill}, the same figures
 * GetHistoricalCostByOrg reports for the month) split over the org's tag groups by weight, in
 * micro-dollars by largest remainder, so the rows of an org add up exactly to its cost. Like the
 * historical cost, only closed months are reported (the current month is absent).
 */
import { addMonths, formatMonth, formatRfc3339, startOfMonth } from '../../../time/utcTime.js';
import { COST_ATTRIBUTION_SUFFIXES, type CostAttributionSuffix } from '../api/costAttributionSuffixes.js';
import { BadRequestError, jsonResponse, type ApiResponse } from '../../../simulator/apiResponse.js';
import { monthBill } from './billing.js';
import { BILLING_DIMENSIONS, DIMENSION_BY_ID } from './billingCatalog.js';
import { checkOrder, checkRetention } from './costParams.js';
import { queryFingerprint } from './recordCursor.js';
import type { SimOrg } from './datadogWorld.js';
import type { HandlerContext } from './handlerContext.js';
import { sha256Hex } from '../../../simulator/hashing.js';
import { pageBounds } from './pageBounds.js';
import { booleanParam, monthParam, optionalParam, requiredParam } from '../../../simulator/queryParams.js';
import { tagBreakdownKeysParam } from './tagBreakdownKeysParam.js';
import { breakdownRows, splitOverGroups, tagConfigSource, tagGroupsOf } from './tagGroups.js';

/** One record of the response. */
export interface CostAttributionRecord {
  id: string;
  type: 'cost_by_tag';
  attributes: {
    month: string;
    org_name: string;
    public_id: string;
    tag_config_source: string;
    tags: Record<string, string[]> | null;
    updated_at: string;
    values: Record<string, number>;
  };
}

interface Field {
  name: string;
  dimensionIndex: number;
  suffix: CostAttributionSuffix;
}

const ALL_FIELDS: readonly Field[] = BILLING_DIMENSIONS.flatMap((d, dimensionIndex) =>
  COST_ATTRIBUTION_SUFFIXES.map((suffix) => ({ name: `${d.id}_${suffix}`, dimensionIndex, suffix })),
);
const FIELD_BY_NAME = new Map(ALL_FIELDS.map((f) => [f.name, f]));

function fieldsParam(query: URLSearchParams): Field[] {
  const text = requiredParam(query, 'fields');
  const names = text.split(',').map((f) => f.trim());
  if (names.includes('*')) return [...ALL_FIELDS];
  const out = new Map<string, Field>();
  for (const name of names) {
    const field = FIELD_BY_NAME.get(name);
    if (!field) {
      throw new BadRequestError(
        `Invalid value for the parameter 'fields': unknown field '${name}'; expected '*' or <billing_dimension>_<${COST_ATTRIBUTION_SUFFIXES.join('|')}> for an active billing dimension`,
      );
    }
    out.set(name, field);
  }
  return [...out.values()];
}

function sortDirectionParam(query: URLSearchParams): 'asc' | 'desc' {
  const text = optionalParam(query, 'sort_direction');
  if (text === undefined) return 'desc';
  if (text === 'asc' || text === 'desc') return text;
  throw new BadRequestError(
    `Invalid value for the parameter 'sort_direction': expected 'desc' or 'asc', got '${text}'`,
  );
}

function sortNameParam(query: URLSearchParams): number | null {
  const text = optionalParam(query, 'sort_name');
  if (text === undefined) return null;
  const index = BILLING_DIMENSIONS.findIndex((d) => d.id === text);
  if (index < 0 || !DIMENSION_BY_ID.has(text)) {
    throw new BadRequestError(
      `Invalid value for the parameter 'sort_name': expected an active billing dimension such as infra_host, got '${text}'`,
    );
  }
  return index;
}

function keysParam(query: URLSearchParams): string[] | null {
  const keys = tagBreakdownKeysParam(optionalParam(query, 'tag_breakdown_keys'));
  return keys.length === 0 ? null : keys;
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/** A row before field selection: per dimension, its committed and on-demand micro-dollars and shares. */
interface FullRow {
  org: SimOrg;
  month: Date;
  tags: Record<string, string[]> | null;
  updatedAt: string;
  /** Per dimension. */
  committed: number[];
  onDemand: number[];
  percentageInOrg: number[];
  percentageInAccount: number[];
}

function valueOf(row: FullRow, field: Field): number {
  const i = field.dimensionIndex;
  switch (field.suffix) {
    case 'on_demand_cost':
      return (row.onDemand[i] ?? 0) / 1e6;
    case 'committed_cost':
      return (row.committed[i] ?? 0) / 1e6;
    case 'total_cost':
      return ((row.committed[i] ?? 0) + (row.onDemand[i] ?? 0)) / 1e6;
    case 'percentage_in_org':
      return row.percentageInOrg[i] ?? 0;
    case 'percentage_in_account':
      return row.percentageInAccount[i] ?? 0;
  }
}

function rowsOfMonth(ctx: HandlerContext, month: Date, orgs: readonly SimOrg[], keys: string[] | null): FullRow[] {
  const { world } = ctx;
  const bill = monthBill(world, month);
  const lastHour = bill.dimensions[0]?.account.lastHour ?? month;
  const updatedAt = lastHour.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const rows: FullRow[] = [];
  for (const org of orgs) {
    const orgIndex = world.orgs.indexOf(org);
    const groups = tagGroupsOf(world.seed, org);
    const split = bill.dimensions.map((d) => {
      const line = d.orgs[orgIndex];
      return {
        committed: splitOverGroups(Math.round((line?.committedCost ?? 0) * 1e6), groups),
        onDemand: splitOverGroups(Math.round((line?.onDemandCost ?? 0) * 1e6), groups),
        percentageInAccount: line?.percentageInAccount ?? 0,
      };
    });
    for (const row of breakdownRows(groups, keys)) {
      const weight = row.groups.reduce((acc, g) => acc + (groups[g]?.weight ?? 0), 0);
      const sum = (parts: number[]): number => row.groups.reduce((acc, g) => acc + (parts[g] ?? 0), 0);
      rows.push({
        org,
        month,
        tags: row.tags,
        updatedAt,
        committed: split.map((s) => sum(s.committed)),
        onDemand: split.map((s) => sum(s.onDemand)),
        percentageInOrg: split.map(() => round4(weight / 10)),
        percentageInAccount: split.map((s) => round4((s.percentageInAccount * weight) / 1000)),
      });
    }
  }
  return rows;
}

/** Serves one page; throws {@link BadRequestError} for invalid parameters or child-org keys. */
export function getMonthlyCostAttribution(ctx: HandlerContext): ApiResponse {
  const { world, org, query } = ctx;
  const start = monthParam(query, 'start_month', true) as Date;
  const end = monthParam(query, 'end_month', false) ?? startOfMonth(world.now);
  const fields = fieldsParam(query);
  const direction = sortDirectionParam(query);
  const sortIndex = sortNameParam(query);
  const keys = keysParam(query);
  const includeDescendants = booleanParam(query, 'include_descendants', true);
  checkRetention('start_month', start, world.now);
  checkOrder('start_month', start, 'end_month', end, formatMonth);

  const orgs = includeDescendants ? world.orgs : [org];
  const all: FullRow[] = [];
  for (let month = start; month <= end && addMonths(month, 1) <= world.now; month = addMonths(month, 1)) {
    const rows = rowsOfMonth(ctx, month, orgs, keys);
    if (sortIndex !== null) {
      const total = (r: FullRow): number => (r.committed[sortIndex] ?? 0) + (r.onDemand[sortIndex] ?? 0);
      const sign = direction === 'asc' ? 1 : -1;
      rows.sort((a, b) => sign * (total(a) - total(b))); // stable: ties keep their natural order
    }
    all.push(...rows);
  }

  const fingerprint = queryFingerprint([
    'GetMonthlyCostAttribution',
    org.publicId,
    start.getTime(),
    end.getTime(),
    fields.map((f) => f.name).join(','),
    direction,
    sortIndex ?? -1,
    keys?.join(',') ?? '',
    includeDescendants,
  ]);
  const page = pageBounds(optionalParam(query, 'next_record_id'), fingerprint, all.length, ctx.maxPageSize, {
    invalidMessage: (raw) =>
      `Invalid value for the parameter 'next_record_id': expected a next_record_id returned by this endpoint for the same parameters, got '${raw}'`,
  });

  const data: CostAttributionRecord[] = all.slice(page.offset, page.stop).map((row) => {
    const month = formatRfc3339(row.month);
    return {
      id: sha256Hex(`cost_by_tag|${row.org.publicId}|${month}|${JSON.stringify(row.tags)}`),
      type: 'cost_by_tag',
      attributes: {
        month,
        org_name: row.org.name,
        public_id: row.org.publicId,
        tag_config_source: tagConfigSource(row.org),
        tags: row.tags,
        updated_at: row.updatedAt,
        values: Object.fromEntries(fields.map((f) => [f.name, valueOf(row, f)])),
      },
    };
  });
  const aggregates = fields.map((f) => {
    const isCost = f.suffix.endsWith('_cost');
    const sum = all.reduce((acc, row) => acc + (isCost ? Math.round(valueOf(row, f) * 1e6) : valueOf(row, f)), 0);
    return { agg_type: 'sum', field: f.name, value: isCost ? sum / 1e6 : round4(sum) };
  });
  return jsonResponse(200, {
    data,
    meta: {
      aggregates,
      pagination: { next_record_id: page.next },
    },
  });
}
