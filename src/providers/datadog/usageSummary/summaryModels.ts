/**
 * What the summary types of the schema are backed by: the upstream DTOs as fetched (codegen.ts
 * `mappers`), with the request context a type needs to answer (the month asked for, whether org
 * details were asked for).
 */
import type { BillableUsageBodyDto, BillableUsageRowDto } from '../billableSummary/billableSummaryClient.js';
import type { NetworkFlowsHourDto } from '../networkFlows/networkFlowsClient.js';
import type { UsageSummaryDto, UsageSummaryMonthDto, UsageSummaryOrgDto } from './usageSummaryClient.js';

/** One org's billable-summary row and the month it was asked for. */
export interface BillableUsageModel {
  row: BillableUsageRowDto;
  month: Date;
}

/** One billable key of a row. */
export interface BillableDimensionModel {
  name: string;
  body: BillableUsageBodyDto;
}

/** A usage summary and whether it was asked with org details. */
export interface UsageSummaryModel {
  summary: UsageSummaryDto;
  includeOrgDetails: boolean;
}

/** One month of a usage summary. */
export interface UsageSummaryMonthModel {
  month: UsageSummaryMonthDto;
  includeOrgDetails: boolean;
}

export type UsageSummaryOrgModel = UsageSummaryOrgDto;

/** One numeric field of a summary level: its upstream name and value as parsed (bigint beyond 2^53). */
export interface UsageFigureModel {
  name: string;
  value: number | bigint | null;
}

export type NetworkFlowsHourModel = NetworkFlowsHourDto;
