import type { GatewayContext } from '../gateway/context.js';
import { sumDecimals, type Decimal } from '../money/decimal.js';
import type { FocusFilter } from './focusArgs.js';
import type { FocusRow } from './focusRow.js';
import { focusProviders, type FocusFailure } from './focusSources.js';
import { openFocusWalk } from './focusWalk.js';

/** The dimensions `focusSummary` groups by (`FocusGroupBy`). */
export type FocusGroupBy =
  'PROVIDER' | 'SERVICE_CATEGORY' | 'SERVICE_NAME' | 'SUB_ACCOUNT' | 'BILLING_PERIOD' | 'CHARGE_CATEGORY';

/** `FocusSummaryGroup`: the totals of one group; a dimension not grouped by is null. */
export interface FocusSummaryGroupModel {
  providerName: string | null;
  serviceCategory: string | null;
  serviceName: string | null;
  subAccountId: string | null;
  subAccountName: string | null;
  billingPeriodStart: Date | null;
  chargeCategory: string | null;
  billingCurrency: string;
  billedCost: Decimal;
  effectiveCost: Decimal;
  listCost: Decimal;
  rowCount: number;
}

/** `FocusSummary`. */
export interface FocusSummaryModel {
  groups: FocusSummaryGroupModel[];
  failures: FocusFailure[];
}

function groupOf(row: FocusRow, by: ReadonlySet<FocusGroupBy>): FocusSummaryGroupModel {
  const zero = sumDecimals([]);
  return {
    providerName: by.has('PROVIDER') ? row.providerName : null,
    serviceCategory: by.has('SERVICE_CATEGORY') ? row.serviceCategory : null,
    serviceName: by.has('SERVICE_NAME') ? row.serviceName : null,
    subAccountId: by.has('SUB_ACCOUNT') ? row.subAccountId : null,
    subAccountName: by.has('SUB_ACCOUNT') ? row.subAccountName : null,
    billingPeriodStart: by.has('BILLING_PERIOD') ? row.billingPeriodStart : null,
    chargeCategory: by.has('CHARGE_CATEGORY') ? row.chargeCategory : null,
    // Amounts of different currencies are never added: the currency is always part of the group.
    billingCurrency: row.billingCurrency,
    billedCost: zero,
    effectiveCost: zero,
    listCost: zero,
    rowCount: 0,
  };
}

/**
 * Resolves `Query.focusSummary`: walks every selected provider's rows (as `focusCharges` would page
 * them) and adds BilledCost, EffectiveCost and ListCost per group, exactly. Groups come in the order
 * their first row does.
 */
export async function resolveFocusSummary(
  ctx: GatewayContext,
  filter: FocusFilter,
  groupBy: readonly FocusGroupBy[],
): Promise<FocusSummaryModel> {
  const by = new Set(groupBy);
  const walk = await openFocusWalk(ctx, filter, focusProviders(ctx, filter));
  const groups = new Map<string, FocusSummaryGroupModel>();
  for await (const rows of walk.pages()) {
    for (const row of rows) {
      const group = groupOf(row, by);
      const key = JSON.stringify([
        group.providerName,
        group.serviceCategory,
        group.serviceName,
        group.subAccountId,
        group.billingPeriodStart?.toISOString() ?? null,
        group.chargeCategory,
        group.billingCurrency,
      ]);
      const sum = groups.get(key) ?? group;
      groups.set(key, {
        ...sum,
        billedCost: sum.billedCost.plus(row.billedCost),
        effectiveCost: sum.effectiveCost.plus(row.effectiveCost),
        listCost: sum.listCost.plus(row.listCost),
        rowCount: sum.rowCount + 1,
      });
    }
  }
  return { groups: [...groups.values()], failures: walk.failures.list() };
}
