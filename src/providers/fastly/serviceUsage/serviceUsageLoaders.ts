import { createCountedPageLoader, type CountedPageLoaders } from '../../../loaders/createCountedPageLoader.js';
import type { FastlyApi } from '../fastlyApi.js';
import { fetchServiceUsagePage, type ServiceUsageDto } from './serviceUsageClient.js';
import { serviceUsageParamsCodec } from './serviceUsageParams.js';

/** Pages of getServiceLevelUsage by (params written by `serviceUsageParamsCodec`, cursor), and each list's `meta.total`. */
export type ServiceUsageLoaders = CountedPageLoaders<ServiceUsageDto>;

/** Builds the service-usage loaders of one operation; a list is its product, usage type and months, whatever the page size. */
export function createServiceUsageLoaders(api: FastlyApi): ServiceUsageLoaders {
  return createCountedPageLoader(
    (params) => serviceUsageParamsCodec.decode(params),
    (request, cursor) => fetchServiceUsagePage(api, { ...request, cursor }),
    (p) => JSON.stringify([p.productId, p.usageType, p.startMonth.getTime(), p.endMonth.getTime()]),
  );
}
