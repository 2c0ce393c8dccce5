import type { ArgumentValidator } from '../plugins/operationPlanPlugin.js';
import { checkConnectionArgs } from '../pagination/checkConnectionArgs.js';
import { hourlyUsageView, type HourlyUsageWindowArgs } from '../providers/datadog/hourlyUsage/hourlyUsageArgs.js';
import {
  ATTRIBUTION_COSTLY_FIELDS,
  attributionValidators,
} from '../providers/datadog/attribution/attributionValidators.js';
import { COST_COSTLY_FIELDS, costValidators } from '../providers/datadog/costs/costValidators.js';
import { SUMMARY_COSTLY_FIELDS, summaryValidators } from '../providers/datadog/usageSummary/summaryValidators.js';
import {
  TOP_METRICS_COSTLY_FIELDS,
  topMetricsValidators,
} from '../providers/datadog/topAverageMetrics/topAverageMetricsValidators.js';

const hourlyUsage: ArgumentValidator = (args, ctx) => {
  hourlyUsageView(args as unknown as HourlyUsageWindowArgs, { kind: 'descendants' }, ctx.now);
  checkConnectionArgs(args, ctx.cursorSecret);
};

/** Plan-time argument checks by field coordinate (see operationPlanPlugin). */
export const argumentValidators: Record<string, ArgumentValidator> = {
  'Query.hourlyUsage': hourlyUsage,
  'DatadogOrg.hourlyUsage': hourlyUsage,

  ...attributionValidators,

  ...costValidators,

  ...summaryValidators,

  ...topMetricsValidators,
};

/** Fields that cost upstream requests, for the per-operation cap. */
export const COSTLY_FIELDS = [
  'Query.hourlyUsage',
  'DatadogOrg.hourlyUsage',
  'Query.node',
  'Query.nodes',

  ...ATTRIBUTION_COSTLY_FIELDS,

  ...COST_COSTLY_FIELDS,

  ...SUMMARY_COSTLY_FIELDS,

  ...TOP_METRICS_COSTLY_FIELDS,
];
/** At most this many upstream-backed fields in one operation. */
export const MAX_COSTLY_FIELDS = 50;
