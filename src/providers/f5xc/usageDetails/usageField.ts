import type { GatewayContext } from '../../../gateway/context.js';
import type { F5xcOrgModel } from '../tenant/tenantModels.js';
import type { F5xcWindow } from './usageArgs.js';
import type { F5xcUsageItemModel } from './usageDetailsModels.js';

/** Resolves `F5xcOrg.usage`: the org's namespace's usage items in the window (the tenant's: every namespace's). */
export function resolveUsage(
  ctx: GatewayContext,
  org: F5xcOrgModel,
  window: F5xcWindow,
): Promise<F5xcUsageItemModel[]> {
  return ctx.providers.f5xc.loaders.usageDetails.load({ namespace: org.namespace, from: window.start, to: window.end });
}
