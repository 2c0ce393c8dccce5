/**
 * Datadog's FOCUS mapping (`datadogProvider.focus`): the charges of the historical cost (closed
 * months) and of the month-to-date estimated cost (the current month), per org, product and charge
 * type, read through the `costs` loader `Query.costs` uses (one request per range per operation,
 * shared with it).
 */
import type { GatewayContext } from '../../../gateway/context.js';
import type { FocusPage, FocusQuery, FocusSource } from '../../../focus/focusSource.js';
import {
  focusRowBase,
  type FocusPricingCategory,
  type FocusRow,
  type FocusServiceCategory,
} from '../../../focus/focusRow.js';
import { addMonths, startOfMonth } from '../../../time/utcTime.js';
import { earliestCostMonth, lastClosedMonth } from '../api/costLimits.js';
import type { OrgCostsRequest } from '../costs/costArgs.js';
import type { ChargeDto, OrgCostDto } from '../costs/orgCostBody.js';

/** The second page's cursor: the current month's estimate. */
const ESTIMATED = 'estimated';

/** Billing dimensions of Datadog's security products (FOCUS `Security`); every other is observability. */
const SECURITY = /(^|_)(siem|cspm|cws|csm|asm|appsec|sds|security|cloud_siem|iast|sca|vuln)(_|$)/;

function serviceCategory(product: string): FocusServiceCategory {
  return SECURITY.test(product) ? 'Security' : 'Management and Governance';
}

function pricingCategory(chargeType: string): FocusPricingCategory | null {
  if (chargeType === 'committed') return 'Committed';
  if (chargeType === 'on_demand') return 'Standard';
  return null;
}

/**
 * The charges one row is billed by: per product, its committed and on-demand parts; the product's
 * `total` charge only where it has no parts (its total is their sum: counting both would bill twice).
 */
function billedCharges(charges: readonly ChargeDto[]): ChargeDto[] {
  const parted = new Set(charges.filter((c) => c.charge_type !== 'total').map((c) => c.product_name));
  return charges.filter((c) => (c.charge_type === 'total' ? !parted.has(c.product_name) : true));
}

function toRows(row: OrgCostDto, kind: 'historical' | 'estimated', query: FocusQuery): FocusRow[] {
  const month = startOfMonth(new Date(row.date));
  if (month < query.start || month >= query.end) return [];
  const what = kind === 'historical' ? 'historical cost' : 'month-to-date estimated cost';
  return billedCharges(row.charges).map((charge): FocusRow => ({
    ...focusRowBase({
      cost: charge.cost,
      currency: 'USD',
      billingAccountId: row.account_public_id ?? row.public_id,
      month,
      provider: 'Datadog',
    }),
    billingAccountName: row.account_name ?? null,
    subAccountId: row.public_id,
    subAccountName: row.org_name === '' ? null : row.org_name,
    chargeCategory: 'Usage',
    chargeDescription: `${charge.product_name} ${charge.charge_type} charge of org ${row.org_name || row.public_id} (${what})`,
    chargeFrequency: 'Usage-Based',
    pricingCategory: pricingCategory(charge.charge_type),
    serviceName: charge.product_name,
    serviceCategory: serviceCategory(charge.product_name),
    regionId: row.region === '' ? null : row.region,
    regionName: row.region === '' ? null : row.region,
  }));
}

/** The historical request for the closed months of the query within retention; null when there are none. */
function historicalRequest(query: FocusQuery, now: Date): OrgCostsRequest | null {
  const first = query.start < earliestCostMonth(now) ? earliestCostMonth(now) : query.start;
  const lastClosed = lastClosedMonth(now);
  const last = addMonths(query.end, -1) > lastClosed ? lastClosed : addMonths(query.end, -1);
  return first > last ? null : { kind: 'historical', view: 'sub-org', startMonth: first, endMonth: last };
}

/** The estimate of the current month, when the query covers it. */
function estimatedRequest(query: FocusQuery, now: Date): OrgCostsRequest | null {
  const current = startOfMonth(now);
  return current >= query.start && current < query.end
    ? { kind: 'estimated', view: 'sub-org', startMonth: current, endMonth: current }
    : null;
}

async function page(ctx: GatewayContext, query: FocusQuery, cursor: string | null): Promise<FocusPage> {
  const { orgCosts } = ctx.providers.datadog.loaders.costs;
  const now = ctx.now;
  const estimated = estimatedRequest(query, now);
  if (cursor === null) {
    const historical = historicalRequest(query, now);
    if (historical !== null) {
      const rows = (await orgCosts.load(historical)).flatMap((row) => toRows(row, 'historical', query));
      return { rows, next: estimated === null ? null : ESTIMATED };
    }
  } else if (cursor !== ESTIMATED) {
    throw new TypeError(`Datadog FOCUS cursor must be null or "${ESTIMATED}", but got: ${JSON.stringify(cursor)}`);
  }
  if (estimated === null) return { rows: [], next: null };
  return { rows: (await orgCosts.load(estimated)).flatMap((row) => toRows(row, 'estimated', query)), next: null };
}

/** Datadog's FOCUS hook. */
export const datadogFocus: FocusSource = {
  scope: (ctx) => ctx.providers.datadog.credentialScope,
  page,
};
