import type { ArgumentValidator } from '../plugins/operationPlanPlugin.js';
import { checkConnectionArgs } from '../pagination/checkConnectionArgs.js';
import { checkHourlyUsageArgs, type HourlyUsageWindowArgs } from '../providers/datadog/hourlyUsage/hourlyUsageArgs.js';
import {
  ATTRIBUTION_UPSTREAM_FIELDS,
  attributionValidators,
} from '../providers/datadog/attribution/attributionValidators.js';
import { COST_UPSTREAM_FIELDS, costValidators } from '../providers/datadog/costs/costValidators.js';
import { SUMMARY_UPSTREAM_FIELDS, summaryValidators } from '../providers/datadog/usageSummary/summaryValidators.js';
import {
  TOP_METRICS_UPSTREAM_FIELDS,
  topMetricsValidators,
} from '../providers/datadog/topAverageMetrics/topAverageMetricsValidators.js';

const hourlyUsage: ArgumentValidator = (args, ctx) => {
  checkHourlyUsageArgs(args as unknown as HourlyUsageWindowArgs, { kind: 'descendants' }, ctx.now);
  checkConnectionArgs(args, ctx.cursorSecret);
};

/** Plan-time argument checks by field coordinate (see operationPlanPlugin). */
export const argumentValidators: Record<string, ArgumentValidator> = {
  'Query.hourlyUsage': hourlyUsage,
  'Org.hourlyUsage': hourlyUsage,

  ...attributionValidators,

  ...costValidators,

  ...summaryValidators,

  ...topMetricsValidators,
};

/** Fields that read upstream data, for the per-operation cap. */
export const UPSTREAM_FIELDS = [
  'Query.hourlyUsage',
  'Org.hourlyUsage',
  'Query.node',
  'Query.nodes',

  ...ATTRIBUTION_UPSTREAM_FIELDS,

  ...COST_UPSTREAM_FIELDS,

  ...SUMMARY_UPSTREAM_FIELDS,

  ...TOP_METRICS_UPSTREAM_FIELDS,
];
/** At most this many upstream-backed fields in one operation. */
export const MAX_UPSTREAM_FIELDS = 50;
