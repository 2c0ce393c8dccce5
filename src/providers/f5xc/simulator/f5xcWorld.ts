/**
 * The simulated F5 Distributed Cloud world: one tenant with a `system` namespace and four
 * application namespaces, their objects' hourly usage across load balancing, WAAP, bot defense and
 * CDN, and what the usage API reports about it. Everything is a pure function of the seed and the
 * data clock `now` (floored to the hour).
 *
 * - Hourly usage: one integer count per (object, metric, hour) in the metric's smallest unit
 *   (thousandths of a GB for data), with a daily cycle; none before the object existed or from `now` on.
 * - `usage_details`: per object and metric, the window's hours summed exactly, so an item's hourly
 *   breakdown sums exactly to its `quantity`. `system` sees every namespace; an application
 *   namespace its own objects.
 * - Pricing (one function for closed months and the open period): per metric, the window's quantity
 *   in the price's unit, rounded down (at least 1 when there was any usage), times its price, in
 *   hundredths of USD; `system` adds the fixed subscription line. `monthly_usage` lists the closed
 *   months (at most 12) at those list amounts; `current_usage` prices a window (by default the open
 *   period) and, for `system`, applies the coupons: `total_cost` = Σ amounts − `discount`.
 * - Tokens: one for the whole tenant, one that sees only the `shop` namespace.
 */
import { hash32, mix32, sha256Hex, unitFloat } from '../../../simulator/hashing.js';
import { HOUR_MS, addMonths, floorToHour, startOfMonth } from '../../../time/utcTime.js';
import { SYSTEM_NAMESPACE } from '../api/f5xcPaths.js';
import { COUPONS, METRICS, NAMESPACES, SUBSCRIPTION, type SimMetric, type SimNamespace } from './f5xcCatalog.js';
import type { CalculatedUsageItem, CurrentUsage, HourlyItem, MonthlyUsageItem, UsageItem } from './f5xcRecords.js';
import { encodeHourlyQuery, type HourlyQuery } from './hourlyQuery.js';

/** Who a token authenticates as: the tenant's namespaces it may read. */
export interface SimPrincipal {
  /** A public id for logs and rate-limit buckets. */
  id: string;
  token: string;
  /** `all`: every namespace including `system`; else only these application namespaces. */
  namespaces: 'all' | readonly string[];
}

/** The simulated dataset. */
export interface F5xcWorld {
  readonly seed: string;
  /** The data clock, floored to the hour. */
  readonly now: Date;
  /** The tenant's name (its console host is `<name>.console.ves.volterra.io`). */
  readonly tenant: string;
  /** The application namespaces (besides `system`). */
  readonly namespaces: readonly SimNamespace[];
  /** The tenant-wide token first, then the `shop`-only one. */
  readonly principals: readonly SimPrincipal[];
  principalByToken(token: string): SimPrincipal | undefined;
  /** Whether `namespace` is `system` or one of the tenant's application namespaces. */
  hasNamespace(namespace: string): boolean;
  /** The usage items of `namespace` in [from, to) (whole hours). */
  usageItems(namespace: string, from: number, to: number): UsageItem[];
  /** The hourly items of one usage item (one per hour of its window, up to the data clock). */
  hourlyItems(query: HourlyQuery): HourlyItem[];
  /** The closed months' list amounts of `namespace`, oldest first. */
  monthlyUsage(namespace: string): MonthlyUsageItem[];
  /** The priced usage of `namespace` in [from, to) (whole hours), with coupons for `system`. */
  currentUsage(namespace: string, from: number, to: number): CurrentUsage;
}

/** ISO 8601 to the second (`2026-12-01T00:00:00Z`), as the simulator writes instants. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The number of `count` smallest units of `metric` (thousandths of a GB: 3 decimals). */
function quantityOf(metric: SimMetric, count: number): number {
  return metric.decimals === 0 ? count : count / 1000;
}

/** Rounds `numerator / denominator` half up (both non-negative integers as bigint). */
function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** Builds the world for `seed` with the data clock `now`. */
export function createF5xcWorld(seed: string, nowInput: Date): F5xcWorld {
  const now = floorToHour(nowInput);
  const nowMs = now.getTime();
  const currentMonth = startOfMonth(now).getTime();
  const tenant = `acme-${sha256Hex(`${seed}|tenant`).slice(0, 6)}`;
  const token = (name: string): string => sha256Hex(`${seed}|f5xc-token|${name}`).slice(0, 40);
  const principals: SimPrincipal[] = [
    { id: 'tenant-admin', token: token('admin'), namespaces: 'all' },
    { id: 'shop-reader', token: token('shop'), namespaces: ['shop'] },
  ];
  const metricByLabel = new Map(METRICS.map((m) => [m.label, m]));
  const objectKey = new Map<string, number>();
  const objectStart = new Map<string, number>();
  for (const ns of NAMESPACES) {
    for (const o of ns.objects) {
      objectKey.set(`${ns.name}/${o.name}`, hash32(`${seed}|${ns.name}|${o.name}`));
      objectStart.set(`${ns.name}/${o.name}`, currentMonth - o.ageDays * 24 * HOUR_MS);
    }
  }

  /** One object's count of one metric in the hour starting at `hour` (ms). */
  const hourCount = (ns: string, object: string, metric: SimMetric, hour: number): number => {
    const start = objectStart.get(`${ns}/${object}`);
    if (start === undefined || hour < start || hour >= nowMs) return 0;
    const h = mix32(mix32(objectKey.get(`${ns}/${object}`) as number, hash32(metric.label)), hour / HOUR_MS);
    const hourOfDay = new Date(hour).getUTCHours();
    const daily = 0.65 + 0.35 * Math.sin(((hourOfDay - 8) / 24) * 2 * Math.PI);
    const scale = metric.decimals === 0 ? 1 : 1000;
    return Math.round(metric.hourlyMean * scale * daily * (0.5 + unitFloat(h)));
  };

  /** The sum of counts over [from, to). */
  const windowCount = (ns: string, object: string, metric: SimMetric, from: number, to: number): number => {
    let sum = 0;
    for (let h = from; h < Math.min(to, nowMs); h += HOUR_MS) sum += hourCount(ns, object, metric, h);
    return sum;
  };

  const inScope = (namespace: string): readonly SimNamespace[] =>
    namespace === SYSTEM_NAMESPACE ? NAMESPACES : NAMESPACES.filter((n) => n.name === namespace);

  const usageItems = (namespace: string, from: number, to: number): UsageItem[] => {
    const items: UsageItem[] = [];
    for (const ns of inScope(namespace)) {
      for (const object of ns.objects) {
        for (const label of object.labels) {
          const metric = metricByLabel.get(label) as SimMetric;
          const count = windowCount(ns.name, object.name, metric, from, to);
          if (count === 0) continue;
          items.push({
            usage_type: metric.usageType,
            metric_label: metric.label,
            namespace: ns.name,
            object_name: object.name,
            quantity: quantityOf(metric, count),
            unit_name: metric.unit,
            start_timestamp: isoSeconds(from),
            end_timestamp: isoSeconds(to),
            hourly_breakdown_query: encodeHourlyQuery({
              namespace: ns.name,
              objectName: object.name,
              metricLabel: metric.label,
              from,
              to,
            }),
          });
        }
      }
    }
    return items;
  };

  const hourlyItems = (q: HourlyQuery): HourlyItem[] => {
    const metric = metricByLabel.get(q.metricLabel);
    if (metric === undefined || !objectKey.has(`${q.namespace}/${q.objectName}`)) return [];
    const items: HourlyItem[] = [];
    for (let h = q.from; h < Math.min(q.to, nowMs); h += HOUR_MS) {
      items.push({
        container: '',
        deployment: '',
        start_timestamp: isoSeconds(h),
        end_timestamp: isoSeconds(h + HOUR_MS),
        quantity: quantityOf(metric, hourCount(q.namespace, q.objectName, metric, h)),
        unit_name: metric.unit,
      });
    }
    return items;
  };

  /** The priced lines of `namespace` in [from, to): one per metric with usage, plus the subscription for `system`. */
  const pricedLines = (namespace: string, from: number, to: number): CalculatedUsageItem[] => {
    const lines: CalculatedUsageItem[] = [];
    for (const metric of METRICS) {
      let count = 0;
      for (const ns of inScope(namespace)) {
        for (const object of ns.objects) {
          if (object.labels.includes(metric.label)) count += windowCount(ns.name, object.name, metric, from, to);
        }
      }
      if (count === 0) continue;
      const perBillable = BigInt(metric.unitsPerBillable * (metric.decimals === 0 ? 1 : 1000));
      const billable = BigInt(count) / perBillable > 0n ? BigInt(count) / perBillable : 1n;
      lines.push({
        usage_type: metric.usageType,
        metric_labels: [metric.label],
        quantity: quantityOf(metric, count),
        quantity_billable: billable.toString(),
        unit_name: metric.unit,
        unit_name_billable: metric.billableUnit,
        amount: (billable * BigInt(metric.priceHundredths)).toString(),
        currency_code: 'USD',
        start_timestamp: isoSeconds(from),
        end_timestamp: isoSeconds(to),
        fixed: false,
        status: 'STATUS_ACTIVE',
      });
    }
    if (namespace === SYSTEM_NAMESPACE) {
      lines.push({
        usage_type: SUBSCRIPTION.usageType,
        metric_labels: [],
        quantity: 1,
        quantity_billable: '1',
        unit_name: SUBSCRIPTION.unit,
        unit_name_billable: SUBSCRIPTION.unit,
        amount: String(SUBSCRIPTION.priceHundredths),
        currency_code: 'USD',
        start_timestamp: isoSeconds(from),
        end_timestamp: isoSeconds(to),
        fixed: true,
        status: 'STATUS_ACTIVE',
      });
    }
    return lines;
  };

  const subtotal = (lines: readonly CalculatedUsageItem[]): bigint =>
    lines.reduce((sum, l) => sum + BigInt(l.amount), 0n);

  const monthlyUsage = (namespace: string): MonthlyUsageItem[] => {
    const items: MonthlyUsageItem[] = [];
    for (let back = 12; back >= 1; back--) {
      const start = addMonths(new Date(currentMonth), -back).getTime();
      const end = addMonths(new Date(currentMonth), -back + 1).getTime();
      const lines = pricedLines(namespace, start, end);
      if (lines.every((l) => l.fixed)) continue; // before the tenant had any usage
      items.push({
        amount: subtotal(lines).toString(),
        currency_code: 'USD',
        start_timestamp: isoSeconds(start),
        end_timestamp: isoSeconds(end),
      });
    }
    return items;
  };

  const currentUsage = (namespace: string, from: number, to: number): CurrentUsage => {
    const lines = pricedLines(namespace, from, to);
    const gross = subtotal(lines);
    let discount = 0n;
    const coupons = namespace === SYSTEM_NAMESPACE ? COUPONS.map((c) => ({ ...c })) : [];
    for (const c of coupons) {
      discount +=
        c.discount_type === 'DISCOUNT_TYPE_FIXED_AMOUNT'
          ? BigInt(c.discount_amount)
          : roundHalfUp(gross * BigInt(c.discount_amount), 10_000n);
    }
    if (discount > gross) discount = gross;
    return {
      coupons,
      discount: discount.toString(),
      total_cost: (gross - discount).toString(),
      usage_items: lines,
    };
  };

  return {
    seed,
    now,
    tenant,
    namespaces: NAMESPACES,
    principals,
    principalByToken: (t) => principals.find((p) => p.token === t),
    hasNamespace: (n) => n === SYSTEM_NAMESPACE || NAMESPACES.some((ns) => ns.name === n),
    usageItems,
    hourlyItems,
    monthlyUsage,
    currentUsage,
  };
}
