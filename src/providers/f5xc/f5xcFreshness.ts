/**
 * How long an F5 answer stays fresh, from what it asks: usage details of a window that ended before
 * yesterday are settled; everything else (the open period, monthly charges, which gain a month when
 * one closes, and hourly breakdowns, whose query is opaque) is live.
 */
import type { FreshnessPolicy, FreshnessSettings } from '../../upstream/upstreamPolicy.js';
import { freshnessTtls } from '../../upstream/upstreamPolicy.js';
import { DAY_MS, floorToDay, timestampOrNull } from '../../time/utcTime.js';
import { isRecord } from '../../json/isRecord.js';

/** The F5 freshness policy. */
export function createF5xcFreshness(settings: FreshnessSettings = {}): FreshnessPolicy {
  const { settledTtlMs: settled, liveTtlMs: live } = freshnessTtls(settings);
  return (req, nowMs) => {
    if (req.endpoint !== 'ListUsageDetails' || !isRecord(req.body)) return live;
    const to = timestampOrNull(req.body.to);
    return to !== null && to.getTime() <= floorToDay(new Date(nowMs)).getTime() - DAY_MS ? settled : live;
  };
}
