import type { ArgumentValidator } from '../plugins/operationPlanPlugin.js';

/** Plan-time argument checks for historical, estimated and projected costs, monthly cost attribution, billing dimensions, by field coordinate. */
export const costValidators: Readonly<Record<string, ArgumentValidator>> = {};

/** The historical, estimated and projected costs, monthly cost attribution, billing dimensions fields that cost upstream requests. */
export const COST_COSTLY_FIELDS: readonly string[] = [];
