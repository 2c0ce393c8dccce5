/**
 * Parses METERQL_CORS_ORIGINS: a comma-separated list of exact origins (`https://app.example.com`,
 * `http://localhost:5173`). Throws an Error saying what was expected when an entry is not an origin
 * (a path, a wildcard, a missing scheme).
 */
export function parseCorsOrigins(spec: string): string[] {
  const entries = spec
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  return entries.map((entry) => {
    let origin: string | null = null;
    try {
      const url = new URL(entry);
      if (url.protocol === 'http:' || url.protocol === 'https:') origin = url.origin;
    } catch {
      origin = null;
    }
    if (origin === null || origin !== entry.replace(/\/$/, '').toLowerCase()) {
      throw new Error(
        `exact origins, scheme://host[:port] without path or wildcard (https://app.example.com); ${JSON.stringify(entry)} is not one`,
      );
    }
    return origin;
  });
}

/** Request headers a cross-origin page may send besides the CORS-safelisted ones. */
const BASE_ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'cache-control',
];

/** How long a browser may reuse a preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE_S = 600;

/**
 * Cross-origin access to `/graphql` for browser pages (METERQL_CORS_ORIGINS). Only the listed
 * origins get CORS headers, their own origin echoed (never `*`); every answer says `Vary: Origin`.
 * `Access-Control-Allow-Credentials` is never sent: the gateway reads no cookies, and an
 * `Authorization` header set by the page needs no credentials mode, so a `credentials: 'include'`
 * request fails in the browser rather than carrying cookies the gateway would ignore.
 */
export class CorsPolicy {
  private readonly origins: ReadonlySet<string>;
  /** The `Access-Control-Allow-Headers` value: the base headers and every provider's credential headers. */
  readonly allowHeaders: string;

  constructor(origins: readonly string[], credentialHeaders: readonly string[]) {
    this.origins = new Set(origins);
    this.allowHeaders = [...new Set([...BASE_ALLOWED_HEADERS, ...credentialHeaders.map((h) => h.toLowerCase())])].join(
      ', ',
    );
  }

  /** Whether `origin` (an `Origin` header) is one of the allowed origins. */
  allows(origin: string | null): origin is string {
    return origin !== null && this.origins.has(origin.toLowerCase());
  }

  /** The headers of an answer to an actual (not preflight) request from `origin`. */
  responseHeaders(origin: string | null): Record<string, string> {
    return this.allows(origin) ? { 'access-control-allow-origin': origin } : {};
  }

  /**
   * The headers of an answer to a preflight from `origin`: the methods and headers allowed, and how
   * long the answer holds. None for an origin not allowed (the browser then refuses the request).
   */
  preflightHeaders(origin: string | null): Record<string, string> {
    if (!this.allows(origin)) return {};
    return {
      'access-control-allow-origin': origin,
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': this.allowHeaders,
      'access-control-max-age': String(PREFLIGHT_MAX_AGE_S),
    };
  }
}
