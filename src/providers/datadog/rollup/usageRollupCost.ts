import type { UpstreamCostEnv } from '../../../graphql/fieldSpec.js';
import { PRODUCT_FAMILIES } from '../api/productFamilies.js';
import { planSegments } from '../hourlyUsage/hourlyUsageView.js';
import type { UsageRollupRequest } from './usageRollupArgs.js';

/**
 * Estimated upstream calls of a `usageRollup` field, for the per-operation budget: reading its whole
 * window once as `hourlyUsage` plans it (every org's 24 h windows when it reads several orgs, the
 * account taken to have `assumedListSize`; the account org's own two-month windows otherwise), 500
 * records per upstream page, at least one page per window; once per resolution.
 */
export function usageRollupCost(req: UsageRollupRequest, env: UpstreamCostEnv): number {
  const { start } = req.window;
  const end = req.window.end < start ? start : req.window.end;
  const severalOrgs = req.includeDescendants || req.orgs !== null;
  const familyCount = req.families?.length ?? PRODUCT_FAMILIES.length;
  const plan = planSegments(
    {
      start,
      end,
      families: req.families,
      scope: severalOrgs ? { kind: 'descendants' } : { kind: 'account', publicId: null },
    },
    severalOrgs ? env.assumedListSize : null,
    familyCount,
  );
  return plan.calls * env.parents;
}
