import { createPageLoader, type PageLoader } from '../../../loaders/createPageLoader.js';
import type { FastlyApi } from '../fastlyApi.js';
import { fetchServiceUsagePage, type ServiceUsageDto } from './serviceUsageClient.js';
import { serviceUsageParamsCodec } from './serviceUsageParams.js';

/** The loaders for service usage, one set per operation. */
export interface ServiceUsageLoaders {
  /** Pages of getServiceLevelUsage by (params written by `serviceUsageParamsCodec`, upstream cursor). */
  pages: PageLoader<ServiceUsageDto>;
  /**
   * `meta.total` of the list read with `params`: from any page of the same list (product, usage
   * type and months, whatever the page size) this operation already read, else from its first page.
   */
  totalCount: (params: string) => Promise<number | bigint | null>;
}

/** Builds the service-usage loaders of one operation. */
export function createServiceUsageLoaders(api: FastlyApi): ServiceUsageLoaders {
  const totals = new Map<string, number | bigint | null>();
  const listOf = (params: string): string => {
    const p = serviceUsageParamsCodec.decode(params);
    return JSON.stringify([p.productId, p.usageType, p.startMonth.getTime(), p.endMonth.getTime()]);
  };
  const pages = createPageLoader(async (params, cursor) => {
    const page = await fetchServiceUsagePage(api, { ...serviceUsageParamsCodec.decode(params), cursor });
    totals.set(listOf(params), page.total);
    return { records: page.records, next: page.next };
  });
  return {
    pages,
    totalCount: async (params) => {
      const list = listOf(params);
      if (!totals.has(list)) await pages.load({ params, cursor: null });
      return totals.get(list) ?? null;
    },
  };
}
