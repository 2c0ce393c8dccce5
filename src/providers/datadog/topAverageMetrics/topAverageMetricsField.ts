import type { GatewayContext } from '../../../gateway/context.js';
import { connectionFromStream, type ConnectionArgs } from '../../../pagination/connectionFromStream.js';
import { cursorStream } from '../../../pagination/cursorChain.js';
import { topAverageMetricsParamsCodec } from './topAverageMetricsParams.js';
import { formatDay, formatMonth } from '../../../time/utcTime.js';
import { TOP_AVG_METRICS_MAX_LIMIT } from './topAverageMetricsClient.js';
import type { TopAverageMetricsRequest, TopAverageMetricsView } from './topAverageMetricsArgs.js';
import type { TopAverageMetricConnectionModel } from './topAverageMetricsModels.js';
import { DEFAULT_PAGE_SIZE, connectionOptions } from '../../../pagination/connectionOptions.js';

/**
 * The upstream `limit` for a connection page: `first` + 1, so that one upstream page holds the whole
 * GraphQL page and the one record after it that tells `hasNextPage`; the largest page for `last`
 * (backward paging walks the list up to `before`, so fewer, larger pages are cheaper).
 */
export function upstreamLimit(args: ConnectionArgs): number {
  if (typeof args.first === 'number') return Math.min(TOP_AVG_METRICS_MAX_LIMIT, Math.max(1, args.first + 1));
  if (typeof args.last === 'number') return TOP_AVG_METRICS_MAX_LIMIT;
  return DEFAULT_PAGE_SIZE + 1;
}

/** The identity of a ranking for its cursors: endpoint, normalized arguments, credentials scope. */
export function topAverageMetricsViewKey(view: TopAverageMetricsView, credentialScope: string): string {
  const { period } = view;
  return [
    'top_avg_metrics',
    period.kind,
    period.kind === 'month' ? formatMonth(period.start) : formatDay(period.start),
    JSON.stringify(view.names),
    credentialScope,
  ].join('|');
}

/** Resolves `Query.topAverageMetrics`: a connection over the upstream's `next_record_id` chain. */
export async function resolveTopAverageMetrics(
  ctx: GatewayContext,
  req: TopAverageMetricsRequest,
): Promise<TopAverageMetricConnectionModel> {
  const { view, page } = req;
  const { pages, totalCount } = ctx.providers.datadog.loaders.topAverageMetrics;
  const params = topAverageMetricsParamsCodec.encode({
    period: view.period,
    names: view.names,
    limit: upstreamLimit(page),
  });
  const connection = await connectionFromStream(
    cursorStream(topAverageMetricsParamsCodec, [params], pages),
    page,
    connectionOptions(ctx, topAverageMetricsViewKey(view, ctx.providers.datadog.credentialScope)),
  );
  return { ...connection, totalCount: () => totalCount(params) };
}
