import type { NetworkFlowsHourDto } from './networkFlowsClient.js';

/** What `NetworkFlowsHour` is backed by (codegen.ts `mappers`): the upstream DTO as fetched. */
export type NetworkFlowsHourModel = NetworkFlowsHourDto;
