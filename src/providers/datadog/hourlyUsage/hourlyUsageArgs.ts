import { checkDistinctOrAll } from '../../../graphql/argumentChecks.js';
import type { ArgumentContext } from '../../../graphql/fieldSpec.js';
import type { ConnectionArgs } from '../../../pagination/connectionFromStream.js';
import { checkConnectionArgs } from '../../../pagination/checkConnectionArgs.js';
import { checkHourWindow, type HourWindowArgs } from '../datadogArgumentChecks.js';

/** The arguments of `hourlyUsage` (Query and Org) as GraphQL coerced them. */
export interface HourlyUsageArgs extends ConnectionArgs {
  productFamilies?: readonly string[] | null;
  start: Date;
  end?: Date | null;
}

/** Checked `hourlyUsage` arguments: what a view of any scope is built from. */
export interface HourlyUsageRequest {
  window: HourWindowArgs;
  /** Sorted, de-duplicated family names; null for all families. */
  families: readonly string[] | null;
  page: ConnectionArgs;
}

/**
 * Checks `hourlyUsage` arguments before any upstream call and normalizes them: hours floored, `end`
 * defaulting to (and clamped at) the current hour, families sorted and de-duplicated, paging
 * arguments in bounds and cursors signed. Throws BAD_USER_INPUT naming what was expected and what
 * came.
 */
export function checkHourlyUsageArgs(args: HourlyUsageArgs, ctx: ArgumentContext): HourlyUsageRequest {
  const window = checkHourWindow(args, ctx.now);
  const families = checkDistinctOrAll('productFamilies', args.productFamilies, 'family');
  return { window, families, page: checkConnectionArgs(args, ctx.cursorSecret) };
}
