/** What the F5 hourly-breakdown types are backed by (codegen.ts `mappers`). */
import type { Connection, Edge } from '../../../pagination/connectionFromStream.js';
import type { F5xcHourlyUsageRecord } from './hourlyUsageClient.js';

export type F5xcHourlyUsageModel = F5xcHourlyUsageRecord;
export type F5xcHourlyUsageEdgeModel = Edge<F5xcHourlyUsageRecord>;
/** A page of hours and the breakdown's length. */
export type F5xcHourlyUsageConnectionModel = Connection<F5xcHourlyUsageRecord> & { totalCount: number };
