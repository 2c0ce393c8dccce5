/**
 * The simulated account's bill, computed from the same hourly values GetHourlyUsage reports and the
 * price list in {@link BILLING_DIMENSIONS}, so usage, billable usage and every cost endpoint agree:
 *
 * - an org's billable quantity for a month = its hourly series over the month's reported hours,
 *   aggregated (top99p / sum / avg), divided by the dimension's divisor and rounded;
 * - the account's quantity is the sum of its orgs' quantities, and `percentage_in_account` is an org's
 *   share of it;
 * - the account's committed quantity is billed at the committed price, the rest on demand; each org
 *   carries its share (by `percentage_in_account`) of the committed and on-demand cost, so org costs
 *   add up to the account's;
 * - a month still running is billed month-to-date (the estimate); the projection scales sums to the
 *   whole month and keeps top99p/avg as they are.
 */
import { LRUCache } from 'lru-cache';
import { HOUR_MS, addMonths, startOfMonth } from '../../../time/utcTime.js';
import { aggregateHourly } from './aggregateHourly.js';
import { BILLING_DIMENSIONS, type BillingDimension } from './billingCatalog.js';
import { reportedRange, type DatadogWorld, type SimOrg } from './datadogWorld.js';

/** One org's line for one dimension in one month. */
export interface OrgCharge {
  org: SimOrg;
  dimension: BillingDimension;
  /** The org's billable quantity, in the dimension's unit. */
  orgUsage: number;
  /** The org's share of the account's quantity, 0..100. */
  percentageInAccount: number;
  committedCost: number;
  onDemandCost: number;
  totalCost: number;
}

/** The account's line for one dimension in one month. */
export interface AccountCharge {
  dimension: BillingDimension;
  accountUsage: number;
  committedUsage: number;
  onDemandUsage: number;
  committedCost: number;
  onDemandCost: number;
  totalCost: number;
  /** Reported hours of the month with any data (for `elapsed_usage_hours`). */
  elapsedHours: number;
  /** First and last reported hour of the month (null when none). */
  firstHour: Date | null;
  lastHour: Date | null;
}

/** A month's bill: per dimension, the account line and one line per org (world order). */
export interface MonthBill {
  month: Date;
  /** True once the month has ended (by the data clock). */
  closed: boolean;
  dimensions: { account: AccountCharge; orgs: OrgCharge[] }[];
}

/** Rounds money to 6 decimals, as the upstream's cost fields carry. */
function money(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * Quantities already computed, per world, keyed by the world's data version, org, dimension and range:
 * one org-month of one dimension reads ~750 hourly values, and a bill reads every org and dimension.
 * The key changes with any pin or data-delay change, so a cached quantity is never stale.
 */
const quantityCache = new WeakMap<DatadogWorld, LRUCache<string, number>>();

/** The org's billable quantity for `dimension` over the reported hours of `[fromMs, toMs)`. */
export function billableQuantity(
  world: DatadogWorld,
  org: SimOrg,
  dimension: BillingDimension,
  fromMs: number,
  toMs: number,
): number {
  let cache = quantityCache.get(world);
  if (cache === undefined) {
    cache = new LRUCache<string, number>({ max: 20_000 });
    quantityCache.set(world, cache);
  }
  const key = `${world.dataVersion}|${org.publicId}|${dimension.id}|${fromMs}|${toMs}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const values: number[] = [];
  for (let t = fromMs; t < toMs; t += HOUR_MS) {
    const v = world.value(org.publicId, dimension.family, dimension.usageType, new Date(t));
    if (typeof v === 'number') values.push(v);
  }
  const quantity = Math.round(Number(aggregateHourly(values, dimension.aggregation)) / dimension.divisor);
  cache.set(key, quantity);
  return quantity;
}

/**
 * The bill of the month containing `month`, as of the world's data clock. With `projected`, sums are
 * scaled from the reported hours to the whole month (the projection of a running month). With
 * `until`, only the hours before it count (a month-to-date bill as of an earlier instant).
 */
export function monthBill(
  world: DatadogWorld,
  month: Date,
  options: { projected?: boolean; until?: Date } = {},
): MonthBill {
  const start = startOfMonth(month);
  const end = addMonths(start, 1);
  const until = options.until && options.until < end ? options.until : end;
  const { startMs, endMs } = reportedRange(world.now, start, until);
  const elapsedHours = Math.max(0, (endMs - startMs) / HOUR_MS);
  const monthHours = (end.getTime() - start.getTime()) / HOUR_MS;
  const scale = options.projected && elapsedHours > 0 ? monthHours / elapsedHours : 1;
  const dimensions = BILLING_DIMENSIONS.map((dimension) => {
    const quantities = world.orgs.map((org) => {
      const q = elapsedHours > 0 ? billableQuantity(world, org, dimension, startMs, endMs) : 0;
      return dimension.aggregation === 'sum' ? Math.round(q * scale) : q;
    });
    const accountUsage = quantities.reduce((a, b) => a + b, 0);
    const committedUsage = Math.min(accountUsage, dimension.committedQuantity);
    const onDemandUsage = accountUsage - committedUsage;
    const committedCost = money(committedUsage * dimension.committedPrice);
    const onDemandCost = money(onDemandUsage * dimension.onDemandPrice);
    const account: AccountCharge = {
      dimension,
      accountUsage,
      committedUsage,
      onDemandUsage,
      committedCost,
      onDemandCost,
      totalCost: money(committedCost + onDemandCost),
      elapsedHours,
      firstHour: elapsedHours > 0 ? new Date(startMs) : null,
      lastHour: elapsedHours > 0 ? new Date(endMs - HOUR_MS) : null,
    };
    const orgs = world.orgs.map((org, i): OrgCharge => {
      const share = accountUsage === 0 ? 0 : (quantities[i] as number) / accountUsage;
      const orgCommitted = money(committedCost * share);
      const orgOnDemand = money(onDemandCost * share);
      return {
        org,
        dimension,
        orgUsage: quantities[i] as number,
        percentageInAccount: Math.round(share * 100 * 1e4) / 1e4,
        committedCost: orgCommitted,
        onDemandCost: orgOnDemand,
        totalCost: money(orgCommitted + orgOnDemand),
      };
    });
    return { account, orgs };
  });
  return { month: start, closed: end.getTime() <= world.now.getTime(), dimensions };
}
