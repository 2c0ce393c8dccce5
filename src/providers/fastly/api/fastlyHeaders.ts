/** The HTTP headers Fastly's API reads and writes. */

/** The request header carrying the API token. */
export const FASTLY_KEY_HEADER = 'Fastly-Key';

/**
 * Fastly's rate-limit answer headers: requests left in the current window, and when it resets as Unix
 * time in seconds. (Fastly limits non-read requests per token; reads are not counted upstream.)
 */
export const FASTLY_RATE_LIMIT_HEADERS = {
  remaining: 'Fastly-RateLimit-Remaining',
  reset: 'Fastly-RateLimit-Reset',
} as const;
