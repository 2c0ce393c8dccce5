import type { Resolvers } from '../../../generated/graphql.js';
/** The type of the deprecated `networkFlows` field (its `org` comes from the field specs). */
export const networkFlowsResolvers: Resolvers = {
  NetworkFlowsHour: {
    hour: (h) => new Date(h.hour),
    indexedEventsCount: (h) => h.indexed_events_count,
  },
};
