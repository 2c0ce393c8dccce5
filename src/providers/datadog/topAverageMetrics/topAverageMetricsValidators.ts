import type { ArgumentValidator } from '../../../plugins/operationPlanPlugin.js';
import { checkConnectionArgs } from '../../../pagination/checkConnectionArgs.js';
import { topAverageMetricsView } from './topAverageMetricsArgs.js';

/** Plan-time argument checks for top average metrics, by field coordinate. */
export const topMetricsValidators: Readonly<Record<string, ArgumentValidator>> = {
  'Query.topAverageMetrics': (args, ctx) => {
    topAverageMetricsView(args, ctx.now);
    checkConnectionArgs(args, ctx.cursorSecret);
  },
};

/** The top average metrics fields that cost upstream requests. */
export const TOP_METRICS_COSTLY_FIELDS: readonly string[] = ['Query.topAverageMetrics'];
