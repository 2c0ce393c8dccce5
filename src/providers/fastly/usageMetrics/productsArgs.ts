import { BadUserInputError } from '../../../errors.js';
import { checkDistinctOrAll, checkNotBefore, checkNotLater } from '../../../graphql/argumentChecks.js';
import type { ArgumentContext } from '../../../graphql/fieldSpec.js';
import { addMonths, formatMonth, startOfMonth } from '../../../time/utcTime.js';

/** The widest month range one `products` field reads (36 months: a few years of trend). */
export const MAX_PRODUCT_MONTHS = 36;

/** The arguments of `FastlyOrg.products` as GraphQL coerced them. */
export interface ProductsArgs {
  start: Date;
  end?: Date | null;
  productIds?: readonly string[] | null;
  usageTypes?: readonly string[] | null;
}

/** Checked `products` arguments: the months (first instants, in order), the products and usage types (null: all). */
export interface ProductsRequest {
  months: Date[];
  productIds: string[] | null;
  usageTypes: string[] | null;
}

const NOT_IN_FUTURE = { must: 'not be in the future', format: formatMonth };

/**
 * Checks `products` arguments before any upstream call: `start` and `end` (default: the current
 * month) taken to their month, neither in the future, `end` not before `start` and at most
 * {@link MAX_PRODUCT_MONTHS} months in all; `productIds` not empty when given. Throws BAD_USER_INPUT
 * naming what was expected and what came.
 */
export function checkProductsArgs(args: ProductsArgs, ctx: ArgumentContext): ProductsRequest {
  const current = startOfMonth(ctx.now);
  const start = startOfMonth(args.start);
  const end = args.end ? startOfMonth(args.end) : current;
  checkNotLater('start', start, current, NOT_IN_FUTURE);
  checkNotLater('end', end, current, NOT_IN_FUTURE);
  checkNotBefore('start', start, 'end', end, formatMonth);
  const months: Date[] = [];
  for (let m = start; m <= end; m = addMonths(m, 1)) months.push(m);
  if (months.length > MAX_PRODUCT_MONTHS) {
    throw new BadUserInputError(
      `Arguments "start" and "end" must span at most ${MAX_PRODUCT_MONTHS} months, but got ${months.length} (${formatMonth(start)} to ${formatMonth(end)})`,
      { argumentName: 'end' },
    );
  }
  return {
    months,
    productIds: checkDistinctOrAll('productIds', args.productIds, 'product'),
    usageTypes: checkDistinctOrAll('usageTypes', args.usageTypes, 'usage type'),
  };
}
