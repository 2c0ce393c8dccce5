import type { IncomingHttpHeaders } from 'node:http';
import { headerValue } from '../http/headerValue.js';
import type { CorsPolicy } from './corsPolicy.js';

/**
 * Whether a request that Apollo's CSRF prevention would refuse (no preflight-forcing content type
 * or header) is nonetheless not a cross-site request forgery, so that a plain
 * `GET /graphql?query=...` (urql's default for queries) may run. True when any of:
 * - it carries `Authorization` or one of `credentialHeaders`: not CORS-safelisted, so a browser
 *   preflights it, and the preflight only succeeds for an allowed origin;
 * - its `Origin` is one of the CORS policy's allowed origins (pages the operator trusts);
 * - it is same-origin: `Sec-Fetch-Site: same-origin`, or an `Origin` whose host is the request's
 *   `Host` (which the host allow-list has already accepted).
 * Anything else (a form post or an image GET from another site) is left to Apollo's rule. Mutations
 * are unaffected: Apollo refuses them over GET, and the schema has none.
 */
export function isCrossSiteSafe(
  headers: IncomingHttpHeaders,
  cors: CorsPolicy,
  credentialHeaders: readonly string[],
): boolean {
  if (headerValue(headers, 'authorization') !== null) return true;
  if (credentialHeaders.some((h) => headerValue(headers, h.toLowerCase()) !== null)) return true;
  const origin = headerValue(headers, 'origin');
  if (cors.allows(origin)) return true;
  if (headerValue(headers, 'sec-fetch-site') === 'same-origin') return true;
  if (origin !== null && origin !== 'null') {
    const host = headerValue(headers, 'host');
    try {
      if (host !== null && new URL(origin).host === host.toLowerCase()) return true;
    } catch {
      return false;
    }
  }
  return false;
}
