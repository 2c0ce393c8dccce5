/**
 * GET /api/v1/usage/billable-summary (operationId GetUsageBillableSummary), parent-org keys only (the
 * spec: "only accessible for parent-level organizations"). One row per org of the account for the
 * month (default: the current month), each with the account's and the org's billable usage per
 * billable key, straight from {@link monthBill}, so it agrees with the costs and with hourly usage.
 * A month with no reported hour yet (a future month) has no rows.
 */
import { HOUR_MS, addMonths, formatRfc3339, startOfMonth } from '../../../time/utcTime.js';
import { jsonResponse } from '../../../simulator/apiResponse.js';
import type { ApiResponse } from '../../../simulator/apiResponse.js';
import { monthBill } from './billing.js';
import type { AccountCharge, OrgCharge } from './billing.js';
import { reportedRange } from './datadogWorld.js';
import type { HandlerContext } from './handlerContext.js';
import { booleanParam } from '../../../simulator/queryParams.js';
import { checkMonthRetained } from './checkMonthRetained.js';
import { monthParam } from '../../../simulator/queryParams.js';

/** The plan every simulated account is on (`billing_plan`, deprecated upstream). */
export const SIMULATED_BILLING_PLAN = 'Pro';

/** One `UsageBillableSummaryBody`. */
function body(account: AccountCharge, line: OrgCharge): Record<string, unknown> {
  return {
    account_billable_usage: account.accountUsage,
    account_committed_usage: account.committedUsage,
    account_on_demand_usage: account.onDemandUsage,
    elapsed_usage_hours: account.elapsedHours,
    ...(account.firstHour ? { first_billable_usage_hour: formatRfc3339(account.firstHour) } : {}),
    ...(account.lastHour ? { last_billable_usage_hour: formatRfc3339(account.lastHour) } : {}),
    org_billable_usage: line.orgUsage,
    percentage_in_account: line.percentageInAccount,
    usage_unit: account.dimension.unit,
  };
}

/** Serves the billable summary; throws BadRequestError for invalid parameters or child-org keys. */
export function getUsageBillableSummary(ctx: HandlerContext): ApiResponse {
  const { world } = ctx;
  const month = monthParam(ctx.query, 'month', false) ?? startOfMonth(world.now);
  booleanParam(ctx.query, 'include_connected_accounts', false);
  checkMonthRetained(world.now, 'month', month);

  const end = addMonths(month, 1);
  const { startMs, endMs } = reportedRange(world.now, month, end);
  if (endMs <= startMs) return jsonResponse(200, { usage: [] });
  const bill = monthBill(world, month);
  const lastDay = new Date(Math.floor((endMs - HOUR_MS) / (24 * HOUR_MS)) * 24 * HOUR_MS);
  const ratioInMonth = Math.round(((endMs - startMs) / (end.getTime() - month.getTime())) * 1e6) / 1e6;
  const usage = world.orgs.map((member, i) => ({
    account_name: world.parent.name,
    account_public_id: world.parent.publicId,
    billing_plan: SIMULATED_BILLING_PLAN,
    end_date: formatRfc3339(lastDay),
    num_orgs: world.orgs.length,
    org_name: member.name,
    public_id: member.publicId,
    ratio_in_month: ratioInMonth,
    region: member.region,
    start_date: formatRfc3339(month),
    usage: Object.fromEntries(
      bill.dimensions.map(({ account, orgs }) => [account.dimension.billableKey, body(account, orgs[i] as OrgCharge)]),
    ),
  }));
  return jsonResponse(200, { usage });
}
