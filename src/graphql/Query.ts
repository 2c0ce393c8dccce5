import type { QueryResolvers } from '../generated/graphql.js';
import { resolveHourlyUsage } from '../providers/datadog/hourlyUsage/hourlyUsageField.js';
import { resolveNode, type NodeModel } from './resolveNode.js';
import { BadUserInputError } from '../errors.js';

/** The most IDs `nodes(ids:)` takes at once. */
export const MAX_NODES = 100;

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
  account: async (_root, _args, ctx) => (await ctx.loaders.orgDirectory()).account,
  orgs: async (_root, _args, ctx) => (await ctx.loaders.orgDirectory()).orgs,
  org: async (_root, { publicId }, ctx) => (await ctx.loaders.orgDirectory()).byPublicId.get(publicId) ?? null,
  hourlyUsage: (_root, args, ctx) =>
    resolveHourlyUsage(
      ctx,
      args,
      args.includeDescendants ? { kind: 'descendants' } : { kind: 'account', publicId: null },
    ),
};
