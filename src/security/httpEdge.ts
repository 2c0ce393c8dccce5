import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { CorsPolicy } from './corsPolicy.js';
import { isCrossSiteSafe } from './isCrossSiteSafe.js';
import { headerValue } from '../http/headerValue.js';
import type { HttpEdgeConfig } from './httpEdgeConfig.js';

/** Paths any Host may reach: they do no work and tell nothing (probes reach pods by address). */
const ANY_HOST_PATHS: ReadonlySet<string> = new Set(['/healthz', '/readyz']);

/** Apollo's CSRF prevention lets a request through that carries this header (see {@link HttpEdge.screen}). */
const PREFLIGHT_MARKER = 'apollo-require-preflight';

export interface HttpEdgeOptions {
  config: HttpEdgeConfig;
  /** Every provider's credential request headers: allowed in CORS, and force a preflight. */
  credentialHeaders: readonly string[];
  /** The GraphQL endpoint's path: the one path with CORS. */
  graphqlPath: string;
  logger: Logger;
}

/** Adds `names` to the answer's `Vary`, keeping what it already lists. */
function appendVary(res: ServerResponse, names: readonly string[]): void {
  const current = res.getHeader('vary');
  if (current === undefined) {
    res.setHeader('vary', names.join(', '));
    return;
  }
  const listed = (Array.isArray(current) ? current.join(',') : String(current ?? ''))
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  const lower = new Set(listed.map((v) => v.toLowerCase()));
  res.setHeader('vary', [...listed, ...names.filter((n) => !lower.has(n.toLowerCase()))].join(', '));
}

function sendEdgeJson(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }));
}

/**
 * The first thing every request meets, before the gateway does any work for it: the host
 * allow-list (421 for any other `Host`), CORS for `/graphql` (preflights answered here; allowed
 * origins get their headers), and the cross-site check that lets a safe plain GET through Apollo's
 * CSRF prevention.
 */
export class HttpEdge {
  private readonly cors: CorsPolicy;

  constructor(private readonly options: HttpEdgeOptions) {
    this.cors = new CorsPolicy(options.config.corsOrigins, options.credentialHeaders);
  }

  /**
   * Screens `req` (whose path is `url.pathname`). Returns true when it answered the request itself
   * (refused or a preflight): the caller then does nothing more. Otherwise the request goes on, with
   * its CORS headers set on `res`; when {@link isCrossSiteSafe} holds, Apollo's own preflight marker
   * (`apollo-require-preflight`) is added to its headers, so Apollo's CSRF prevention (and the
   * response cache, which mirrors it) let it through while refusing everything else as before.
   */
  screen(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
    const { config, logger, graphqlPath } = this.options;
    if (!ANY_HOST_PATHS.has(url.pathname) && !config.allowedHosts.allows(req.headers.host)) {
      logger.debug({ host: req.headers.host, path: url.pathname }, 'request for a host not allowed: 421');
      sendEdgeJson(
        res,
        421,
        `This gateway serves only the hosts METERQL_ALLOWED_HOSTS allows (${config.allowedHosts.toString()}), but the request's Host is ${JSON.stringify((req.headers.host ?? '').slice(0, 100))}`,
        { connection: 'close' },
      );
      return true;
    }
    if (url.pathname !== graphqlPath) return false;
    const origin = headerValue(req.headers, 'origin');
    if (req.method === 'OPTIONS' && headerValue(req.headers, 'access-control-request-method') !== null) {
      appendVary(res, ['Origin', 'Access-Control-Request-Method', 'Access-Control-Request-Headers']);
      if (!this.cors.allows(origin)) {
        sendEdgeJson(
          res,
          403,
          `Cross-origin requests are allowed only from the origins METERQL_CORS_ORIGINS lists, but this one comes from ${JSON.stringify((origin ?? '').slice(0, 200))}`,
        );
        return true;
      }
      res.writeHead(204, { ...this.cors.preflightHeaders(origin), 'cache-control': 'no-store' });
      res.end();
      return true;
    }
    appendVary(res, ['Origin']);
    for (const [k, v] of Object.entries(this.cors.responseHeaders(origin))) res.setHeader(k, v);
    if (
      headerValue(req.headers, PREFLIGHT_MARKER) === null &&
      isCrossSiteSafe(req.headers, this.cors, this.options.credentialHeaders)
    ) {
      req.headers[PREFLIGHT_MARKER] = 'http-edge';
    }
    return false;
  }
}
