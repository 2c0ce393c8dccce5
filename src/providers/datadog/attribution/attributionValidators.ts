import type { ArgumentValidator } from '../../../plugins/operationPlanPlugin.js';
import { checkConnectionArgs } from '../../../pagination/checkConnectionArgs.js';
import { planHourlyUsageAttribution, type HourlyUsageAttributionArgs } from './hourlyUsageAttributionField.js';
import { planMonthlyUsageAttribution, type MonthlyUsageAttributionArgs } from './monthlyUsageAttributionField.js';

const hourly: ArgumentValidator = (args, ctx) => {
  planHourlyUsageAttribution(args as unknown as HourlyUsageAttributionArgs, { kind: 'descendants' }, ctx.now, '');
  checkConnectionArgs(args, ctx.cursorSecret);
};

const monthly: ArgumentValidator = (args, ctx) => {
  planMonthlyUsageAttribution(args as unknown as MonthlyUsageAttributionArgs, { kind: 'descendants' }, ctx.now, '');
  checkConnectionArgs(args, ctx.cursorSecret);
};

/** Plan-time argument checks for hourly and monthly usage attribution and usage attribution types, by field coordinate. */
export const attributionValidators: Readonly<Record<string, ArgumentValidator>> = {
  'Query.hourlyUsageAttribution': hourly,
  'Org.hourlyUsageAttribution': hourly,
  'Query.monthlyUsageAttribution': monthly,
  'Org.monthlyUsageAttribution': monthly,
};

/** The hourly and monthly usage attribution and usage attribution types fields that read upstream data. */
export const ATTRIBUTION_UPSTREAM_FIELDS: readonly string[] = [
  'Query.hourlyUsageAttribution',
  'Org.hourlyUsageAttribution',
  'Query.monthlyUsageAttribution',
  'Org.monthlyUsageAttribution',
  'Query.usageAttributionTypes',
];
