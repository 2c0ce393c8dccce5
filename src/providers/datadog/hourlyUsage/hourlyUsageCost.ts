import type { UpstreamCostEnv } from '../../../graphql/fieldSpec.js';
import { DEFAULT_PAGE_SIZE } from '../../../pagination/connectionOptions.js';
import { HOUR_MS } from '../../../time/utcTime.js';
import { PRODUCT_FAMILIES } from '../api/productFamilies.js';
import type { HourlyUsageRequest } from './hourlyUsageArgs.js';
import { HOURLY_USAGE_MAX_PAGE_LIMIT } from './hourlyUsageClient.js';
import { READ_AHEAD_MAX_SEGMENTS, READ_AHEAD_MIN_PAGE } from './hourlyUsageStream.js';
import { planSegments, type HourlyUsageScope } from './hourlyUsageView.js';
import type { PlannedScope } from './openPlannedOrgViews.js';

const SCOPES: Record<PlannedScope, HourlyUsageScope> = {
  org: { kind: 'org', publicId: '' },
  account: { kind: 'account', publicId: null },
  descendants: { kind: 'descendants' },
};

/**
 * Estimated upstream calls of an `hourlyUsage` field, for the per-operation budget: the view's window
 * split into upstream windows as the stream plans it (24 h for several orgs, two months for one; the
 * account taken to have `assumedListSize` orgs), then, window by window until the page is full
 * (`first`/`last` plus the look-ahead record; read from the end for `last`), the 500-record upstream
 * pages each window needs for the records the view keeps, at least one per window (a multi-org window
 * holds every org's records, of which a per-org view keeps its own). A trusted bulk page (`first` over
 * 500, with read-ahead allowed) adds what read-ahead may read: the rest of its window and up to 16 more.
 *
 * Per-org views (`DatadogOrg.hourlyUsage` under a list of orgs) share their multi-org windows, so
 * they cost one view's calls whatever the number of orgs; the account's and every org's views cost
 * theirs once per resolution.
 */
export function hourlyUsageCost(req: HourlyUsageRequest, scope: PlannedScope, env: UpstreamCostEnv): number {
  const { start } = req.window;
  const end = req.window.end < start ? start : req.window.end;
  const orgs = env.assumedListSize;
  const familyCount = req.families?.length ?? PRODUCT_FAMILIES.length;
  const plan = planSegments({ start, end, families: req.families, scope: SCOPES[scope] }, orgs, familyCount);
  const { first, last } = req.page;
  const backward = (first === null || first === undefined) && last !== null && last !== undefined;
  let wanted = (backward ? last : (first ?? DEFAULT_PAGE_SIZE)) + 1;
  const streamOrgs = plan.kind === 'multi-org' ? orgs : 1;
  const hoursOf = (i: number): number => {
    const s = plan.segments[i];
    return s === undefined ? 0 : (s.end.getTime() - s.start.getTime()) / HOUR_MS;
  };
  const streamPages = (i: number): number =>
    Math.max(1, Math.ceil((streamOrgs * familyCount * hoursOf(i)) / HOURLY_USAGE_MAX_PAGE_LIMIT));
  const order = plan.segments.map((_s, i) => i);
  if (backward) order.reverse();
  let calls = 0;
  let lastRead = -1;
  for (const i of order) {
    if (wanted <= 0) break;
    const viewRecords = plan.records[i] ?? 0;
    const take = Math.min(wanted, viewRecords);
    // The stream records read for `take` of the view's: its share of the window is viewRecords of streamRecords.
    const streamRecords = streamOrgs * familyCount * hoursOf(i);
    const read = viewRecords === 0 ? streamRecords : (take * streamRecords) / viewRecords;
    calls += Math.max(1, Math.ceil(read / HOURLY_USAGE_MAX_PAGE_LIMIT));
    wanted -= take;
    lastRead = i;
  }
  const bulk = !backward && (first ?? 0) + 1 > READ_AHEAD_MIN_PAGE;
  if (env.readAhead && bulk && lastRead >= 0) {
    for (let i = lastRead; i <= Math.min(plan.segments.length - 1, lastRead + READ_AHEAD_MAX_SEGMENTS); i++) {
      calls += streamPages(i);
    }
  }
  return scope === 'org' ? calls : calls * env.parents;
}
