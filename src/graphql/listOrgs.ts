import type { ProviderInfo, ProviderMode, ProviderName } from '../generated/graphql.js';
import type { GatewayContext } from '../gateway/context.js';
import type { ProviderMode as Mode } from '../gateway/provider.js';
import type { NodeModel } from './resolveNode.js';
import { orgScopeOf } from '../security/orgScope.js';

const MODES: Readonly<Record<Mode, ProviderMode>> = {
  real: 'REAL',
  simulated: 'SIMULATED',
  unconfigured: 'UNCONFIGURED',
};

/**
 * Every reachable provider's orgs (or one provider's), each tagged with its provider's org type
 * (`Query.orgs`). A provider whose orgs cannot be listed contributes one entry that is its error:
 * graphql-js reports an `Error` list item at that item's path and answers null there, so the other
 * providers' orgs stay intact and the failure names its provider. Only orgs in the caller's scope
 * are listed; a provider the caller may see no org of is not asked at all.
 */
export async function listOrgs(ctx: GatewayContext, only: string | null | undefined): Promise<NodeModel[]> {
  const reached = ctx.connected.filter(
    ({ provider, connection }) =>
      connection.mode !== 'unconfigured' &&
      (only === null || only === undefined || provider.enumValue === only) &&
      orgScopeOf(ctx.caller, provider.name)?.size !== 0,
  );
  const lists = await Promise.all(
    reached.map(({ provider, connection }) => {
      const scope = orgScopeOf(ctx.caller, provider.name);
      return connection.listOrgs(ctx).then(
        (orgs) =>
          orgs
            .filter((org) => scope === null || scope.has(provider.orgScopeId(org)))
            .map((org): NodeModel => ({ ...org, __typename: provider.orgTypeName })),
        (error: unknown) => [asErrorItem(error)],
      );
    }),
  );
  return lists.flat();
}

/** A failure as a list item: typed as the list's items, since graphql-js completes an `Error` item as that item's error. */
function asErrorItem(error: unknown): NodeModel {
  return (error instanceof Error ? error : new Error(String(error))) as unknown as NodeModel;
}

/** Every provider the gateway serves and how it reaches it (`Query.providers`). */
export function listProviders(ctx: Pick<GatewayContext, 'connected'>): ProviderInfo[] {
  return ctx.connected.map(({ provider, connection }) => ({
    name: provider.enumValue as ProviderName,
    displayName: provider.displayName,
    configured: connection.mode !== 'unconfigured',
    mode: MODES[connection.mode],
  }));
}
