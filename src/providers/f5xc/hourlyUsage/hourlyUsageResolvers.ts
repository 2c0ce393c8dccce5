import type { F5xcHourlyUsageConnectionResolvers } from '../../../generated/graphql.js';

/** The hourly-breakdown connection's derived fields. */
export const F5xcHourlyUsageConnection: F5xcHourlyUsageConnectionResolvers = {
  nodes: (c) => c.edges.map((e) => e.node),
};
