import type { ArgumentValidator } from '../../../plugins/operationPlanPlugin.js';
import { checkConnectionArgs } from '../../../pagination/checkConnectionArgs.js';
import { costAttributionQuery, type CostAttributionArgs } from './costAttributionArgs.js';
import { orgCostsRequest, type CostArgs } from './costArgs.js';
import { checkFigureField } from './costAttributionFigure.js';

const costs: ArgumentValidator = (args, ctx) => {
  const a = args as unknown as CostArgs;
  orgCostsRequest(a, a.view ?? 'SUB_ORG', ctx.now);
};

const monthlyCostAttribution: ArgumentValidator = (args, ctx) => {
  costAttributionQuery(args as unknown as CostAttributionArgs, ctx.now);
  checkConnectionArgs(args, ctx.cursorSecret);
};

/** Plan-time argument checks for historical, estimated and projected costs, monthly cost attribution, billing dimensions, by field coordinate. */
export const costValidators: Readonly<Record<string, ArgumentValidator>> = {
  'Query.costs': costs,
  'DatadogOrg.costs': costs,
  'Query.monthlyCostAttribution': monthlyCostAttribution,
  'MonthlyCostAttribution.cost': (args) => checkFigureField('cost', args.field as string),
  'MonthlyCostAttribution.percentage': (args) => checkFigureField('percentage', args.field as string),
};

/** The historical, estimated and projected costs, monthly cost attribution, billing dimensions fields that cost upstream requests. */
export const COST_COSTLY_FIELDS: readonly string[] = [
  'Query.costs',
  'DatadogOrg.costs',
  'Query.monthlyCostAttribution',
  'Query.activeBillingDimensions',
  'Query.billingDimensionMapping',
];
