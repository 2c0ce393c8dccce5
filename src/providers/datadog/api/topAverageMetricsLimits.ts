/**
 * Limits of GET /api/v1/usage/top_avg_metrics, shared by the gateway (request planning, validation)
 * and the simulator (enforcement), so both sides agree on them.
 */

/** The most records one page may hold (`limit` is 1 to this). */
export const TOP_AVG_METRICS_MAX_LIMIT = 5000;

/** The page size when `limit` is not given. */
export const TOP_AVG_METRICS_DEFAULT_LIMIT = 500;
