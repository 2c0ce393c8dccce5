/**
 * What the usage-summary types are backed by (codegen.ts `mappers`): the upstream DTOs as fetched,
 * with whether org details were asked for.
 */
import type { UsageSummaryDto, UsageSummaryMonthDto, UsageSummaryOrgDto } from './usageSummaryClient.js';

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
