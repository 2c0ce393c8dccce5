import type DataLoader from 'dataloader';
import { createKeyLoader } from '../../../loaders/createKeyLoader.js';
import type { F5xcApi } from '../f5xcApi.js';
import { fetchUsageDetails, type F5xcUsageItemRecord, type UsageDetailsRequest } from './usageDetailsClient.js';

/** Usage items by (namespace, window): one upstream request per distinct window in an operation. */
export type UsageDetailsLoader = DataLoader<UsageDetailsRequest, F5xcUsageItemRecord[], string>;

/** Builds the operation's usage-details loader. */
export function createUsageDetailsLoader(api: F5xcApi): UsageDetailsLoader {
  return createKeyLoader(
    (req) => fetchUsageDetails(api, req),
    (req) => JSON.stringify([req.namespace, req.from.getTime(), req.to.getTime()]),
  );
}
