import type { NodeLoader } from '../../gateway/provider.js';
import { SYSTEM_NAMESPACE } from './api/f5xcPaths.js';
import { currentTenant, listNamespaces } from './tenant/tenantNamespaces.js';
import { F5XC_ORG_TYPE, namespaceOrg, tenantOrg } from './tenant/tenantResolvers.js';
import { maySeeF5xcOrg } from './tenant/tenantScope.js';

/**
 * The F5 types `node(id:)` fetches: the tenant and its namespaces (only the credentials' own tenant,
 * and only orgs in the caller's scope: checked first, so an org outside it costs no request and does
 * not even tell whether F5 is configured for the caller).
 */
export const f5xcNodeTypes: Readonly<Record<string, NodeLoader>> = {
  [F5XC_ORG_TYPE]: async (ctx, localId) => {
    const slash = localId.lastIndexOf('/');
    const claimed = localId.slice(0, slash);
    const namespace = localId.slice(slash + 1);
    const isTenant = namespace === SYSTEM_NAMESPACE;
    if (!maySeeF5xcOrg(ctx, isTenant ? tenantOrg(claimed) : namespaceOrg(claimed, namespace))) return null;
    const tenant = currentTenant(ctx);
    if (claimed !== tenant.tenant) return null;
    if (isTenant) return tenant;
    return (await listNamespaces(ctx)).find((org) => org.namespace === namespace) ?? null;
  },
};
