/**
 * F5 Distributed Cloud's FOCUS mapping (`f5xcProvider.focus`). The tenant is the billing account; its
 * application namespaces are the sub accounts (SubAccountId = the namespace, the org's publicId).
 *
 * - Closed months (`monthly_usage`, the loader `F5xcOrg.monthlyCharges` reads): one row per namespace
 *   and month, and one tenant row (no sub account) for what the tenant (`system`) is charged beyond
 *   its namespaces (the subscription, rounding, namespaces without usage this month): the month's
 *   rows sum to the tenant's amount.
 * - The current period (`current_usage` over the open month, the loader `F5xcOrg.currentPeriod` with
 *   its default period reads): one row per namespace and priced line, one tenant row per line for
 *   its remainder beyond the namespaces, and one Credit row of the coupons' discount (negative): the
 *   period's rows sum to the tenant's `total_cost`.
 *
 * The namespaces are those `F5xcOrg.children` lists (one `usage_details` of `system`, shared with it).
 * Closed months carry no discount: F5 reports their list amounts only.
 */
import type { GatewayContext } from '../../../gateway/context.js';
import type { FocusPage, FocusQuery, FocusSource } from '../../../focus/focusSource.js';
import { focusRowBase, type FocusRow, type FocusServiceCategory } from '../../../focus/focusRow.js';
import { parseDecimal, sumDecimals, type Decimal } from '../../../money/decimal.js';
import { startOfMonth } from '../../../time/utcTime.js';
import { SYSTEM_NAMESPACE } from '../api/f5xcPaths.js';
import { checkCurrentPeriodArgs } from '../currentUsage/currentPeriodArgs.js';
import type { F5xcChargeRecord, F5xcCurrentPeriodRecord } from '../currentUsage/currentUsageClient.js';
import type { F5xcMonthlyChargeRecord } from '../monthlyUsage/monthlyUsageClient.js';
import { currentTenant, listNamespaces } from '../tenant/tenantNamespaces.js';

/** The second page's cursor: the current period. */
const CURRENT = 'current';

const F5 = 'F5 Distributed Cloud';

const ZERO = sumDecimals([]);

/** F5's security products (FOCUS `Security`); load balancing and CDN are `Networking`. */
const SECURITY = /waap|web app|api protection|bot|waf|ddos|secur/i;

function serviceCategory(usageType: string, fixed: boolean): FocusServiceCategory {
  if (fixed) return 'Other';
  return SECURITY.test(usageType) ? 'Security' : 'Networking';
}

/** The service a usage type belongs to: its product family (`CDN - Requests` -> `CDN`). */
function serviceName(usageType: string): string {
  const family = usageType.split(' - ')[0]?.trim();
  return family === undefined || family === '' ? F5 : family;
}

/** What every row of a tenant's period shares. */
interface RowBase {
  tenant: string;
  namespace: string | null;
  month: Date;
  currency: string;
}

function baseRow(b: RowBase, amount: Decimal): Omit<FocusRow, 'chargeCategory' | 'serviceName' | 'serviceCategory'> {
  return {
    ...focusRowBase({ cost: amount, currency: b.currency, billingAccountId: b.tenant, month: b.month, provider: F5 }),
    billingAccountName: b.tenant,
    subAccountId: b.namespace,
    subAccountName: b.namespace,
    chargeFrequency: 'Usage-Based',
    pricingCategory: 'Standard',
  };
}

/** A closed month's row: the whole month's charges of a namespace, or the tenant's remainder. */
function monthRow(b: RowBase, amount: Decimal): FocusRow {
  const whose = b.namespace === null ? `tenant ${b.tenant} beyond its namespaces` : `namespace ${b.namespace}`;
  return {
    ...baseRow(b, amount),
    chargeCategory: amount.isNegative() ? 'Adjustment' : 'Usage',
    chargeDescription: `Monthly charges of ${whose} (list amount)`,
    serviceName: F5,
    serviceCategory: 'Other',
  };
}

const monthKey = (record: F5xcMonthlyChargeRecord): string =>
  `${startOfMonth(record.start).toISOString()}|${record.currency}`;

/** The closed months' rows of the query (those before `current`). */
function closedMonthRows(
  tenant: string,
  system: readonly F5xcMonthlyChargeRecord[],
  byNamespace: ReadonlyArray<readonly [string, readonly F5xcMonthlyChargeRecord[]]>,
  query: FocusQuery,
  current: Date,
): FocusRow[] {
  const inQuery = (r: F5xcMonthlyChargeRecord): boolean => {
    const month = startOfMonth(r.start);
    return month >= query.start && month < query.end && month < current;
  };
  const rows: FocusRow[] = [];
  const attributed = new Map<string, Decimal>();
  for (const [namespace, records] of byNamespace) {
    for (const r of records.filter(inQuery)) {
      attributed.set(monthKey(r), (attributed.get(monthKey(r)) ?? ZERO).plus(r.amount));
      rows.push(monthRow({ tenant, namespace, month: startOfMonth(r.start), currency: r.currency }, r.amount));
    }
  }
  for (const r of system.filter(inQuery)) {
    const rest = r.amount.minus(attributed.get(monthKey(r)) ?? 0);
    attributed.delete(monthKey(r));
    if (!rest.isZero())
      rows.push(monthRow({ tenant, namespace: null, month: startOfMonth(r.start), currency: r.currency }, rest));
  }
  // A namespace's month the tenant does not list (not expected): its amount is not billed twice.
  for (const [key, amount] of attributed) {
    const [month, currency] = key.split('|') as [string, string];
    rows.push(monthRow({ tenant, namespace: null, month: new Date(month), currency }, amount.negated()));
  }
  return rows;
}

/** A priced line of the open period: a namespace's, or the tenant's remainder of it (`amount`). */
function lineRow(b: RowBase, line: F5xcChargeRecord, amount: Decimal, whole: boolean): FocusRow {
  const quantity = whole && line.billableQuantity !== null ? parseDecimal(line.billableQuantity.toString()) : null;
  const whose =
    b.namespace === null
      ? `tenant ${b.tenant}${line.fixed ? '' : ' beyond its namespaces'}`
      : `namespace ${b.namespace}`;
  return {
    ...baseRow(b, amount),
    chargePeriodStart: line.start,
    chargePeriodEnd: line.end,
    chargeCategory: amount.isNegative() ? 'Adjustment' : 'Usage',
    chargeDescription: `${line.usageType} of ${whose} (current period, not final)`,
    chargeFrequency: line.fixed ? 'Recurring' : 'Usage-Based',
    consumedQuantity: whole ? line.quantity : null,
    consumedUnit: whole ? line.unit : null,
    pricingQuantity: quantity,
    pricingUnit: quantity === null ? null : line.billableUnit,
    serviceName: line.fixed ? line.usageType : serviceName(line.usageType),
    serviceCategory: serviceCategory(line.usageType, line.fixed),
    serviceSubcategory: line.fixed ? null : line.usageType,
    skuId: line.metricLabels.length === 1 ? (line.metricLabels[0] ?? null) : null,
    tags: line.status === null ? null : { x_F5xcStatus: line.status },
  };
}

/** The current period's rows: namespaces' lines, the tenant's remainders, and the coupons' credit. */
function currentPeriodRows(
  tenant: string,
  system: F5xcCurrentPeriodRecord,
  namespaces: readonly F5xcCurrentPeriodRecord[],
  month: Date,
): FocusRow[] {
  const rows: FocusRow[] = [];
  const attributed = new Map<string, Decimal>();
  const key = (line: F5xcChargeRecord): string => `${line.usageType}|${line.currency}`;
  for (const period of namespaces) {
    for (const line of period.charges) {
      attributed.set(key(line), (attributed.get(key(line)) ?? ZERO).plus(line.amount));
      rows.push(
        lineRow({ tenant, namespace: period.namespace, month, currency: line.currency }, line, line.amount, true),
      );
    }
  }
  for (const line of system.charges) {
    const share = attributed.get(key(line));
    attributed.delete(key(line));
    const rest = line.amount.minus(share ?? 0);
    if (!rest.isZero()) {
      rows.push(lineRow({ tenant, namespace: null, month, currency: line.currency }, line, rest, share === undefined));
    }
  }
  // A namespace's line the tenant does not list (not expected): its amount is not billed twice.
  for (const [k, amount] of attributed) {
    const [usageType, currency] = k.split('|') as [string, string];
    const line = namespaces.flatMap((p) => p.charges).find((l) => key(l) === k)!;
    rows.push(lineRow({ tenant, namespace: null, month, currency }, { ...line, usageType }, amount.negated(), false));
  }
  if (!system.discount.isZero()) {
    const currency = system.currency ?? 'USD';
    const credit = system.discount.negated();
    const titles = system.coupons.map((c) => c.title).join(', ');
    rows.push({
      ...baseRow({ tenant, namespace: null, month, currency }, credit),
      chargeCategory: 'Credit',
      chargeDescription: `Coupon discount of tenant ${tenant}${titles === '' ? '' : `: ${titles}`} (current period, not final)`,
      chargeFrequency: 'One-Time',
      pricingCategory: null,
      serviceName: F5,
      serviceCategory: 'Other',
      tags: titles === '' ? null : { x_F5xcCoupons: titles },
    });
  }
  // F5 states `total_cost` = Σ amounts − discount; the rows sum to it, or the view would misstate the bill.
  const billed = sumDecimals(rows.map((r) => r.billedCost));
  if (!billed.equals(system.totalCost)) {
    rows.push({
      ...baseRow(
        { tenant, namespace: null, month, currency: system.currency ?? 'USD' },
        system.totalCost.minus(billed),
      ),
      chargeCategory: 'Adjustment',
      chargeDescription: `What F5 bills tenant ${tenant} for the current period beyond its lines and coupons`,
      chargeFrequency: null,
      pricingCategory: null,
      serviceName: F5,
      serviceCategory: 'Other',
    });
  }
  return rows;
}

async function page(ctx: GatewayContext, query: FocusQuery, cursor: string | null): Promise<FocusPage> {
  if (cursor !== null && cursor !== CURRENT) {
    throw new TypeError(`F5 Distributed Cloud FOCUS cursor must be "${CURRENT}", but got: ${cursor}`);
  }
  const { loaders } = ctx.providers.f5xc;
  const { tenant } = currentTenant(ctx);
  const current = startOfMonth(ctx.now);
  const withCurrent = current >= query.start && current < query.end;
  const namespaces = (await listNamespaces(ctx)).map((org) => org.namespace);
  if (cursor === CURRENT) {
    // The period `currentPeriod` reads with no arguments, so the two share the request.
    const period = checkCurrentPeriodArgs({}, ctx);
    const [system, ...own] = await Promise.all(
      [SYSTEM_NAMESPACE, ...namespaces].map((namespace) => loaders.currentPeriod.load({ namespace, ...period })),
    );
    return { rows: currentPeriodRows(tenant, system!, own, current), next: null };
  }
  const next = withCurrent ? CURRENT : null;
  if (query.start >= current) return { rows: [], next };
  const [system, ...own] = await Promise.all(
    [SYSTEM_NAMESPACE, ...namespaces].map((namespace) => loaders.monthlyCharges.load(namespace)),
  );
  const byNamespace = namespaces.map((n, i) => [n, own[i]!] as const);
  return { rows: closedMonthRows(tenant, system!, byNamespace, query, current), next };
}

/** F5 Distributed Cloud's FOCUS hook. */
export const f5xcFocus: FocusSource = {
  scope: (ctx) => ctx.providers.f5xc.credentialScope,
  page,
};
