import type { FieldNode } from 'graphql';
import type { GatewayContext } from '../../../gateway/context.js';
import { DEFAULT_PAGE_SIZE } from '../../../pagination/connectionOptions.js';
import { HOUR_MS } from '../../../time/utcTime.js';
import { PRODUCT_FAMILIES } from '../api/productFamilies.js';
import type { HourlyUsageRequest } from './hourlyUsageArgs.js';
import { familiesKey, type WindowAhead } from './hourlyUsageLoaders.js';
import { upstreamWindows } from './hourlyUsageView.js';

/** Which views a field's `hourlyUsage` opens: per org (`DatadogOrg.hourlyUsage`), the account's, or every org's. */
export type PlannedScope = 'org' | 'account' | 'descendants';

/** The `hourlyUsage` requests parsed at plan time, by the views they open. */
const PLANNED = new WeakMap<object, PlannedScope>();

/**
 * Marks `req`, what a field spec's `parseArgs` made of an `hourlyUsage` field, as opening views of
 * `scope`, so that {@link openPlannedOrgViews} finds it among the operation's parsed arguments.
 */
export function plannedHourlyUsage<R extends HourlyUsageRequest>(req: R, scope: PlannedScope): R {
  PLANNED.set(req, scope);
  return req;
}

/** One `hourlyUsage` field the operation selects, as planned. */
interface PlannedView {
  scope: PlannedScope;
  req: HourlyUsageRequest;
  /** The field carries directives (`@skip`, `@include`): it may not be executed. */
  conditional: boolean;
}

/** The operations whose planned views were already looked at. */
const LOOKED_AT = new WeakSet<GatewayContext>();

/**
 * Opens at once the multi-org windows the operation's per-org hourly-usage views (`orgs { ... on
 * DatadogOrg { hourlyUsage } }`, `account { children { hourlyUsage } }`, ...) will ask for, so their
 * request runs beside the org directory instead of after it: hourly records name their org, so the
 * views split them by `public_id` once both have landed. Call where the org directory is asked for;
 * at most once per operation it does anything (see {@link windowsAhead} for when it does).
 */
export function openPlannedOrgViews(ctx: GatewayContext): void {
  if (LOOKED_AT.has(ctx)) return;
  LOOKED_AT.add(ctx);
  const open = ctx.providers.datadog.loaders.hourlyUsageOpen;
  if (!open.perOrgViews()) return;
  const planned: PlannedView[] = [];
  for (const [node, bySpec] of ctx.parsedArgs as ReadonlyMap<FieldNode, ReadonlyMap<object, unknown>>) {
    for (const parsed of bySpec.values()) {
      const scope = typeof parsed === 'object' && parsed !== null ? PLANNED.get(parsed) : undefined;
      if (scope !== undefined) {
        planned.push({ scope, req: parsed as HourlyUsageRequest, conditional: (node.directives?.length ?? 0) > 0 });
      }
    }
  }
  const windows = windowsAhead(planned);
  if (windows !== null) open.openAhead(windows);
}

const hoursOf = (w: { start: Date; end: Date }): number => (w.end.getTime() - w.start.getTime()) / HOUR_MS;
/** A view's end, never before its start (an empty window ends where it starts). */
const endOf = (req: HourlyUsageRequest): Date =>
  req.window.end < req.window.start ? req.window.start : req.window.end;

/**
 * The multi-org windows to open ahead for the planned views, or null when doing so might cost a call
 * that waiting for the org directory would not (then nothing is opened ahead and the first batch
 * waits for the directory, as it must for views to share requests). Opening ahead is safe when, for
 * any org count,
 *
 * - every per-org view reads forward from its start (no cursor, no `last`), unconditionally, and its
 *   page fits in its first 24 h window by the catalog's count (every org, the account's own included,
 *   then reads that window and no other first, in one request whether the account has child orgs
 *   or not);
 * - each such window is asked with one family set only, and no other hourly-usage field of the
 *   operation overlaps it with other families (whether those would share its request depends on the
 *   org count, unknown until the directory lands).
 */
function windowsAhead(planned: readonly PlannedView[]): WindowAhead[] | null {
  const perOrg = planned.filter((v) => v.scope === 'org');
  if (perOrg.length === 0) return null;
  const windows = new Map<string, WindowAhead>();
  for (const { req, conditional } of perOrg) {
    const { first, after, before, last } = req.page;
    if (conditional || after || before || (last !== null && last !== undefined)) return null;
    const { start } = req.window;
    const end = endOf(req);
    const window = upstreamWindows(start, end, true)[0];
    if (window === undefined) continue;
    const familyCount = req.families?.length ?? PRODUCT_FAMILIES.length;
    const wanted = (first ?? DEFAULT_PAGE_SIZE) + 1;
    if (window.end < end && familyCount * hoursOf(window) < wanted) return null;
    const key = `${window.start.toISOString()}|${window.end.toISOString()}`;
    const known = windows.get(key);
    if (known !== undefined && familiesKey(known.families) !== familiesKey(req.families)) return null;
    windows.set(key, { ...window, families: req.families });
  }
  for (const { req } of planned) {
    const families = familiesKey(req.families);
    const end = endOf(req);
    for (const w of windows.values()) {
      const overlaps = req.window.start < w.end && w.start < end;
      if (overlaps && familiesKey(w.families) !== families) return null;
    }
  }
  return windows.size === 0 ? null : [...windows.values()];
}
