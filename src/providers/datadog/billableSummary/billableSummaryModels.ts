/** What the billable-summary types are backed by (codegen.ts `mappers`): upstream DTOs with the month asked for. */
import type { BillableUsageBodyDto, BillableUsageRowDto } from './billableSummaryClient.js';

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
