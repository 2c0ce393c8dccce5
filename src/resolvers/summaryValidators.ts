import type { ArgumentValidator } from '../plugins/operationPlanPlugin.js';

/** Plan-time argument checks for the billable summary, the usage summary and (deprecated) network flows, by field coordinate. */
export const summaryValidators: Readonly<Record<string, ArgumentValidator>> = {};

/** The the billable summary, the usage summary and (deprecated) network flows fields that cost upstream requests. */
export const SUMMARY_COSTLY_FIELDS: readonly string[] = [];
