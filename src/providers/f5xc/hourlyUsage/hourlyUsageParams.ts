import { defineParamsCodec, paramsField } from '../../../pagination/paramsCodec.js';
import type { HourlyUsageRequest } from './hourlyUsageClient.js';

/**
 * The params codec of hourly-breakdown streams: the item's namespace and `hourly_breakdown_query`,
 * keying the loader and travelling in connection cursors, so a later request pages the very item
 * its cursor came from.
 */
export const hourlyUsageParamsCodec = defineParamsCodec<HourlyUsageRequest>({
  name: 'f5xcHourlyUsage',
  version: 1,
  fields: { namespace: paramsField.string, query: paramsField.string },
});
