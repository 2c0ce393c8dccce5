import type DataLoader from 'dataloader';
import { createKeyLoader } from '../../../loaders/createKeyLoader.js';
import type { F5xcApi } from '../f5xcApi.js';
import { fetchCurrentPeriod, type CurrentPeriodRequest, type F5xcCurrentPeriodRecord } from './currentUsageClient.js';

/** Priced periods by (namespace, period): one upstream request per distinct period in an operation. */
export type CurrentPeriodLoader = DataLoader<CurrentPeriodRequest, F5xcCurrentPeriodRecord, string>;

/** Builds the operation's current-period loader. */
export function createCurrentPeriodLoader(api: F5xcApi): CurrentPeriodLoader {
  return createKeyLoader(
    (req) => fetchCurrentPeriod(api, req),
    (req) => JSON.stringify([req.namespace, req.start.getTime(), req.end.getTime()]),
  );
}
