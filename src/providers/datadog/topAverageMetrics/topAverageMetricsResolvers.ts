import type { Resolvers } from '../../../generated/graphql.js';
import { TopAverageMetric, TopAverageMetricConnection } from './topAverageMetricResolvers.js';
import { resolveTopAverageMetrics } from './topAverageMetricsField.js';

/** Resolvers for top average metrics. */
export const topMetricsResolvers: Resolvers = {
  Query: {
    topAverageMetrics: (_root, args, ctx) => resolveTopAverageMetrics(ctx, args),
  },
  TopAverageMetric,
  TopAverageMetricConnection,
};
