import type { ArgumentValidator } from '../plugins/operationPlanPlugin.js';

/** Plan-time argument checks for top average metrics, by field coordinate. */
export const topMetricsValidators: Readonly<Record<string, ArgumentValidator>> = {};

/** The top average metrics fields that cost upstream requests. */
export const TOP_METRICS_COSTLY_FIELDS: readonly string[] = [];
