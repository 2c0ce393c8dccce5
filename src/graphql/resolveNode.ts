import type { GatewayContext } from '../gateway/context.js';
import type { NodeLoader, Provider } from '../gateway/provider.js';
import { fromGlobalId } from './globalId.js';
import { maySeeOrg } from '../security/orgScope.js';

/** What `node(id:)` returns: the provider's model, tagged with its type for `Node.__resolveType`. */
export type NodeModel = object & { __typename: string };

/**
 * Every node type of `providers`, and who loads it; built once per gateway. A type name two providers
 * claim is a programming error and throws at start-up (one provider's IDs would reach the other).
 * Each provider's org type answers null for an org outside the caller's scope, as for one that does
 * not exist.
 */
export function nodeTypesOf(providers: readonly Provider[]): ReadonlyMap<string, NodeLoader> {
  const loaders = new Map<string, NodeLoader>();
  for (const provider of providers) {
    for (const [type, load] of Object.entries(provider.nodeTypes)) {
      if (loaders.has(type)) throw new Error(`Node type ${type} is declared by two providers`);
      loaders.set(type, type === provider.orgTypeName ? scopedOrgLoader(provider, load) : load);
    }
  }
  return loaders;
}

/**
 * Fetches an object by global ID through the provider that owns its type (BAD_USER_INPUT for an ID
 * meterql did not issue; null when the object does not exist for these credentials).
 */
export async function resolveNode(ctx: GatewayContext, id: string): Promise<NodeModel | null> {
  const { type, localId } = fromGlobalId(id, ctx.nodeTypes);
  const model = await (ctx.nodeTypes.get(type) as NodeLoader)(ctx, localId, id);
  return model === null ? null : { ...model, __typename: type };
}

/** `load`, answering null for an org the caller may not see. */
function scopedOrgLoader(provider: Provider, load: NodeLoader): NodeLoader {
  return async (ctx, localId, id) => {
    const org = await load(ctx, localId, id);
    return org !== null && maySeeOrg(ctx.caller, provider.name, provider.orgScopeId(org)) ? org : null;
  };
}
