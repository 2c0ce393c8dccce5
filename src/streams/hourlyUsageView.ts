import { addMonths, formatHour, HOUR_MS } from '../time/utcTime.js';
import { MULTI_ORG_WINDOW_HOURS, SINGLE_ORG_WINDOW_MONTHS } from '../upstream/datadog/usageLimits.js';

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

/**
 * Splits a view's window into the windows the upstream serves in one request: 24 h for views that
 * need several orgs' data (descendants, or a child org, which the upstream only returns alongside
 * its siblings), two calendar months for the account org alone. Segments start at the view's start,
 * so the same view always has the same segments.
 */
export function planSegments(view: Pick<HourlyUsageView, 'start' | 'end' | 'scope'>): Segment[] {
  const next =
    view.scope.kind === 'account'
      ? (t: Date): Date => addMonths(t, SINGLE_ORG_WINDOW_MONTHS)
      : (t: Date): Date => new Date(t.getTime() + MULTI_ORG_WINDOW_HOURS * HOUR_MS);
  const segments: Segment[] = [];
  for (let t = view.start; t < view.end;) {
    const e = new Date(Math.min(next(t).getTime(), view.end.getTime()));
    segments.push({ start: t, end: e });
    t = e;
  }
  return segments;
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
 * credentials scope.
 */
export function hourlyUsageViewKey(view: HourlyUsageView, requestedEnd: Date | null, credentialScope: string): string {
  return [
    'hourly_usage',
    formatHour(view.start),
    requestedEnd === null ? 'now' : formatHour(requestedEnd),
    view.families === null ? 'all' : view.families.join(','),
    scopeKey(view.scope),
    credentialScope,
  ].join('|');
}
