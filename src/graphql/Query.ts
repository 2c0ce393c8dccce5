import type { ProviderMode, ProviderName, QueryResolvers } from '../generated/graphql.js';
import type { GatewayContext } from '../gateway/context.js';
import type { ProviderMode as Mode } from '../gateway/provider.js';
import { BadUserInputError } from '../errors.js';
import { resolveNode, type NodeModel } from './resolveNode.js';

/** The most IDs `nodes(ids:)` takes at once. */
export const MAX_NODES = 100;

const MODES: Readonly<Record<Mode, ProviderMode>> = {
  real: 'REAL',
  simulated: 'SIMULATED',
  unconfigured: 'UNCONFIGURED',
};

/** Every reachable provider's orgs (or one provider's), each tagged with its provider's org type. */
async function listOrgs(ctx: GatewayContext, only: string | null | undefined): Promise<NodeModel[]> {
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

/** The provider-neutral root fields: nodes, providers, orgs across providers. */
export const Query: QueryResolvers = {
  node: (_root, { id }, ctx) => resolveNode(ctx, id),
  nodes: (_root, { ids }, ctx) => {
    if (ids.length > MAX_NODES) {
      throw new BadUserInputError(`Argument "ids" must hold at most ${MAX_NODES} IDs, but got: ${ids.length}`, {
        argumentName: 'ids',
      });
    }
    // One promise per ID: a failing or missing ID becomes null (with its error) without failing the others.
    return ids.map((id) => resolveNode(ctx, id)) as Array<Promise<NodeModel>>;
  },
  providers: (_root, _args, ctx) =>
    ctx.connected.map(({ provider, connection }) => ({
      name: provider.enumValue as ProviderName,
      displayName: provider.displayName,
      configured: connection.mode !== 'unconfigured',
      mode: MODES[connection.mode],
    })),
  orgs: (_root, { provider }, ctx) => listOrgs(ctx, provider),
};
