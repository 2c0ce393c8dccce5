import type DataLoader from 'dataloader';
import { createKeyLoader } from '../../../loaders/createKeyLoader.js';
import type { F5xcApi } from '../f5xcApi.js';
import { fetchHourlyUsage, type F5xcHourlyUsageRecord } from './hourlyUsageClient.js';
import { hourlyUsageParamsCodec } from './hourlyUsageParams.js';

/**
 * Hourly breakdowns by params (`hourlyUsageParamsCodec`): the upstream answers one item's every hour
 * in one unpaged answer, so each distinct query is one request per operation, however many fields
 * (or pages) ask for it; distinct queries go out concurrently.
 */
export type HourlyUsageLoader = DataLoader<string, F5xcHourlyUsageRecord[], string>;

/** Builds the operation's hourly-breakdown loader. */
export function createHourlyUsageLoader(api: F5xcApi): HourlyUsageLoader {
  return createKeyLoader(
    (params: string) => fetchHourlyUsage(api, hourlyUsageParamsCodec.decode(params)),
    (params) => params,
  );
}
