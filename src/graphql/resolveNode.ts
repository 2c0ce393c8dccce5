import type { GatewayContext } from '../gateway/context.js';
import type { NodeLoader } from '../gateway/provider.js';
import { fromGlobalId } from './globalId.js';

/** What `node(id:)` returns: the provider's model, tagged with its type for `Node.__resolveType`. */
export type NodeModel = object & { __typename: string };

/** Every node type of the providers the gateway runs with, and who loads it. */
export function nodeLoaders(ctx: GatewayContext): ReadonlyMap<string, NodeLoader> {
  const loaders = new Map<string, NodeLoader>();
  for (const { provider } of ctx.connected) {
    for (const [type, load] of Object.entries(provider.nodeTypes)) loaders.set(type, load);
  }
  return loaders;
}

/**
 * Fetches an object by global ID through the provider that owns its type (BAD_USER_INPUT for an ID
 * meterql did not issue; null when the object does not exist for these credentials).
 */
export async function resolveNode(ctx: GatewayContext, id: string): Promise<NodeModel | null> {
  const loaders = nodeLoaders(ctx);
  const { type, localId } = fromGlobalId(id, new Set(loaders.keys()));
  const model = await (loaders.get(type) as NodeLoader)(ctx, localId, id);
  return model === null ? null : { ...model, __typename: type };
}
