import { checkNotEmpty } from '../../../graphql/argumentChecks.js';
import type { HourlyUsageScope, HourlyUsageView } from './hourlyUsageView.js';
import { checkHourWindow } from '../datadogArgumentChecks.js';

export interface HourlyUsageWindowArgs {
  productFamilies?: readonly string[] | null;
  start: Date;
  end?: Date | null;
}

/**
 * Validates `hourlyUsage` arguments before any upstream call and normalizes them into a view:
 * hours floored, `end` defaulting to (and clamped at) the current hour, families sorted and
 * de-duplicated. Throws BAD_USER_INPUT naming what was expected and what came.
 */
export function checkHourlyUsageArgs(
  args: HourlyUsageWindowArgs,
  scope: HourlyUsageScope,
  now: Date,
): { view: HourlyUsageView; requestedEnd: Date | null } {
  const { start, requestedEnd, end } = checkHourWindow(args, now);
  checkNotEmpty('productFamilies', args.productFamilies, 'family');
  const families = args.productFamilies ? [...new Set(args.productFamilies)].sort() : null;
  return {
    view: { start, end: end < start ? start : end, families, scope },
    requestedEnd,
  };
}
