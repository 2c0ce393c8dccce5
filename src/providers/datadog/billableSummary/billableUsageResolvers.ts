import type { Resolvers } from '../../../generated/graphql.js';
import type { GatewayContext } from '../../../gateway/context.js';
import { timestampOrNull } from '../../../time/utcTime.js';
import type { BillableUsageModel } from './billableSummaryModels.js';

/**
 * Every org's row for a checked month (checkBillableMonth): one upstream call per month per
 * operation, shared by `billableSummary` and every `Org.billableUsage`.
 */
export async function resolveBillableUsage(month: Date, ctx: GatewayContext): Promise<BillableUsageModel[]> {
  const rows = await ctx.providers.datadog.loaders.billableSummary.load(month);
  return rows.map((row) => ({ row, month }));
}

/** The types of `billableSummary` and `Org.billableUsage`. */
export const billableUsageResolvers: Resolvers = {
  BillableUsage: {
    org: ({ row }) => ({ publicId: row.public_id, name: row.org_name, region: row.region }),
    month: ({ month }) => month,
    billingPlan: ({ row }) => row.billing_plan ?? null,
    startDate: ({ row }) => timestampOrNull(row.start_date),
    endDate: ({ row }) => timestampOrNull(row.end_date),
    numOrgs: ({ row }) => row.num_orgs ?? null,
    ratioInMonth: ({ row }) => row.ratio_in_month ?? null,
    dimensions: ({ row }) => row.usage.map(([name, body]) => ({ name, body })),
    dimension: ({ row }, { name }) => {
      const found = row.usage.find(([key]) => key === name);
      return found ? { name, body: found[1] } : null;
    },
  },
  BillableDimension: {
    name: ({ name }) => name,
    unit: ({ body }) => body.usage_unit ?? null,
    orgBillableUsage: ({ body }) => body.org_billable_usage ?? null,
    accountBillableUsage: ({ body }) => body.account_billable_usage ?? null,
    accountCommittedUsage: ({ body }) => body.account_committed_usage ?? null,
    accountOnDemandUsage: ({ body }) => body.account_on_demand_usage ?? null,
    percentageInAccount: ({ body }) => body.percentage_in_account ?? null,
    elapsedUsageHours: ({ body }) => body.elapsed_usage_hours ?? null,
    firstBillableUsageHour: ({ body }) => timestampOrNull(body.first_billable_usage_hour),
    lastBillableUsageHour: ({ body }) => timestampOrNull(body.last_billable_usage_hour),
  },
};
