/**
 * Limits Datadog documents for its usage-metering API, shared by the gateway (validation, range
 * planning) and the simulator (enforcement), so both sides agree on them.
 */

/** Usage is kept this many calendar months. */
export const RETENTION_MONTHS = 15;

/** Usage may arrive this many hours late; younger hours can still grow. */
export const DATA_DELAY_HOURS = 72;

/** One hourly request returns at most 24 hours of data for several orgs... */
export const MULTI_ORG_WINDOW_HOURS = 24;

/** ...and at most two calendar months for one org. */
export const SINGLE_ORG_WINDOW_MONTHS = 2;
