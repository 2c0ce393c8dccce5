import type DataLoader from 'dataloader';
import type { DatadogApi } from '../datadogApi.js';
import { fetchUsageBillableSummary, type BillableUsageRowDto } from '../billableSummary/billableSummaryClient.js';
import { fetchUsageNetworkFlows, type NetworkFlowsHourDto } from '../networkFlows/networkFlowsClient.js';
import { fetchUsageSummary, type UsageSummaryDto, type UsageSummaryRequest } from './usageSummaryClient.js';
import { formatHour, formatMonth } from '../../../time/utcTime.js';
import { createKeyLoader } from '../../../loaders/createKeyLoader.js';

/** An upstream hour window `[start, end)`. */
export interface HourWindow {
  start: Date;
  end: Date;
}

/** The loaders for the billable summary, the usage summary and (deprecated) network flows, one set per operation. */
export interface SummaryLoaders {
  /** Month (first instant) -> every org's row; one upstream call per distinct month, shared by all orgs. */
  billableSummary: DataLoader<Date, BillableUsageRowDto[], string>;
  /** One upstream call per distinct (start month, end month, org details). */
  usageSummary: DataLoader<UsageSummaryRequest, UsageSummaryDto, string>;
  /** One upstream call per distinct window. */
  networkFlows: DataLoader<HourWindow, NetworkFlowsHourDto[], string>;
}

/** Builds the billable summary, usage summary and (deprecated) network flows loaders of one operation. */
export function createSummaryLoaders(api: DatadogApi): SummaryLoaders {
  return {
    billableSummary: createKeyLoader(
      (month: Date) => fetchUsageBillableSummary(api, month),
      (month) => formatMonth(month),
    ),
    usageSummary: createKeyLoader(
      (req: UsageSummaryRequest) => fetchUsageSummary(api, req),
      (req) => `${formatMonth(req.startMonth)}|${formatMonth(req.endMonth)}|${req.includeOrgDetails}`,
    ),
    networkFlows: createKeyLoader(
      (window: HourWindow) => fetchUsageNetworkFlows(api, window),
      (window) => `${formatHour(window.start)}|${formatHour(window.end)}`,
    ),
  };
}
