import type DataLoader from 'dataloader';
import { createKeyLoader } from '../../../loaders/createKeyLoader.js';
import { formatHour } from '../../../time/utcTime.js';
import type { DatadogApi } from '../datadogApi.js';
import { fetchUsageNetworkFlows, type NetworkFlowsHourDto } from './networkFlowsClient.js';

/** An upstream hour window `[start, end)`. */
export interface HourWindow {
  start: Date;
  end: Date;
}

/** One upstream call per distinct window. */
export type NetworkFlowsLoader = DataLoader<HourWindow, NetworkFlowsHourDto[], string>;

/** The (deprecated) network-flows loader of one operation. */
export function createNetworkFlowsLoader(api: DatadogApi): NetworkFlowsLoader {
  return createKeyLoader(
    (window: HourWindow) => fetchUsageNetworkFlows(api, window),
    (window) => `${formatHour(window.start)}|${formatHour(window.end)}`,
  );
}
