/**
 * GET /api/v2/usage/historical_cost (GetHistoricalCostByOrg), /api/v2/usage/estimated_cost
 * (GetEstimatedCostByOrg) and /api/v2/usage/projected_cost (GetProjectedCost): parent-org keys only.
 * Every figure comes from {@link monthBill}, i.e. from the hourly values GetHourlyUsage reports and
 * the catalog's prices, so the three endpoints, the billable summary and cost attribution agree:
 *
 * - `view=sub-org`: one row per org per month (or day), with the org's charges; `view=summary` (the
 *   default): one row per month (or day) for the account whose charges are the sum of the org rows,
 *   added up in micro-dollars so the two views agree to the last digit.
 * - Each dimension contributes three charges in catalog order: `committed`, `on_demand`, `total`
 *   (projected: `projected_committed`, `projected_on_demand`, `total`); `total = committed +
 *   on_demand`, and `total_cost` is the sum of the `total` charges.
 * - Historical: closed months only (a month is closed once its last hour has passed by the data
 *   clock). A closed month is reported before it is final (the 16th of the next month): its figures
 *   are those of the hours reported so far, which the 72-hour data delay may still raise. Months not
 *   yet closed are simply absent (the recorded answer for the current month is `{"data":[]}`).
 * - Estimated: the current and the previous month only, month-to-date; start parameters at most two
 *   months back. With `start_date`, one row per day (per org): by default the day's own share, i.e.
 *   the change of the month-to-date estimate over that day (so days add up to the month, and a day
 *   can be negative for dimensions billed on a percentile or an average); with
 *   `cost_aggregation=cumulative`, the month-to-date running total as of the end of each day.
 * - Projected: the current month, with sums scaled to the whole month (dated the month's last day,
 *   as recorded). Served from the first reported hour of the month on.
 */
import {
  DAY_MS,
  addMonths,
  floorToDay,
  formatDay,
  formatMonth,
  formatRfc3339,
  startOfMonth,
} from '../../../time/utcTime.js';
import { ESTIMATE_MONTHS_BACK, earliestEstimateMonth } from '../api/costLimits.js';
import { BadRequestError, jsonResponse, type ApiResponse } from '../../../simulator/apiResponse.js';
import { monthBill, type MonthBill } from './billing.js';
import type { DatadogWorld, SimOrg } from './datadogWorld.js';
import type { HandlerContext } from './handlerContext.js';
import { sha256Hex } from '../../../simulator/hashing.js';
import { booleanParam, monthParam, optionalParam } from '../../../simulator/queryParams.js';
import { checkOrder, checkRetention, dayParam, viewParam, type CostView } from './costParams.js';

/** One charge line of a cost row. */
export interface ChargeRecord {
  product_name: string;
  charge_type: string;
  cost: number;
}

/** One row of the three cost endpoints (`CostByOrg` / `ProjectedCost`). */
export interface CostRecord {
  type: 'cost_by_org' | 'projected_cost';
  id: string;
  attributes: {
    org_name: string;
    public_id: string;
    region: string;
    account_name: string;
    account_public_id: string;
    date: string;
    total_cost?: number;
    projected_total_cost?: number;
    charges: ChargeRecord[];
  };
}

/** Per org (world order), per dimension (catalog order): committed and on-demand micro-dollars. */
type MicroBill = Array<Array<{ product: string; committed: number; onDemand: number }>>;

const micros = (usd: number): number => Math.round(usd * 1e6);
const usd = (m: number): number => m / 1e6;

function microBill(bill: MonthBill, orgCount: number): MicroBill {
  return Array.from({ length: orgCount }, (_, i) =>
    bill.dimensions.map((d) => {
      const line = d.orgs[i];
      return {
        product: d.account.dimension.id,
        committed: line ? micros(line.committedCost) : 0,
        onDemand: line ? micros(line.onDemandCost) : 0,
      };
    }),
  );
}

function minus(a: MicroBill, b: MicroBill | null): MicroBill {
  if (b === null) return a;
  return a.map((org, i) =>
    org.map((line, j) => {
      const prev = b[i]?.[j];
      return {
        product: line.product,
        committed: line.committed - (prev?.committed ?? 0),
        onDemand: line.onDemand - (prev?.onDemand ?? 0),
      };
    }),
  );
}

/** The rows of one period (month or day) in the requested view. */
function rowsOf(
  world: DatadogWorld,
  bill: MicroBill,
  view: CostView,
  date: string,
  kind: 'cost_by_org' | 'projected_cost',
): CostRecord[] {
  const parent = world.parent;
  const row = (org: SimOrg, lines: MicroBill[number]): CostRecord => {
    const charges: ChargeRecord[] = [];
    let total = 0;
    for (const line of lines) {
      const lineTotal = line.committed + line.onDemand;
      total += lineTotal;
      charges.push(
        {
          product_name: line.product,
          charge_type: kind === 'projected_cost' ? 'projected_committed' : 'committed',
          cost: usd(line.committed),
        },
        {
          product_name: line.product,
          charge_type: kind === 'projected_cost' ? 'projected_on_demand' : 'on_demand',
          cost: usd(line.onDemand),
        },
        { product_name: line.product, charge_type: 'total', cost: usd(lineTotal) },
      );
    }
    return {
      type: kind,
      id: sha256Hex(`${kind}|${view}|${org.publicId}|${date}`),
      attributes: {
        org_name: org.name,
        public_id: org.publicId,
        region: org.region,
        account_name: parent.name,
        account_public_id: parent.publicId,
        date,
        ...(kind === 'projected_cost' ? { projected_total_cost: usd(total) } : { total_cost: usd(total) }),
        charges,
      },
    };
  };
  if (view === 'sub-org') return world.orgs.map((org, i) => row(org, bill[i] ?? []));
  const summed = (bill[0] ?? []).map((line, j) => ({
    product: line.product,
    committed: bill.reduce((acc, org) => acc + (org[j]?.committed ?? 0), 0),
    onDemand: bill.reduce((acc, org) => acc + (org[j]?.onDemand ?? 0), 0),
  }));
  return [row(parent, summed)];
}

function respond(data: CostRecord[]): ApiResponse {
  return jsonResponse(200, { data });
}

/** GetHistoricalCostByOrg. */
export function getHistoricalCost(ctx: HandlerContext): ApiResponse {
  const { world, query } = ctx;
  const start = monthParam(query, 'start_month', true) as Date;
  const end = monthParam(query, 'end_month', false) ?? startOfMonth(world.now);
  const view = viewParam(query);
  booleanParam(query, 'include_connected_accounts', false);
  checkRetention('start_month', start, world.now);
  checkOrder('start_month', start, 'end_month', end, formatMonth);
  const data: CostRecord[] = [];
  for (let month = start; month <= end; month = addMonths(month, 1)) {
    if (addMonths(month, 1) > world.now) break; // not closed yet
    const bill = monthBill(world, month);
    data.push(...rowsOf(world, microBill(bill, world.orgs.length), view, formatRfc3339(month), 'cost_by_org'));
  }
  return respond(data);
}

/** GetEstimatedCostByOrg. */
export function getEstimatedCost(ctx: HandlerContext): ApiResponse {
  const { world, query } = ctx;
  const view = viewParam(query);
  const hasMonth = optionalParam(query, 'start_month') !== undefined;
  const hasDate = optionalParam(query, 'start_date') !== undefined;
  if (hasMonth && hasDate) {
    throw new BadRequestError('Specify start_month or start_date, not both');
  }
  if (!hasMonth && !hasDate) {
    throw new BadRequestError('One of the parameters start_month or start_date is required');
  }
  booleanParam(query, 'include_connected_accounts', false);
  const aggregation = optionalParam(query, 'cost_aggregation');
  if (aggregation !== undefined && aggregation !== 'cumulative') {
    throw new BadRequestError(
      `Invalid value for the parameter 'cost_aggregation': expected 'cumulative', got '${aggregation}'`,
    );
  }
  const current = startOfMonth(world.now);
  const previous = addMonths(current, -1);
  const earliest = earliestEstimateMonth(world.now);
  const tooEarly = (name: string, text: string): BadRequestError =>
    new BadRequestError(
      `Invalid value for the parameter '${name}': expected at most ${ESTIMATE_MONTHS_BACK} months in the past (${formatMonth(earliest)} or later), got '${text}'`,
    );

  if (hasMonth) {
    if (optionalParam(query, 'end_date') !== undefined) {
      throw new BadRequestError('end_date goes with start_date; with start_month, use end_month');
    }
    const start = monthParam(query, 'start_month', true) as Date;
    const end = monthParam(query, 'end_month', false) ?? current;
    if (start < earliest) throw tooEarly('start_month', formatMonth(start));
    checkOrder('start_month', start, 'end_month', end, formatMonth);
    const data: CostRecord[] = [];
    for (const month of [previous, current]) {
      if (month < start || month > end || month >= world.now) continue;
      const bill = microBill(monthBill(world, month), world.orgs.length);
      data.push(...rowsOf(world, bill, view, formatRfc3339(month), 'cost_by_org'));
    }
    return respond(data);
  }

  if (optionalParam(query, 'end_month') !== undefined) {
    throw new BadRequestError('end_month goes with start_month; with start_date, use end_date');
  }
  const start = dayParam(query, 'start_date') as Date;
  const today = floorToDay(world.now);
  const end = dayParam(query, 'end_date') ?? today;
  if (start < earliest) throw tooEarly('start_date', formatDay(start));
  checkOrder('start_date', start, 'end_date', end, formatDay);
  const cumulative = aggregation === 'cumulative';
  const data: CostRecord[] = [];
  // Month-to-date bills as of the end of each day, from the 1st of the first month shown.
  let before: MicroBill | null = null;
  let day = startOfMonth(start < previous ? previous : start);
  for (; day <= end && day < world.now; day = new Date(day.getTime() + DAY_MS)) {
    if (day.getUTCDate() === 1) before = null;
    if (day < previous) continue;
    const asOf = microBill(monthBill(world, day, { until: new Date(day.getTime() + DAY_MS) }), world.orgs.length);
    if (day >= start) {
      const bill = cumulative ? asOf : minus(asOf, before);
      data.push(...rowsOf(world, bill, view, formatRfc3339(day), 'cost_by_org'));
    }
    before = asOf;
  }
  return respond(data);
}

/** GetProjectedCost. */
export function getProjectedCost(ctx: HandlerContext): ApiResponse {
  const { world, query } = ctx;
  const view = viewParam(query);
  booleanParam(query, 'include_connected_accounts', false);
  const month = startOfMonth(world.now);
  if (world.now.getTime() === month.getTime()) return respond([]); // nothing reported yet this month
  const lastDay = new Date(addMonths(month, 1).getTime() - DAY_MS);
  const date = lastDay.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const bill = microBill(monthBill(world, month, { projected: true }), world.orgs.length);
  return respond(rowsOf(world, bill, view, date, 'projected_cost'));
}
