/**
 * Limits Fastly documents for its billing APIs (usage metrics, service-level usage, invoices), shared
 * by the gateway (validation, range planning, page sizes) and the simulator (enforcement), so both
 * sides agree on them. Months are written `YYYY-MM` in UTC (`start_month=2026-01`).
 */

/** GET /billing/v3/usage-metrics covers at most this many calendar months per call, start_month through end_month inclusive. */
export const USAGE_METRICS_MAX_MONTHS = 3;

/** GET /billing/v3/service-usage-metrics: `limit` (a string of digits) when absent, and its largest value. */
export const SERVICE_USAGE_PAGE_LIMIT = { default: 1000, max: 10_000 } as const;

/**
 * GET /billing/v3/invoices: `limit` when absent, and its largest value (the official client documents
 * a default of '100' and a maximum of 200).
 */
export const INVOICES_PAGE_LIMIT = { default: 100, max: 200 } as const;
