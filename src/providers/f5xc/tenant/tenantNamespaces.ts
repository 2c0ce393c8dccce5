import type { GatewayContext } from '../../../gateway/context.js';
import { ErrorCode, MeterqlError } from '../../../errors.js';
import { addMonths, startOfMonth } from '../../../time/utcTime.js';
import { SYSTEM_NAMESPACE } from '../api/f5xcPaths.js';
import type { F5xcOrgModel } from './tenantModels.js';
import { namespaceOrg, tenantOrg } from './tenantResolvers.js';

/** The tenant of the operation's credentials; UNAUTHENTICATED when F5 is not configured. */
export function currentTenant(ctx: GatewayContext): F5xcOrgModel {
  const { tenant } = ctx.providers.f5xc;
  if (tenant === null) {
    throw new MeterqlError(
      ErrorCode.UNAUTHENTICATED,
      'No F5 Distributed Cloud credentials: configure F5XC_API_TOKEN and METERQL_F5XC_URL',
    );
  }
  return tenantOrg(tenant);
}

/**
 * The tenant's application namespaces: those with usage in the current month, in the order
 * `usage_details` of `system` lists them (the usage API has no namespace list). The request is the
 * one `usage` of the tenant over the current month sends, so the two share it.
 */
export async function listNamespaces(ctx: GatewayContext): Promise<F5xcOrgModel[]> {
  const tenant = currentTenant(ctx);
  const month = startOfMonth(ctx.now);
  const items = await ctx.providers.f5xc.loaders.usageDetails.load({
    namespace: SYSTEM_NAMESPACE,
    from: month,
    to: addMonths(month, 1),
  });
  const names = [...new Set(items.map((i) => i.namespace))].filter((n) => n !== SYSTEM_NAMESPACE && n !== '');
  return names.map((n) => namespaceOrg(tenant.tenant, n));
}
