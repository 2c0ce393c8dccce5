import type { DatadogOrgResolvers } from '../../../generated/graphql.js';
import type { GatewayContext } from '../../../gateway/context.js';
import { toGlobalId } from '../../../graphql/globalId.js';
import type { OrgDto } from './orgDirectory.js';
import type { OrgModel } from '../hourlyUsage/hourlyUsageModels.js';
import { resolveHourlyUsage } from '../hourlyUsage/hourlyUsageField.js';

/** The directory entry for an org; orgs seen only inside usage records are completed from it. */
async function known(org: OrgModel, ctx: GatewayContext): Promise<OrgDto | null> {
  if (org.isAccount !== undefined) return org;
  return (await ctx.providers.datadog.loaders.orgDirectory()).byPublicId.get(org.publicId) ?? null;
}

/** The node type name of Datadog orgs (global IDs are `DatadogOrg:<publicId>`). */
export const DATADOG_ORG_TYPE = 'DatadogOrg';

export const DatadogOrg: DatadogOrgResolvers = {
  id: (org) => toGlobalId(DATADOG_ORG_TYPE, org.publicId),
  provider: () => 'DATADOG',
  isAccount: async (org, _args, ctx) => (await known(org, ctx))?.isAccount ?? false,
  parent: async (org, _args, ctx) => {
    const parentId = (await known(org, ctx))?.parentPublicId;
    return parentId ? ((await ctx.providers.datadog.loaders.orgDirectory()).byPublicId.get(parentId) ?? null) : null;
  },
  children: async (org, _args, ctx) => {
    const directory = await ctx.providers.datadog.loaders.orgDirectory();
    return directory.orgs.filter((o) => o.parentPublicId === org.publicId);
  },
  hourlyUsage: async (org, args, ctx) => {
    const isAccount = (await known(org, ctx))?.isAccount ?? false;
    return resolveHourlyUsage(
      ctx,
      args,
      isAccount ? { kind: 'account', publicId: org.publicId } : { kind: 'org', publicId: org.publicId },
    );
  },
};
