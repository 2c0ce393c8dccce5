import type { GatewayContext } from '../../../gateway/context.js';
import { maySeeOrg, orgScopeOf, OutOfScopeError } from '../../../security/orgScope.js';
import type { F5xcOrgModel } from './tenantModels.js';

/** What the scope checks read of an operation's context: its caller (plain resolvers have it too). */
type CallerContext = Pick<GatewayContext, 'caller'>;

/** The provider name F5 org scopes are keyed by. */
const F5XC = 'f5xc';

/** What a caller's org scope names an F5 org by: the tenant's name, or the namespace's. */
export function f5xcOrgScopeId(org: F5xcOrgModel): string {
  return org.isAccount ? org.tenant : org.namespace;
}

/**
 * Whether the operation's caller may see `org` (its scope names the org: the tenant by its name, a
 * namespace by its own; a scope naming the tenant does not open its namespaces).
 */
export function maySeeF5xcOrg(ctx: CallerContext, org: F5xcOrgModel): boolean {
  return maySeeOrg(ctx.caller, F5XC, f5xcOrgScopeId(org));
}

/** `orgs` without those the operation's caller may not see. */
export function visibleF5xcOrgs(ctx: CallerContext, orgs: readonly F5xcOrgModel[]): F5xcOrgModel[] {
  return orgs.filter((org) => maySeeF5xcOrg(ctx, org));
}

/**
 * Checks, before any upstream request, that the caller may read `field`'s figures of `org`: a
 * namespace's only when its scope names the namespace; the tenant's (namespace `system`, figures of
 * every namespace at once, like Datadog's whole-account fields) only for a caller of every org.
 * Throws {@link OutOfScopeError} (FORBIDDEN) otherwise.
 */
export function checkF5xcFiguresInScope(ctx: CallerContext, org: F5xcOrgModel, field: string): void {
  const scope = orgScopeOf(ctx.caller, F5XC);
  if (scope === null) return;
  if (org.isAccount) {
    throw new OutOfScopeError(
      `F5xcOrg.${field} of the tenant reads every namespace at once, but this caller may see only some F5 orgs: read its namespaces (orgs, node) instead`,
    );
  }
  if (!scope.has(org.namespace)) {
    throw new OutOfScopeError(
      `F5xcOrg.${field} of namespace ${org.namespace} is outside this caller's org scope: expected one of its F5 orgs`,
    );
  }
}
