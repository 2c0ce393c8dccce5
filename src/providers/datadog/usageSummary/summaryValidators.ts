import type { ArgumentValidator } from '../../../plugins/operationPlanPlugin.js';
import { checkBillableMonth, checkNetworkFlowsWindow, checkUsageSummaryArgs } from './summaryArgs.js';

const billable: ArgumentValidator = (args, ctx) => {
  checkBillableMonth(args, ctx.now);
};

/** Plan-time argument checks for the billable summary, the usage summary and (deprecated) network flows, by field coordinate. */
export const summaryValidators: Readonly<Record<string, ArgumentValidator>> = {
  'Query.billableSummary': billable,
  'Org.billableUsage': billable,
  'Query.usageSummary': (args, ctx) => {
    checkUsageSummaryArgs(args as Parameters<typeof checkUsageSummaryArgs>[0], ctx.now);
  },
  'Query.networkFlows': (args, ctx) => {
    checkNetworkFlowsWindow(args as Parameters<typeof checkNetworkFlowsWindow>[0], ctx.now);
  },
};

/** The billable summary, usage summary and (deprecated) network flows fields that read upstream data. */
export const SUMMARY_UPSTREAM_FIELDS: readonly string[] = [
  'Query.billableSummary',
  'Org.billableUsage',
  'Query.usageSummary',
  'Query.networkFlows',
];
