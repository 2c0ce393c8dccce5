import type DataLoader from 'dataloader';
import { createKeyLoader } from '../../../loaders/createKeyLoader.js';
import { formatMonth } from '../../../time/utcTime.js';
import type { DatadogApi } from '../datadogApi.js';
import { fetchUsageBillableSummary, type BillableUsageRowDto } from './billableSummaryClient.js';

/** Month (first instant) -> every org's row; one upstream call per distinct month, shared by all orgs. */
export type BillableSummaryLoader = DataLoader<Date, BillableUsageRowDto[], string>;

/** The billable-summary loader of one operation. */
export function createBillableSummaryLoader(api: DatadogApi): BillableSummaryLoader {
  return createKeyLoader(
    (month: Date) => fetchUsageBillableSummary(api, month),
    (month) => formatMonth(month),
  );
}
