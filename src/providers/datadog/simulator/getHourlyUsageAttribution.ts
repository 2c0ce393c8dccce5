/**
 * GET /api/v1/usage/hourly-attribution (operationId GetHourlyUsageAttribution): one record per (org in
 * scope, reported hour, breakdown row), ordered by org (caller first, then its children in world
 * order), hour, then row. For a usage type of the price list (`BillingDimension.attributionType`), a
 * row's `total_usage_sum` is the sum, over its tag groups, of the org's hourly value split over its
 * groups ({@link splitOverGroups}): the records of one org and hour add up exactly to the value
 * GetHourlyUsage reports. Hours whose value is null (not measured) have no records; usage types the
 * simulator does not bill have none at all.
 */
import { HOUR_MS, formatHour, formatRfc3339 } from '../../../time/utcTime.js';
import { jsonResponse, type ApiResponse } from '../../../simulator/apiResponse.js';
import { pageBounds } from './pageBounds.js';
import { DIMENSION_BY_ATTRIBUTION_TYPE } from './billingCatalog.js';
import { queryFingerprint } from './recordCursor.js';
import { childrenOf, reportedRange, type SimOrg } from './datadogWorld.js';
import type { HandlerContext } from './handlerContext.js';
import { parseHourlyAttributionQuery, type HourlyAttributionQuery } from './hourlyAttributionQuery.js';
import { breakdownRows, splitOverGroups, tagConfigSource, tagGroupsOf } from './tagGroups.js';

/** One record of the response (`HourlyUsageAttributionBody`). */
export interface HourlyAttributionRecord {
  hour: string;
  org_name: string;
  public_id: string;
  region: string;
  tag_config_source: string;
  tags: Record<string, string[]> | null;
  total_usage_sum: number;
  updated_at: string;
  usage_type: string;
}

function fingerprintOf(org: SimOrg, q: HourlyAttributionQuery): string {
  return queryFingerprint([
    'GetHourlyUsageAttribution',
    org.publicId,
    q.start.getTime(),
    q.end.getTime(),
    q.usageType,
    q.tagKeys.join(','),
    q.includeDescendants,
  ]);
}

/** Every record of the query, in response order. */
export function hourlyAttributionRecords(ctx: HandlerContext, q: HourlyAttributionQuery): HourlyAttributionRecord[] {
  const { world, org } = ctx;
  const dimension = DIMENSION_BY_ATTRIBUTION_TYPE.get(q.usageType);
  if (!dimension) return [];
  const scope = q.includeDescendants ? [org, ...childrenOf(world, org)] : [org];
  const { startMs, endMs } = reportedRange(world.now, q.start, q.end);
  const updatedAt = formatHour(new Date(world.now.getTime() - HOUR_MS));
  const records: HourlyAttributionRecord[] = [];
  for (const member of scope) {
    const groups = tagGroupsOf(world.seed, member);
    const rows = breakdownRows(groups, q.tagKeys);
    const source = tagConfigSource(member);
    for (let t = startMs; t < endMs; t += HOUR_MS) {
      const hour = new Date(t);
      const value = world.value(member.publicId, dimension.family, dimension.usageType, hour);
      if (typeof value !== 'number') continue;
      const parts = splitOverGroups(value, groups);
      for (const row of rows) {
        records.push({
          hour: formatRfc3339(hour),
          org_name: member.name,
          public_id: member.publicId,
          region: member.region,
          tag_config_source: source,
          tags: row.tags,
          total_usage_sum: row.groups.reduce((sum, g) => sum + (parts[g] as number), 0),
          updated_at: updatedAt,
          usage_type: q.usageType,
        });
      }
    }
  }
  return records;
}

/** Serves one page; throws BadRequestError for invalid parameters. */
export function getHourlyUsageAttribution(ctx: HandlerContext): ApiResponse {
  const q = parseHourlyAttributionQuery(ctx.query);
  const records = hourlyAttributionRecords(ctx, q);
  const page = pageBounds(q.nextRecordId, fingerprintOf(ctx.org, q), records.length, ctx.maxPageSize, {
    nullReadsPastEnd: true,
  });
  return jsonResponse(200, {
    usage: records.slice(page.offset, page.stop),
    metadata: { pagination: { next_record_id: page.next } },
  });
}
