/**
 * What the hourly-usage types are backed by: upstream DTOs, as fetched, with no copying. Codegen
 * maps the schema's types onto these (codegen.ts `mappers`).
 */
import type { Connection, Edge } from '../../../pagination/connectionFromStream.js';
import type { HourlyUsageDto, HourlyUsageMeasurementDto } from './hourlyUsageClient.js';

export type HourlyUsageModel = HourlyUsageDto;
export type MeasurementModel = HourlyUsageMeasurementDto;
export type HourlyUsageConnectionModel = Connection<HourlyUsageDto>;
export type HourlyUsageEdgeModel = Edge<HourlyUsageDto>;
