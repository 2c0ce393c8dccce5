import type { Resolvers } from '../../../generated/graphql.js';
import { TopAverageMetric, TopAverageMetricConnection } from './topAverageMetricResolvers.js';

/** Resolvers of the top average metrics types (the field itself comes from the field specs). */
export const topAverageMetricsResolvers: Resolvers = {
  TopAverageMetric,
  TopAverageMetricConnection,
};
