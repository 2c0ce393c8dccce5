import type { ProviderInfo, ProviderMode, ProviderName } from '../generated/graphql.js';
import type { GatewayContext } from '../gateway/context.js';
import type { ProviderMode as Mode } from '../gateway/provider.js';
import type { NodeModel } from './resolveNode.js';

const MODES: Readonly<Record<Mode, ProviderMode>> = {
  real: 'REAL',
  simulated: 'SIMULATED',
  unconfigured: 'UNCONFIGURED',
};

/** Every reachable provider's orgs (or one provider's), each tagged with its provider's org type (`Query.orgs`). */
export async function listOrgs(ctx: GatewayContext, only: string | null | undefined): Promise<NodeModel[]> {
  const reached = ctx.connected.filter(
    ({ provider, connection }) =>
      connection.mode !== 'unconfigured' && (only === null || only === undefined || provider.enumValue === only),
  );
  const lists = await Promise.all(
    reached.map(async ({ provider, connection }) =>
      (await connection.listOrgs(ctx)).map((org) => ({ ...org, __typename: provider.orgTypeName })),
    ),
  );
  return lists.flat();
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
