import type { TopAverageMetricConnectionResolvers, TopAverageMetricResolvers } from '../../../generated/graphql.js';

export const TopAverageMetric: TopAverageMetricResolvers = {
  metricName: (r) => r.metric_name,
  category: (r) => r.metric_category,
  averagePerHour: (r) => r.avg_metric_hour,
  maximumPerHour: (r) => r.max_metric_hour,
};

export const TopAverageMetricConnection: TopAverageMetricConnectionResolvers = {
  nodes: (c) => c.edges.map((e) => e.node),
  totalCount: (c) => c.totalCount(),
};
