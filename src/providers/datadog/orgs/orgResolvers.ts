import type { DatadogOrgResolvers } from '../../../generated/graphql.js';
import type { GatewayContext } from '../../../gateway/context.js';
import { toGlobalId } from '../../../graphql/globalId.js';
import type { OrgDto } from './orgDirectory.js';
import type { OrgModel } from './orgModels.js';

/** The directory entry for an org; orgs seen only inside usage records are completed from it. */
export async function knownOrg(org: OrgModel, ctx: GatewayContext): Promise<OrgDto | null> {
  if (org.isAccount !== undefined) return org;
  return (await ctx.providers.datadog.loaders.orgDirectory()).byPublicId.get(org.publicId) ?? null;
}

/** The node type name of Datadog orgs (global IDs are `DatadogOrg:<publicId>`). */
export const DATADOG_ORG_TYPE = 'DatadogOrg';

/** The org fields answered from the model alone (those reading the org directory come from the field specs). */
export const DatadogOrg: DatadogOrgResolvers = {
  id: (org) => toGlobalId(DATADOG_ORG_TYPE, org.publicId),
  provider: () => 'DATADOG',
};
