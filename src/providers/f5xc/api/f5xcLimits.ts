/**
 * Limits of F5 Distributed Cloud's usage API, shared by the gateway (argument checks) and the
 * simulator (enforcement), so both sides agree on them.
 */

/** The published schema's `maxLength` of a namespace in request and answer bodies. */
export const NAMESPACE_MAX_LENGTH = 6;

/** The published schema's `maxLength` of `hourly_breakdown_query` (and of the `query` passed back). */
export const HOURLY_QUERY_MAX_LENGTH = 1024;

/**
 * The widest `from`..`to` window of one `usage_details` or `current_usage` request, in days. F5's
 * published spec states no bound; this is meterql's own (a quarter), which its simulator enforces
 * too, so a wider request is refused before it is sent.
 */
export const USAGE_WINDOW_MAX_DAYS = 93;
