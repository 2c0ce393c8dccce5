import type { Resolvers } from '../../../generated/graphql.js';
import { recordOrg } from '../orgs/recordOrg.js';
import { checkNetworkFlowsWindow } from '../usageSummary/summaryArgs.js';

/** The deprecated `networkFlows` field and its type. */
export const networkFlowsResolvers: Resolvers = {
  Query: {
    networkFlows: async (_root, args, ctx) => {
      const window = checkNetworkFlowsWindow(args, ctx.now);
      return window === null ? [] : ctx.loaders.summaries.networkFlows.load(window);
    },
  },
  NetworkFlowsHour: {
    org: (h, _args, ctx, info) => recordOrg(h.public_id, h.org_name, ctx, info),
    hour: (h) => new Date(h.hour),
    indexedEventsCount: (h) => h.indexed_events_count,
  },
};
