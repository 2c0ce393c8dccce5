/** What the top-average-metrics types are backed by (codegen.ts `mappers`): upstream DTOs as fetched. */
import type { Connection, Edge } from '../../../pagination/connectionFromStream.js';
import type { TopAvgMetricDto } from './topAverageMetricsClient.js';

export type TopAverageMetricModel = TopAvgMetricDto;
export type TopAverageMetricEdgeModel = Edge<TopAvgMetricDto>;
/** A page of the ranking, and how to learn the ranking's size (read only when selected). */
export type TopAverageMetricConnectionModel = Connection<TopAvgMetricDto> & {
  totalCount: () => Promise<number | bigint | null>;
};
