import type { ArgumentValidator } from '../plugins/operationPlanPlugin.js';

/** Plan-time argument checks for hourly and monthly usage attribution and usage attribution types, by field coordinate. */
export const attributionValidators: Readonly<Record<string, ArgumentValidator>> = {};

/** The hourly and monthly usage attribution and usage attribution types fields that cost upstream requests. */
export const ATTRIBUTION_COSTLY_FIELDS: readonly string[] = [];
