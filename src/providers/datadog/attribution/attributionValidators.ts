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
  'DatadogOrg.hourlyUsageAttribution': hourly,
  'Query.monthlyUsageAttribution': monthly,
  'DatadogOrg.monthlyUsageAttribution': monthly,
};

/** The hourly and monthly usage attribution and usage attribution types fields that cost upstream requests. */
export const ATTRIBUTION_COSTLY_FIELDS: readonly string[] = [
  'Query.hourlyUsageAttribution',
  'DatadogOrg.hourlyUsageAttribution',
  'Query.monthlyUsageAttribution',
  'DatadogOrg.monthlyUsageAttribution',
  'Query.usageAttributionTypes',
];
