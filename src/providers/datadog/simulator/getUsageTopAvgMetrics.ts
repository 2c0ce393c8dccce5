/**
 * GET /api/v1/usage/top_avg_metrics (operationId GetUsageTopAvgMetrics): the metrics of a month
 * (month to date) or of a day, with their average and peak time series per hour, ordered by the
 * average, highest first (figures: topAverageMetrics.ts). Parent-org keys see the whole account (the
 * parent and its children); child-org keys see their own org. Paged with an opaque next_record_id;
 * the last page says `next_record_id: null`. A month or day with no reported hours yet lists nothing.
 */
import { formatRfc3339 } from '../../../time/utcTime.js';
import { jsonResponse } from '../../../simulator/apiResponse.js';
import type { ApiResponse } from '../../../simulator/apiResponse.js';
import { queryFingerprint } from './recordCursor.js';
import { childrenOf, reportedRange } from './datadogWorld.js';
import type { SimOrg } from './datadogWorld.js';
import type { HandlerContext } from './handlerContext.js';
import { pageBounds } from './pageBounds.js';
import { topAverageMetrics } from './topAverageMetrics.js';
import { parseTopAverageMetricsQuery, type TopAverageMetricsQuery } from './topAverageMetricsQuery.js';

function fingerprintOf(org: SimOrg, q: TopAverageMetricsQuery): string {
  return queryFingerprint([
    'GetUsageTopAvgMetrics',
    org.publicId,
    q.period,
    q.start.getTime(),
    q.names === null ? '*' : q.names.join(','),
  ]);
}

/** Serves one page; throws {@link BadRequestError} for invalid parameters. */
export function getUsageTopAvgMetrics(ctx: HandlerContext): ApiResponse {
  const { world, org } = ctx;
  const q = parseTopAverageMetricsQuery(ctx.query, world.now);
  const orgs = [org, ...childrenOf(world, org)];
  const { startMs, endMs } = reportedRange(world.now, q.start, q.end);
  const wanted = q.names === null ? null : new Set(q.names);
  const records = topAverageMetrics(world, orgs, startMs, endMs).filter(
    (r) => wanted === null || wanted.has(r.metric_name),
  );
  const total = records.length;
  const page = pageBounds(q.nextRecordId, fingerprintOf(org, q), total, Math.min(q.limit, ctx.maxPageSize));
  return jsonResponse(200, {
    usage: records.slice(page.offset, page.stop),
    metadata: {
      pagination: {
        next_record_id: page.next,
        limit: q.limit,
        total_number_of_records: total,
      },
      [q.period]: formatRfc3339(q.start),
    },
  });
}
