import type { Resolvers } from '../generated/graphql.js';

/** Resolvers for top average metrics. */
export const topMetricsResolvers: Resolvers = {};
