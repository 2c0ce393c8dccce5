import type { DatadogApi } from '../datadogApi.js';
import { fetchTopAverageMetricsPage, type TopAvgMetricDto } from './topAverageMetricsClient.js';
import { topAverageMetricsParamsCodec } from './topAverageMetricsParams.js';
import { createPageLoader, type PageLoader } from '../../../loaders/createPageLoader.js';

/** The loaders for top average metrics, one set per operation. */
export interface TopAverageMetricsLoaders {
  /** Pages of GetUsageTopAvgMetrics by (params written by `topAverageMetricsParamsCodec`, upstream cursor). */
  pages: PageLoader<TopAvgMetricDto>;
  /**
   * `total_number_of_records` of the ranking read with `params`: taken from any page of the same
   * ranking (period and names, whatever the page size) this operation already read (every page
   * carries it), else from its first page. Null when the
   * upstream does not say.
   */
  totalCount: (params: string) => Promise<number | bigint | null>;
}

/** Builds the top average metrics loaders of one operation. */
export function createTopAverageMetricsLoaders(api: DatadogApi): TopAverageMetricsLoaders {
  // By ranking (period and names, not page size): pages read with a cursor's params count too.
  const totals = new Map<string, number | bigint | null>();
  const rankingOf = (params: string): string => {
    const { period, names } = topAverageMetricsParamsCodec.decode(params);
    return JSON.stringify([period.kind, period.start.toISOString(), names]);
  };
  const pages = createPageLoader(async (params, cursor) => {
    const page = await fetchTopAverageMetricsPage(api, {
      ...topAverageMetricsParamsCodec.decode(params),
      nextRecordId: cursor,
    });
    totals.set(rankingOf(params), page.totalNumberOfRecords);
    return { records: page.records, next: page.nextRecordId };
  });
  return {
    pages,
    totalCount: async (params) => {
      const ranking = rankingOf(params);
      if (!totals.has(ranking)) await pages.load({ params, cursor: null });
      return totals.get(ranking) ?? null;
    },
  };
}
