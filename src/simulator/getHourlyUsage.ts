/**
 * GET /api/v2/usage/hourly_usage (operationId GetHourlyUsage): one `usage_timeseries` record per
 * (org, product family, reported hour), ordered by org (caller first, then its children in world
 * order), then family (catalog order), then hour ascending; paged with an opaque next_record_id.
 */
import { PRODUCT_FAMILY_USAGE_TYPES } from '../upstream/datadog/productFamilies.js';
import { HOUR_MS, formatHour, formatRfc3339 } from '../time/utcTime.js';
import { BadRequestError, jsonResponse } from './apiResponse.js';
import type { ApiResponse } from './apiResponse.js';
import { decodeCursor, encodeCursor, queryFingerprint } from './cursor.js';
import { childrenOf, reportedRange } from './datadogWorld.js';
import type { SimOrg } from './datadogWorld.js';
import type { HandlerContext } from './handlerContext.js';
import { sha256Hex } from './hashing.js';
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

function startOffset(raw: string | undefined, fingerprint: string, total: number): number {
  if (raw === undefined) return 0;
  const name = 'page[next_record_id]';
  const cursor = decodeCursor(raw);
  if (!cursor || cursor.offset === 0 || cursor.offset >= total) {
    throw new BadRequestError(
      `Invalid value for the parameter '${name}': expected a next_record_id returned by this endpoint, got '${raw}'`,
    );
  }
  if (cursor.fingerprint !== fingerprint) {
    throw new BadRequestError(
      `Invalid value for the parameter '${name}': '${raw}' was issued for different query parameters; repeat the original parameters with it`,
    );
  }
  return cursor.offset;
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
  const fingerprint = fingerprintOf(org, q);
  const offset = startOffset(q.nextRecordId, fingerprint, total);
  const stop = Math.min(total, offset + Math.min(q.limit, ctx.maxPageSize));

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
  if (stop < total) body.meta = { pagination: { next_record_id: encodeCursor(stop, fingerprint) } };
  return jsonResponse(200, body);
}
