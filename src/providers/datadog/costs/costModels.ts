/**
 * What the cost types of the schema are backed by: the upstream DTOs as fetched, plus what the
 * upstream row does not say itself (which endpoint it came from, daily or monthly).
 */
import type { Connection, Edge } from '../../../pagination/connectionFromStream.js';
import type { ActiveBillingDimensionsDto } from './activeBillingDimensionsClient.js';
import type { BillingDimensionEndpointDto, BillingDimensionMappingDto } from './billingDimensionMappingClient.js';
import type { CostAttributionAggregateDto, CostAttributionDto } from './monthlyCostAttributionClient.js';
import type { ChargeDto, OrgCostDto } from './orgCostBody.js';
import type { CostAttributionFigure } from './costAttributionFigure.js';

/** `OrgCost`: one upstream row and how it was asked for. */
export interface OrgCostModel {
  row: OrgCostDto;
  kind: 'historical' | 'estimated' | 'projected';
  /** True for daily estimates. */
  daily: boolean;
}
export type ChargeModel = ChargeDto;
export type MonthlyCostAttributionModel = CostAttributionDto;
/** `CostAttributionValue`: a field and its value, money exact. */
export interface CostAttributionValueModel extends CostAttributionFigure {
  field: string;
}
export type CostAttributionAggregateModel = CostAttributionAggregateDto;
/** The connection and how to get its aggregates (from a page it read, else the first page). */
export type MonthlyCostAttributionConnectionModel = Connection<CostAttributionDto> & {
  aggregates: () => Promise<CostAttributionAggregateDto[]>;
};
export type MonthlyCostAttributionEdgeModel = Edge<CostAttributionDto>;
export type ActiveBillingDimensionsModel = ActiveBillingDimensionsDto;
export type BillingDimensionMappingModel = BillingDimensionMappingDto;
export type BillingDimensionEndpointModel = BillingDimensionEndpointDto;
