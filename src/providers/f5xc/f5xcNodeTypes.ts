import type { NodeLoader } from '../../gateway/provider.js';
import { SYSTEM_NAMESPACE } from './api/f5xcPaths.js';
import { currentTenant, listNamespaces } from './tenant/tenantNamespaces.js';
import { F5XC_ORG_TYPE } from './tenant/tenantResolvers.js';

/** The F5 types `node(id:)` fetches: the tenant and its namespaces (only the credentials' own tenant). */
export const f5xcNodeTypes: Readonly<Record<string, NodeLoader>> = {
  [F5XC_ORG_TYPE]: async (ctx, localId) => {
    const tenant = currentTenant(ctx);
    const slash = localId.lastIndexOf('/');
    if (localId.slice(0, slash) !== tenant.tenant) return null;
    const namespace = localId.slice(slash + 1);
    if (namespace === SYSTEM_NAMESPACE) return tenant;
    return (await listNamespaces(ctx)).find((org) => org.namespace === namespace) ?? null;
  },
};
