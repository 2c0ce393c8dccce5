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

/** What the operation around a view already reads, for {@link planSegments}. */
export interface PlanContext {
  /**
   * Whether the operation already reads this multi-org window with the view's families in one
   * request the view can join at no extra call.
   */
  readsWindow(segment: Segment): boolean;
  /** How many records the view reads from its start: `first` plus the look-ahead record; null for all. */
  wanted: number | null;
}

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
 *
 * An account view planned beside other views (`beside`) is costed by what it adds: the first pages of
 * the segments it will open for the records it wants, less those the operation already reads. So
 * when per-org views read the multi-org windows it needs anyway, it reads them too instead of asking
 * for its own org alone. That plan is not its usual one, so its cursors name it (hourlyUsageViewKey).
 *
 * `kind` forces a plan (a resumed cursor's).
 */
export function planSegments(
  view: Pick<HourlyUsageView, 'start' | 'end' | 'scope' | 'families'>,
  orgCount: number | null = null,
  familyCount: number = view.families?.length ?? 1,
  beside: PlanContext | null = null,
  kind: HourlyUsagePlan['kind'] | null = null,
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
  const perOrg = (): HourlyUsagePlan => ({
    kind: 'per-org',
    ...cost(upstreamWindows(view.start, view.end, false), 1, 1),
  });
  // An unknown org count costs as two orgs: a multi-org view has at least the account and one child.
  const multiOrg = (): HourlyUsagePlan => ({
    kind: 'multi-org',
    ...cost(upstreamWindows(view.start, view.end, true), orgCount ?? 2, viewOrgs),
  });
  if (kind !== null) return kind === 'per-org' ? perOrg() : multiOrg();
  if (scope.kind === 'account' && beside !== null) {
    const own = perOrg();
    const shared = multiOrg();
    const added = (plan: HourlyUsagePlan): number | null => {
      let calls = 0;
      let records = 0;
      for (const [i, s] of plan.segments.entries()) {
        if (beside.wanted !== null && records >= beside.wanted) break;
        // A per-org segment of at most 24 h is a multi-org window too, which the operation may read.
        if (!beside.readsWindow(s)) {
          // The multi-org windows nobody reads cannot be costed without the org count.
          if (plan.kind === 'multi-org' && orgCount === null) return null;
          calls += 1;
        }
        records += plan.records[i] ?? 0;
      }
      return calls;
    };
    const sharedCalls = added(shared);
    // Only strictly fewer calls: on a tie the usual plan, whose cursors every operation reads alike.
    return sharedCalls !== null && sharedCalls < (added(own) ?? Infinity) ? shared : own;
  }
  const candidates: HourlyUsagePlan[] = [];
  if (scope.kind === 'account' || (scope.kind === 'descendants' && orgCount === 1)) candidates.push(perOrg());
  if (scope.kind !== 'account' || orgCount !== null) candidates.push(multiOrg());
  // Cheapest first; on a tie, fewer segments (per-org comes first).
  return candidates.reduce((best, c) => (c.calls < best.calls ? c : best));
}

/** The plan a scope's views usually take, whose cursors need not name it (see hourlyUsageViewKey). */
export function usualPlan(scope: HourlyUsageScope): HourlyUsagePlan['kind'] {
  return scope.kind === 'account' ? 'per-org' : 'multi-org';
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
  // A view read by an unusual plan (every org read per org, for an account without child orgs; the
  // account org read from multi-org windows other views read) has other segments than the usual
  // plan: its cursors must not be taken for the other plan's.
  return [
    ...(planKind === usualPlan(view.scope) ? [] : [planKind]),
    'hourly_usage',
    formatHour(view.start),
    requestedEnd === null ? 'now' : formatHour(requestedEnd),
    view.families === null ? 'all' : view.families.join(','),
    scopeKey(view.scope),
    credentialScope,
  ].join('|');
}
