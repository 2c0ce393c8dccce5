import type { ArgumentValidator } from '../../../plugins/operationPlanPlugin.js';
import { checkConnectionArgs } from '../../../pagination/checkConnectionArgs.js';
import { checkTopAverageMetricsArgs } from './topAverageMetricsArgs.js';

/** Plan-time argument checks for top average metrics, by field coordinate. */
export const topMetricsValidators: Readonly<Record<string, ArgumentValidator>> = {
  'Query.topAverageMetrics': (args, ctx) => {
    checkTopAverageMetricsArgs(args, ctx.now);
    checkConnectionArgs(args, ctx.cursorSecret);
  },
};

/** The top average metrics fields that read upstream data. */
export const TOP_METRICS_UPSTREAM_FIELDS: readonly string[] = ['Query.topAverageMetrics'];
