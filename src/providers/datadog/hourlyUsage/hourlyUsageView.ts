import { addMonths, formatHour, HOUR_MS } from '../../../time/utcTime.js';
import { MULTI_ORG_WINDOW_HOURS, SINGLE_ORG_WINDOW_MONTHS } from '../api/usageLimits.js';

/** Which orgs a view of hourly usage shows. */
export type HourlyUsageScope =
  /** The account's own (parent) org; `publicId` when already known. */
  | { kind: 'account'; publicId: string | null }
  /** One child org of the account. */
  | { kind: 'org'; publicId: string }
  /** The account org and all its children. */
  | { kind: 'descendants' };

/** What one `hourlyUsage` connection field asks for, after validation. */
export interface HourlyUsageView {
  /** Inclusive, on the hour. */
  start: Date;
  /** Exclusive, on the hour; already clamped to the current hour. */
  end: Date;
  /** Sorted, de-duplicated family names; null for all families. */
  families: readonly string[] | null;
  scope: HourlyUsageScope;
}

/** A time window the upstream must be asked for on its own. */
export interface Segment {
  start: Date;
  end: Date;
}

/** How a view's window is read from the upstream. */
export interface HourlyUsagePlan {
  /**
   * `per-org`: one stream for the org alone (`include_descendants=false`), in windows of two calendar
   * months. `multi-org`: every org of the account (`include_descendants=true`), in 24 h windows.
   */
  kind: 'per-org' | 'multi-org';
  segments: Segment[];
  /** Estimated upstream calls for the whole window (records per window / `page[limit]` 500, at least 1 each). */
  calls: number;
  /** Estimated records of the view per segment (a lower bound when the org count is unknown). */
  records: number[];
}

/** How many records one upstream page holds at most (`page[limit]` 500). */
const PAGE_LIMIT = 500;

/**
 * Splits `[start, end)` into the windows one upstream request may cover: 24 h when it reads several
 * orgs (`multiOrg`), two calendar months for one org. Windows start at `start`.
 */
export function upstreamWindows(start: Date, end: Date, multiOrg: boolean): Segment[] {
  const next = multiOrg
    ? (t: Date) => new Date(t.getTime() + MULTI_ORG_WINDOW_HOURS * HOUR_MS)
    : (t: Date) => addMonths(t, SINGLE_ORG_WINDOW_MONTHS);
  const segments: Segment[] = [];
  for (let t = start; t < end;) {
    const e = new Date(Math.min(next(t).getTime(), end.getTime()));
    segments.push({ start: t, end: e });
    t = e;
  }
  return segments;
}

const hoursOf = (s: Segment): number => (s.end.getTime() - s.start.getTime()) / HOUR_MS;

/**
 * Plans how to read a view's window: the cheaper of
 *
 * - per-org: the org's own stream in two-month windows. Possible when the view shows one org the
 *   credentials can read alone: the account org, or every org when the account has no child org
 *   (the upstream returns a child org's usage to the parent's keys only alongside its siblings);
 * - multi-org: `include_descendants=true` in 24 h windows, every org's records, of which the view keeps
 *   its own.
 *
 * Each plan is costed in upstream calls from its record count per window (orgs x families x hours,
 * `page[limit]` 500). `orgCount` is the account's org count when already known, else null (then a
 * view of all orgs cannot take the per-org plan). Segments start at the view's start, so the same
 * view with the same org count always has the same segments.
 */
export function planSegments(
  view: Pick<HourlyUsageView, 'start' | 'end' | 'scope' | 'families'>,
  orgCount: number | null = null,
  familyCount: number = view.families?.length ?? 1,
): HourlyUsagePlan {
  const cost = (segments: Segment[], orgs: number, viewOrgs: number): Omit<HourlyUsagePlan, 'kind'> => {
    const calls = segments.reduce(
      (n, s) => n + Math.max(1, Math.ceil((orgs * familyCount * hoursOf(s)) / PAGE_LIMIT)),
      0,
    );
    return { segments, calls, records: segments.map((s) => viewOrgs * familyCount * hoursOf(s)) };
  };
  const { scope } = view;
  const viewOrgs = scope.kind === 'descendants' ? (orgCount ?? 1) : 1;
  const candidates: HourlyUsagePlan[] = [];
  if (scope.kind === 'account' || (scope.kind === 'descendants' && orgCount === 1)) {
    const segments = upstreamWindows(view.start, view.end, false);
    candidates.push({ kind: 'per-org', ...cost(segments, 1, 1) });
  }
  if (scope.kind !== 'account' || orgCount !== null) {
    const segments = upstreamWindows(view.start, view.end, true);
    // An unknown org count costs as two orgs: a multi-org view has at least the account and one child.
    candidates.push({ kind: 'multi-org', ...cost(segments, orgCount ?? 2, viewOrgs) });
  }
  // Cheapest first; on a tie, fewer segments (per-org comes first).
  return candidates.reduce((best, c) => (c.calls < best.calls ? c : best));
}

/** A stable string for a scope (the account scope is one scope whether or not its ID is known yet). */
export function scopeKey(scope: HourlyUsageScope): string {
  switch (scope.kind) {
    case 'account':
      return 'account';
    case 'org':
      return `org:${scope.publicId}`;
    case 'descendants':
      return 'descendants';
  }
}

/**
 * The identity of a view for its cursors: the endpoint, its normalized arguments as the client gave
 * them (`requestedEnd`, not the clamped end, so cursors survive the clock moving) and the
 * credentials scope, and the plan the stream chose (`planKind`) when it is not the usual one.
 */
export function hourlyUsageViewKey(
  view: HourlyUsageView,
  planKind: HourlyUsagePlan['kind'],
  requestedEnd: Date | null,
  credentialScope: string,
): string {
  // A view of every org read per org (an account without child orgs) has other segments than the
  // usual multi-org plan: its cursors must not be taken for the other plan's.
  return [
    ...(view.scope.kind === 'descendants' && planKind === 'per-org' ? ['per-org'] : []),
    'hourly_usage',
    formatHour(view.start),
    requestedEnd === null ? 'now' : formatHour(requestedEnd),
    view.families === null ? 'all' : view.families.join(','),
    scopeKey(view.scope),
    credentialScope,
  ].join('|');
}
