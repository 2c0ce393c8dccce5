import type { Resolvers } from '../generated/graphql.js';
import { networkFlowsWindow } from './summaryArgs.js';

/** The deprecated `networkFlows` field and its type. */
export const networkFlowsResolvers: Resolvers = {
  Query: {
    networkFlows: async (_root, args, ctx) => {
      const window = networkFlowsWindow(args, ctx.now);
      return window === null ? [] : ctx.loaders.summaries.networkFlows.load(window);
    },
  },
  NetworkFlowsHour: {
    // The upstream row has no region: it comes from the org directory when that can be read (parent
    // keys), else it is left empty rather than failing the row.
    org: async (h, _args, ctx) => {
      const known = await ctx.loaders.orgDirectory().then(
        (d) => d.byPublicId.get(h.public_id),
        () => undefined,
      );
      return known ?? { publicId: h.public_id, name: h.org_name, region: '' };
    },
    hour: (h) => new Date(h.hour),
    indexedEventsCount: (h) => h.indexed_events_count,
  },
};
