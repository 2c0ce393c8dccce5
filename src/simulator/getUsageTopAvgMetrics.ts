/**
 * GET /api/v1/usage/top_avg_metrics (operationId GetUsageTopAvgMetrics): the metrics of a month
 * (month to date) or of a day, with their average and peak time series per hour, ordered by the
 * average, highest first (figures: topAvgMetrics.ts). Parent-org keys see the whole account (the
 * parent and its children); child-org keys see their own org. Paged with an opaque next_record_id;
 * the last page says `next_record_id: null`. A month or day with no reported hours yet lists nothing.
 */
import { formatRfc3339 } from '../time/utcTime.js';
import { BadRequestError, jsonResponse } from './apiResponse.js';
import type { ApiResponse } from './apiResponse.js';
import { decodeCursor, encodeCursor, queryFingerprint } from './cursor.js';
import { childrenOf, reportedRange } from './datadogWorld.js';
import type { SimOrg } from './datadogWorld.js';
import type { HandlerContext } from './handlerContext.js';
import { topAvgMetrics } from './topAvgMetrics.js';
import { parseTopAvgMetricsQuery, type TopAvgMetricsQuery } from './topAvgMetricsQuery.js';

function fingerprintOf(org: SimOrg, q: TopAvgMetricsQuery): string {
  return queryFingerprint([
    'GetUsageTopAvgMetrics',
    org.publicId,
    q.period,
    q.start.getTime(),
    q.names === null ? '*' : q.names.join(','),
  ]);
}

function startOffset(raw: string | undefined, fingerprint: string, total: number): number {
  if (raw === undefined) return 0;
  const cursor = decodeCursor(raw);
  if (!cursor || cursor.offset === 0 || cursor.offset >= total) {
    throw new BadRequestError(
      `Invalid value for the parameter 'next_record_id': expected a next_record_id returned by this endpoint, got '${raw}'`,
    );
  }
  if (cursor.fingerprint !== fingerprint) {
    throw new BadRequestError(
      `Invalid value for the parameter 'next_record_id': '${raw}' was issued for different query parameters; repeat the original parameters with it`,
    );
  }
  return cursor.offset;
}

/** Serves one page; throws {@link BadRequestError} for invalid parameters. */
export function getUsageTopAvgMetrics(ctx: HandlerContext): ApiResponse {
  const { world, org } = ctx;
  const q = parseTopAvgMetricsQuery(ctx.query, world.now);
  const orgs = [org, ...childrenOf(world, org)];
  const { startMs, endMs } = reportedRange(world.now, q.start, q.end);
  const wanted = q.names === null ? null : new Set(q.names);
  const records = topAvgMetrics(world, orgs, startMs, endMs).filter(
    (r) => wanted === null || wanted.has(r.metric_name),
  );
  const total = records.length;
  const fingerprint = fingerprintOf(org, q);
  const offset = startOffset(q.nextRecordId, fingerprint, total);
  const stop = Math.min(total, offset + Math.min(q.limit, ctx.maxPageSize));
  return jsonResponse(200, {
    usage: records.slice(offset, stop),
    metadata: {
      pagination: {
        next_record_id: stop < total ? encodeCursor(stop, fingerprint) : null,
        limit: q.limit,
        total_number_of_records: total,
      },
      [q.period]: formatRfc3339(q.start),
    },
  });
}
