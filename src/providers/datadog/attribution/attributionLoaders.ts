import type { DatadogApi } from '../datadogApi.js';
import { fetchHourlyUsageAttributionPage, type HourlyUsageAttributionDto } from './hourlyUsageAttributionClient.js';
import { fetchMonthlyUsageAttributionPage } from './monthlyUsageAttributionClient.js';
import { fetchUsageAttributionTypes } from './usageAttributionTypesClient.js';
import { hourlyAttributionParamsCodec, monthlyAttributionParamsCodec } from './attributionParams.js';
import { once } from '../../../loaders/once.js';
import { createPageLoader, type PageLoader } from '../../../loaders/createPageLoader.js';
import {
  createMonthlyAttributionOpenLoader,
  type MonthlyAttributionOpenLoader,
  type MonthlyAttributionPageLoader,
} from './monthlyAttributionOpenLoader.js';

/** The loaders for hourly and monthly usage attribution and usage attribution types, one set per operation. */
export interface AttributionLoaders {
  /** Hourly attribution pages by (segment params, upstream cursor): identical pages are read once. */
  hourlyPages: PageLoader<HourlyUsageAttributionDto>;
  /** Monthly attribution pages by (params, upstream cursor), with the response's aggregates. */
  monthlyPages: MonthlyAttributionPageLoader;
  /** Opens monthly attribution streams, merging views that differ only in fields. */
  monthlyOpen: MonthlyAttributionOpenLoader;
  /** The usage attribution types, read at most once per operation (again only after a failure). */
  types(): Promise<string[]>;
}

/** Builds the hourly and monthly usage attribution and usage attribution types loaders of one operation. */
export function createAttributionLoaders(api: DatadogApi): AttributionLoaders {
  const hourlyPages = createPageLoader(async (params, cursor) => {
    const page = await fetchHourlyUsageAttributionPage(api, {
      ...hourlyAttributionParamsCodec.decode(params),
      nextRecordId: cursor,
    });
    return { records: page.records, next: page.nextRecordId };
  });
  const monthlyPages: MonthlyAttributionPageLoader = createPageLoader(async (params, cursor) => {
    const page = await fetchMonthlyUsageAttributionPage(api, {
      ...monthlyAttributionParamsCodec.decode(params),
      nextRecordId: cursor,
    });
    return { records: page.records, next: page.nextRecordId, aggregates: page.aggregates };
  });
  const types = once(() => fetchUsageAttributionTypes(api));
  return {
    hourlyPages,
    monthlyPages,
    monthlyOpen: createMonthlyAttributionOpenLoader(monthlyPages),
    types,
  };
}
