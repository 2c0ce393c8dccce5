import type DataLoader from 'dataloader';
import { createKeyLoader } from '../../../loaders/createKeyLoader.js';
import { formatMonth } from '../../../time/utcTime.js';
import type { DatadogApi } from '../datadogApi.js';
import { fetchUsageSummary, type UsageSummaryDto, type UsageSummaryRequest } from './usageSummaryClient.js';

/** One upstream call per distinct (start month, end month, org details). */
export type UsageSummaryLoader = DataLoader<UsageSummaryRequest, UsageSummaryDto, string>;

/** The usage-summary loader of one operation. */
export function createUsageSummaryLoader(api: DatadogApi): UsageSummaryLoader {
  return createKeyLoader(
    (req: UsageSummaryRequest) => fetchUsageSummary(api, req),
    (req) => `${formatMonth(req.startMonth)}|${formatMonth(req.endMonth)}|${req.includeOrgDetails}`,
  );
}
