/**
 * GET /api/v2/usage/hourly_usage (operationId GetHourlyUsage): one `usage_timeseries` record per
 * (org, product family, reported hour), ordered by org (caller first, then its children in world
 * order), then family (catalog order), then hour ascending; paged with an opaque next_record_id.
 */
import { PRODUCT_FAMILY_USAGE_TYPES } from '../api/productFamilies.js';
import { HOUR_MS, formatHour, formatRfc3339 } from '../../../time/utcTime.js';
import { jsonResponse } from '../../../simulator/apiResponse.js';
import type { ApiResponse } from '../../../simulator/apiResponse.js';
import { queryFingerprint } from './recordCursor.js';
import { childrenOf, reportedRange } from './datadogWorld.js';
import type { SimOrg } from './datadogWorld.js';
import type { HandlerContext } from './handlerContext.js';
import { sha256Hex } from '../../../simulator/hashing.js';
import { pageBounds } from './pageBounds.js';
import { parseHourlyUsageQuery } from './hourlyUsageQuery.js';
import type { HourlyUsageQuery } from './hourlyUsageQuery.js';

/** One record of the v2 hourly usage response. */
export interface HourlyUsageRecord {
  attributes: {
    org_name: string;
    public_id: string;
    account_name: string;
    account_public_id: string;
    timestamp: string;
    region: string;
    measurements: { usage_type: string; value: number | null }[];
    product_family: string;
  };
  type: 'usage_timeseries';
  id: string;
}

/** The `id` of the record for org/family/hour: SHA-256 hex of `publicId|family|YYYY-MM-DDThh`. */
export function hourlyRecordId(publicId: string, family: string, hour: Date): string {
  return sha256Hex(`${publicId}|${family}|${formatHour(hour)}`);
}

function fingerprintOf(org: SimOrg, q: HourlyUsageQuery): string {
  return queryFingerprint([
    'GetHourlyUsage',
    org.publicId,
    q.start.getTime(),
    q.end.getTime(),
    q.families.join(','),
    q.includeDescendants,
    q.includeConnectedAccounts,
    q.includeBreakdown,
    q.versions,
  ]);
}

/** Serves one page; throws {@link BadRequestError} for invalid parameters. */
export function getHourlyUsage(ctx: HandlerContext): ApiResponse {
  const { world, org } = ctx;
  const q = parseHourlyUsageQuery(ctx.query);
  const scope = q.includeDescendants ? [org, ...childrenOf(world, org)] : [org];
  const { startMs, endMs } = reportedRange(world.now, q.start, q.end);
  const hourCount = (endMs - startMs) / HOUR_MS;
  const perOrg = q.families.length * hourCount;
  const total = scope.length * perOrg;
  const pageSize = Math.min(q.limit, ctx.maxPageSize);
  const param = 'page[next_record_id]';
  const { offset, stop, next } = pageBounds(q.nextRecordId, fingerprintOf(org, q), total, pageSize, { param });

  const parent = world.parent;
  const data: HourlyUsageRecord[] = [];
  for (let i = offset; i < stop; i++) {
    const member = scope[Math.floor(i / perOrg)] as SimOrg;
    const family = q.families[Math.floor(i / hourCount) % q.families.length] as string;
    const hour = new Date(startMs + (i % hourCount) * HOUR_MS);
    const usageTypes = PRODUCT_FAMILY_USAGE_TYPES[family] ?? [];
    data.push({
      attributes: {
        org_name: member.name,
        public_id: member.publicId,
        account_name: parent.name,
        account_public_id: parent.publicId,
        timestamp: formatRfc3339(hour),
        region: member.region,
        measurements: usageTypes.map((usageType) => ({
          usage_type: usageType,
          value: world.value(member.publicId, family, usageType, hour) ?? null,
        })),
        product_family: family,
      },
      type: 'usage_timeseries',
      id: hourlyRecordId(member.publicId, family, hour),
    });
  }
  const body: { data: HourlyUsageRecord[]; meta?: { pagination: { next_record_id: string } } } = {
    data,
  };
  if (next !== null) body.meta = { pagination: { next_record_id: next } };
  return jsonResponse(200, body);
}
