import { defineParamsCodec, paramsField } from '../../../pagination/paramsCodec.js';
import type { ServiceUsageRequest } from './serviceUsageClient.js';

/** The upstream parameters a service-usage stream is read with (everything but the cursor). */
export type ServiceUsageParams = Omit<ServiceUsageRequest, 'cursor'>;

/**
 * The params codec of service-usage streams (getServiceLevelUsage): the string keys the page loader
 * and travels in connection cursors, so a later request resumes the very upstream stream (same
 * product, usage type, months and page size) its cursor came from.
 */
export const serviceUsageParamsCodec = defineParamsCodec<ServiceUsageParams>({
  name: 'fastlyServiceUsage',
  version: 1,
  fields: {
    productId: paramsField.string,
    usageType: paramsField.string,
    startMonth: paramsField.month,
    endMonth: paramsField.month,
    limit: paramsField.integer,
  },
});
