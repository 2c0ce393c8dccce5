import type { FastlyServiceUsageConnectionResolvers } from '../../../generated/graphql.js';

/** The service-usage connection's derived fields. */
export const FastlyServiceUsageConnection: FastlyServiceUsageConnectionResolvers = {
  nodes: (c) => c.edges.map((e) => e.node),
  totalCount: (c) => c.totalCount(),
};
