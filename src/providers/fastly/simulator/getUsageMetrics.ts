/**
 * GET /billing/v3/usage-metrics (the client's `getUsageMetrics`): the customer's monthly usage per
 * product and usage type, `start_month` through `end_month` inclusive (both required, `YYYY-MM`, at
 * most {@link USAGE_METRICS_MAX_MONTHS} months). `{"data": [UsageMetric]}` ordered by month, then
 * product and usage type; months without data (before the customer's history, in the future)
 * contribute nothing. A closed month's figures are settled; the current month's are live (usage
 * until the data clock, `last_updated_at` = the data clock).
 */
import { BadRequestError, jsonResponse, type ApiResponse } from '../../../simulator/apiResponse.js';
import { USAGE_METRICS_MAX_MONTHS } from '../api/fastlyLimits.js';
import { monthIndex, monthsBetween } from './billingPeriod.js';
import { checkOrder, requiredMonthParam } from './fastlyParams.js';
import type { HandlerContext } from './handlerContext.js';

/** Serves the usage metrics; throws BadRequestError for invalid parameters. */
export function getUsageMetrics({ world, customer, query }: HandlerContext): ApiResponse {
  const start = requiredMonthParam(query, 'start_month');
  const end = requiredMonthParam(query, 'end_month');
  checkOrder('start_month', start, 'end_month', end);
  const span = monthIndex(end) - monthIndex(start) + 1;
  if (span > USAGE_METRICS_MAX_MONTHS) {
    throw new BadRequestError(
      `Usage metrics cover at most ${USAGE_METRICS_MAX_MONTHS} months per request, start_month through end_month inclusive; got ${start} through ${end} (${span} months)`,
    );
  }
  return jsonResponse(200, { data: monthsBetween(start, end).flatMap((m) => world.usageMetrics(customer.id, m)) });
}
