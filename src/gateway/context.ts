import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Logger } from 'pino';
import type { DatadogCredentials } from './config.js';
import { createLoaders, type Loaders } from '../providers/datadog/datadogLoaders.js';
import type { UpstreamHttp } from '../upstream/http.js';
import { headerValue } from '../http/headerValue.js';

/** What every resolver of one GraphQL operation sees. */
export interface GatewayContext {
  /**
   * Identifies the credentials without revealing them (a hash): binds cursors (and later caches) to
   * one tenant, so one tenant's cursor is useless to another.
   */
  credentialScope: string;
  loaders: Loaders;
  /** The operation's clock: one "now" for every field. */
  now: Date;
  cursorSecret: Buffer;
  logger: Logger;
  /**
   * Batching hints of the fields the operation selects (FieldSpec `batchHints`); filled in before
   * execution starts.
   */
  batchHints: Set<string>;
}

/** What the server holds for the lifetime of the gateway. */
export interface ContextDeps {
  http: UpstreamHttp;
  datadogBaseUrl: string;
  /** Configured keys; requests may bring their own. */
  datadogCredentials: DatadogCredentials | null;
  cursorSecret: Buffer;
  logger: Logger;
}

/**
 * Credentials for one request: the request's own `DD-API-KEY` + `DD-APPLICATION-KEY` headers when it
 * sends them (a multi-tenant deployment), else the configured keys. A request that sends only one of
 * the two gets no credentials at all, with the reason: falling back to the configured keys would
 * show it another tenant's data.
 */
export function requestCredentials(
  headers: IncomingHttpHeaders,
  configured: DatadogCredentials | null,
): { credentials: DatadogCredentials | null; problem: string | null } {
  const apiKey = headerValue(headers, 'dd-api-key');
  const appKey = headerValue(headers, 'dd-application-key');
  if (apiKey !== null && appKey !== null) return { credentials: { apiKey, appKey }, problem: null };
  if (apiKey !== null || appKey !== null) {
    const missing = apiKey === null ? 'DD-API-KEY' : 'DD-APPLICATION-KEY';
    return {
      credentials: null,
      problem: `The request sends one Datadog key header without the other: ${missing} is missing; send both or neither`,
    };
  }
  return { credentials: configured, problem: null };
}

/** Whether the client asked for fresh data: `Cache-Control: no-cache` / `no-store`, or `Pragma: no-cache`. */
export function wantsNoCache(headers: IncomingHttpHeaders): boolean {
  const cacheControl = (headerValue(headers, 'cache-control') ?? '').toLowerCase();
  const pragma = (headerValue(headers, 'pragma') ?? '').toLowerCase();
  return /(^|[\s,])(no-cache|no-store)($|[\s,=])/.test(cacheControl) || pragma.includes('no-cache');
}

/** Builds the per-operation context: fresh loaders, one clock, one deadline, the tenant's scope. */
export function createContext(deps: ContextDeps, headers: IncomingHttpHeaders): GatewayContext {
  const { credentials, problem } = requestCredentials(headers, deps.datadogCredentials);
  const now = new Date();
  const credentialScope =
    credentials === null
      ? 'anonymous'
      : createHash('sha256').update(`${credentials.apiKey}\n${credentials.appKey}`).digest('base64url').slice(0, 22);
  const batchHints = new Set<string>();
  // Wall time by which every upstream call of the operation must be answered (the client's budget).
  const deadline = now.getTime() + deps.http.operationDeadlineMs;
  const cacheMode = wantsNoCache(headers) ? 'no-cache' : 'default';
  return {
    credentialScope,
    loaders: createLoaders(
      {
        http: deps.http,
        baseUrl: deps.datadogBaseUrl,
        credentials,
        credentialsProblem: problem,
        deadline,
        cache: cacheMode,
      },
      now,
      batchHints,
    ),
    batchHints,
    now,
    cursorSecret: deps.cursorSecret,
    logger: deps.logger,
  };
}
