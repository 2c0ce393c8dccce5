/** The HTTP headers F5 Distributed Cloud's API reads and writes, as meterql and its simulator use them. */

/** The request header carrying the API token, as `APIToken <token>`. */
export const F5XC_AUTH_HEADER = 'Authorization';

/** The scheme of {@link F5XC_AUTH_HEADER}: `Authorization: APIToken <token>`. */
export const F5XC_AUTH_SCHEME = 'APIToken';

/** The `Authorization` value for `token`. */
export function f5xcAuthorization(token: string): string {
  return `${F5XC_AUTH_SCHEME} ${token}`;
}

/**
 * The token of an `Authorization` value written as {@link f5xcAuthorization} writes it (the scheme
 * matched case-insensitively), or null for any other value.
 */
export function tokenOfAuthorization(value: string): string | null {
  const m = /^APIToken\s+(\S+)\s*$/i.exec(value);
  return m ? (m[1] as string) : null;
}

/**
 * The rate-limit answer headers: budget per window, requests left, and seconds until the window
 * resets. F5's published usage spec documents the 429 status but names no header, so these follow
 * the common `X-RateLimit-*` convention; the gateway reads the same names.
 */
export const F5XC_RATE_LIMIT_HEADERS = {
  limit: 'X-RateLimit-Limit',
  remaining: 'X-RateLimit-Remaining',
  reset: 'X-RateLimit-Reset',
} as const;
