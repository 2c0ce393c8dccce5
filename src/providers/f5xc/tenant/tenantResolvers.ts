import type { F5xcOrgResolvers } from '../../../generated/graphql.js';
import { toGlobalId } from '../../../graphql/globalId.js';
import { SYSTEM_NAMESPACE } from '../api/f5xcPaths.js';
import type { F5xcOrgModel } from './tenantModels.js';
import { maySeeF5xcOrg } from './tenantScope.js';

/** The node type name of F5 orgs (global IDs are `F5xcOrg:<tenant>/<namespace>`). */
export const F5XC_ORG_TYPE = 'F5xcOrg';

/** The tenant's org. */
export function tenantOrg(tenant: string): F5xcOrgModel {
  return { tenant, namespace: SYSTEM_NAMESPACE, isAccount: true };
}

/** One of the tenant's namespaces as an org. */
export function namespaceOrg(tenant: string, namespace: string): F5xcOrgModel {
  return { tenant, namespace, isAccount: false };
}

/**
 * The org fields answered from the model (and the caller's org scope) alone (`children` reads the
 * upstream: a field spec).
 */
export const F5xcOrg: F5xcOrgResolvers = {
  id: (org) => toGlobalId(F5XC_ORG_TYPE, `${org.tenant}/${org.namespace}`),
  provider: () => 'F5XC',
  publicId: (org) => (org.isAccount ? org.tenant : org.namespace),
  name: (org) => (org.isAccount ? org.tenant : org.namespace),
  isAccount: (org) => org.isAccount,
  // The tenant is a namespace's parent only for a caller whose scope holds it.
  parent: (org, _args, ctx) => {
    if (org.isAccount) return null;
    const tenant = tenantOrg(org.tenant);
    return maySeeF5xcOrg(ctx, tenant) ? tenant : null;
  },
  namespace: (org) => org.namespace,
};
