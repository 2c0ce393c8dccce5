import type { ArgumentValidator } from '../../../plugins/operationPlanPlugin.js';
import { checkConnectionArgs } from '../../../pagination/checkConnectionArgs.js';
import { checkCostAttributionArgs, type CostAttributionArgs } from './costAttributionArgs.js';
import { checkCostArgs, type CostArgs } from './costArgs.js';

const costs: ArgumentValidator = (args, ctx) => {
  const a = args as unknown as CostArgs;
  checkCostArgs(a, a.view ?? 'SUB_ORG', ctx.now);
};

const monthlyCostAttribution: ArgumentValidator = (args, ctx) => {
  checkCostAttributionArgs(args as unknown as CostAttributionArgs, ctx.now);
  checkConnectionArgs(args, ctx.cursorSecret);
};

/** Plan-time argument checks for historical, estimated and projected costs, monthly cost attribution, billing dimensions, by field coordinate. */
export const costValidators: Readonly<Record<string, ArgumentValidator>> = {
  'Query.costs': costs,
  'Org.costs': costs,
  'Query.monthlyCostAttribution': monthlyCostAttribution,
};

/** The historical, estimated and projected costs, monthly cost attribution, billing dimensions fields that read upstream data. */
export const COST_UPSTREAM_FIELDS: readonly string[] = [
  'Query.costs',
  'Org.costs',
  'Query.monthlyCostAttribution',
  'Query.activeBillingDimensions',
  'Query.billingDimensionMapping',
];
