import type { ArgumentValidator } from '../../../plugins/operationPlanPlugin.js';
import { billableMonth, networkFlowsWindow, usageSummaryArgs } from './summaryArgs.js';

const billable: ArgumentValidator = (args, ctx) => {
  billableMonth(args, ctx.now);
};

/** Plan-time argument checks for the billable summary, the usage summary and (deprecated) network flows, by field coordinate. */
export const summaryValidators: Readonly<Record<string, ArgumentValidator>> = {
  'Query.billableSummary': billable,
  'DatadogOrg.billableUsage': billable,
  'Query.usageSummary': (args, ctx) => {
    usageSummaryArgs(args as Parameters<typeof usageSummaryArgs>[0], ctx.now);
  },
  'Query.networkFlows': (args, ctx) => {
    networkFlowsWindow(args as Parameters<typeof networkFlowsWindow>[0], ctx.now);
  },
};

/** The billable summary, usage summary and (deprecated) network flows fields that cost upstream requests. */
export const SUMMARY_COSTLY_FIELDS: readonly string[] = [
  'Query.billableSummary',
  'DatadogOrg.billableUsage',
  'Query.usageSummary',
  'Query.networkFlows',
];
