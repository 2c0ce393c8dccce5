/**
 * What the attribution types of the schema are backed by (codegen.ts `mappers`): upstream DTOs as
 * fetched, plus, for monthly records, the fields the view asked for.
 */
import type { Connection, Edge } from '../../../pagination/connectionFromStream.js';
import type { HourlyUsageAttributionDto } from './hourlyUsageAttributionClient.js';
import type { MonthlyUsageAttributionDto, UsageAttributionAggregateDto } from './monthlyUsageAttributionClient.js';

export type HourlyUsageAttributionModel = HourlyUsageAttributionDto;
export type HourlyUsageAttributionConnectionModel = Connection<HourlyUsageAttributionDto>;
export type HourlyUsageAttributionEdgeModel = Edge<HourlyUsageAttributionDto>;

/** A monthly record as one view shows it: only `fields` (null: every field the upstream sent). */
export interface MonthlyUsageAttributionModel {
  record: MonthlyUsageAttributionDto;
  fields: ReadonlySet<string> | null;
}
export type MonthlyUsageAttributionEdgeModel = Edge<MonthlyUsageAttributionModel>;

/** A monthly connection; `aggregates` reads the view's aggregates (null where they do not apply). */
export interface MonthlyUsageAttributionConnectionModel extends Connection<MonthlyUsageAttributionModel> {
  aggregates: (() => Promise<UsageAttributionAggregateDto[]>) | null;
}
export type UsageAttributionAggregateModel = UsageAttributionAggregateDto;
