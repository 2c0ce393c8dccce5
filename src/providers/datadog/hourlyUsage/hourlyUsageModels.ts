/**
 * What each GraphQL object type is backed by: upstream DTOs, as fetched, with no copying. Codegen
 * maps the schema's types onto these (codegen.ts `mappers`).
 */
import type { Connection, Edge } from '../../../pagination/connectionFromStream.js';
import type { HourlyUsageDto, HourlyUsageMeasurementDto } from './hourlyUsageClient.js';
import type { OrgDto } from '../orgs/orgDirectory.js';

/** An org; `isAccount` and `parentPublicId` may be unknown for orgs seen only in usage records. */
export type OrgModel =
  OrgDto | { publicId: string; name: string; region: string; isAccount?: undefined; parentPublicId?: undefined };
export type HourlyUsageModel = HourlyUsageDto;
export type MeasurementModel = HourlyUsageMeasurementDto;
export type HourlyUsageConnectionModel = Connection<HourlyUsageDto>;
export type HourlyUsageEdgeModel = Edge<HourlyUsageDto>;
