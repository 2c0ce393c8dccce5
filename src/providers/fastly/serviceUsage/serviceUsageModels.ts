/** What the Fastly service-usage types are backed by (codegen.ts `mappers`): upstream DTOs as fetched. */
import type { Connection, Edge } from '../../../pagination/connectionFromStream.js';
import type { ServiceUsageDto } from './serviceUsageClient.js';

export type FastlyServiceUsageModel = ServiceUsageDto;
export type FastlyServiceUsageEdgeModel = Edge<ServiceUsageDto>;
/** A page of services, and how to learn the list's size (read only when selected). */
export type FastlyServiceUsageConnectionModel = Connection<ServiceUsageDto> & {
  totalCount: () => Promise<number | bigint | null>;
};
