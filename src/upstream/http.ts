import { Agent, errors as undiciErrors, request } from 'undici';
import type { Logger } from 'pino';
import { parseJson } from '../json/losslessJson.js';
import { ErrorCode, UpstreamError, UpstreamRateLimitedError, type UpstreamErrorInfo } from '../errors.js';
import type { UpstreamObserver } from './upstreamObserver.js';

/**
 * The only module that talks HTTP to upstream APIs. It owns the connection pools, timeouts and the
 * translation of every upstream failure into a typed {@link UpstreamError}. Credentials travel in
 * `headers` and are never logged or copied into an error.
 */

/** One upstream GET or POST. */
export interface UpstreamRequest {
  /** Provider name for errors, logs and metrics, e.g. `datadog`. */
  provider: string;
  /** Endpoint name (the upstream operationId), e.g. `GetHourlyUsage`. */
  endpoint: string;
  /** Base URL without trailing slash, e.g. `https://api.datadoghq.com`. */
  baseUrl: string;
  /** Path starting with `/`. */
  path: string;
  /** Query parameters, sent in this order. */
  query?: ReadonlyArray<readonly [string, string]>;
  method?: 'GET' | 'POST';
  /** Request headers; credentials go here and nowhere else. */
  headers: Record<string, string>;
  /** JSON body for POST. */
  body?: unknown;
}

/** What the upstream said about its rate limit on this response (Datadog's `X-RateLimit-*`). */
export interface RateLimitInfo {
  name: string | null;
  limit: number | null;
  periodSeconds: number | null;
  remaining: number | null;
  resetSeconds: number | null;
}

/** A successful (2xx) upstream answer with its parsed JSON body. */
export interface UpstreamResponse {
  status: number;
  body: unknown;
  rateLimit: RateLimitInfo;
}

export interface UpstreamHttpOptions {
  /** Per-request budget for headers and for body, in ms. Defaults to 30_000. */
  timeoutMs?: number;
  /** Keep-alive connections per upstream origin. Defaults to 16. */
  connectionsPerOrigin?: number;
  logger: Logger;
  observer?: UpstreamObserver;
}

function headerValue(headers: Record<string, string | string[] | undefined>, name: string): string | null {
  const v = headers[name];
  if (v === undefined) return null;
  return Array.isArray(v) ? (v[0] ?? null) : v;
}

function numberHeader(headers: Record<string, string | string[] | undefined>, name: string): number | null {
  const v = headerValue(headers, name);
  if (v === null || v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/** Reads Datadog-style `X-RateLimit-*` headers (undici lower-cases header names). */
export function readRateLimit(headers: Record<string, string | string[] | undefined>): RateLimitInfo {
  return {
    name: headerValue(headers, 'x-ratelimit-name'),
    limit: numberHeader(headers, 'x-ratelimit-limit'),
    periodSeconds: numberHeader(headers, 'x-ratelimit-period'),
    remaining: numberHeader(headers, 'x-ratelimit-remaining'),
    resetSeconds: numberHeader(headers, 'x-ratelimit-reset'),
  };
}

/**
 * Extracts the error strings from either upstream error shape: `{"errors": ["..."]}` (Datadog v1 and
 * most of v2) or JSON:API `{"errors": [{"status","title","detail"}]}` (newer v2 endpoints), or
 * Fastly's `{"title","detail"}`. Returns `[]` when the body says nothing usable.
 */
function parseUpstreamErrors(body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return [];
  const record = body as Record<string, unknown>;
  const out: string[] = [];
  if (Array.isArray(record.errors)) {
    for (const e of record.errors) {
      if (typeof e === 'string') out.push(e);
      else if (typeof e === 'object' && e !== null) {
        const o = e as Record<string, unknown>;
        const text = [o.title, o.detail].filter((x): x is string => typeof x === 'string').join(': ');
        if (text) out.push(text);
      }
    }
  } else if (typeof record.title === 'string' || typeof record.detail === 'string') {
    out.push([record.title, record.detail].filter((x): x is string => typeof x === 'string').join(': '));
  }
  return out;
}

function retryAfterSeconds(headers: Record<string, string | string[] | undefined>): number {
  const reset = numberHeader(headers, 'x-ratelimit-reset');
  if (reset !== null && reset >= 0) return Math.ceil(reset);
  const retryAfter = headerValue(headers, 'retry-after');
  if (retryAfter !== null) {
    const n = Number(retryAfter);
    if (Number.isFinite(n) && n >= 0) return Math.ceil(n);
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return Math.max(0, Math.ceil((at - Date.now()) / 1000));
  }
  return 1;
}

/** Maps a non-2xx upstream answer to the typed error clients see. */
function errorForStatus(
  info: Omit<UpstreamErrorInfo, 'status' | 'errors'>,
  status: number,
  headers: Record<string, string | string[] | undefined>,
  body: unknown,
): UpstreamError {
  const errors = parseUpstreamErrors(body);
  const upstream: UpstreamErrorInfo = { ...info, status, errors };
  const said = errors.length > 0 ? `: ${errors.join('; ')}` : '';
  if (status === 429) return new UpstreamRateLimitedError(upstream, retryAfterSeconds(headers));
  if (status === 401) {
    return new UpstreamError(
      ErrorCode.UNAUTHENTICATED,
      `${info.provider} rejected the credentials for ${info.endpoint} (HTTP 401)${said}`,
      upstream,
    );
  }
  if (status === 403) {
    return new UpstreamError(
      ErrorCode.FORBIDDEN,
      `${info.provider} refused ${info.endpoint} for these credentials (HTTP 403)${said}`,
      upstream,
    );
  }
  if (status === 400 || status === 422) {
    return new UpstreamError(
      ErrorCode.BAD_USER_INPUT,
      `${info.provider} rejected the request to ${info.endpoint} (HTTP ${status})${said}`,
      upstream,
    );
  }
  return new UpstreamError(
    ErrorCode.UPSTREAM_UNAVAILABLE,
    `${info.provider} ${info.endpoint} failed (HTTP ${status})${said}`,
    upstream,
  ); // 408, 5xx and statuses the upstream does not document
}

function transportFailure(
  info: Omit<UpstreamErrorInfo, 'status' | 'errors'>,
  err: unknown,
  timeoutMs: number,
): UpstreamError {
  let what = 'the connection failed';
  if (err instanceof undiciErrors.HeadersTimeoutError || err instanceof undiciErrors.BodyTimeoutError) {
    what = `no answer within ${timeoutMs} ms`;
  } else if (err instanceof undiciErrors.SocketError || (err as { code?: string }).code === 'ECONNRESET') {
    what = 'the connection was reset';
  } else if ((err as { code?: string }).code === 'ECONNREFUSED') {
    what = 'the connection was refused';
  }
  return new UpstreamError(
    ErrorCode.UPSTREAM_UNAVAILABLE,
    `${info.provider} ${info.endpoint} is unavailable: ${what}`,
    info,
  );
}

/** Builds `path?query` with RFC 3986 encoding of keys and values (brackets encoded, as Datadog's clients do). */
function buildPath(path: string, query: ReadonlyArray<readonly [string, string]> = []): string {
  if (query.length === 0) return path;
  return `${path}?${query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
}

/** Keep-alive HTTP client for every upstream; one per gateway. */
export class UpstreamHttp {
  private readonly agent: Agent;
  private readonly timeoutMs: number;
  private readonly logger: Logger;

  constructor(options: UpstreamHttpOptions) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.logger = options.logger;
    this.agent = new Agent({
      connections: options.connectionsPerOrigin ?? 16,
      keepAliveTimeout: 10_000,
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs,
    });
  }

  /**
   * Sends one request and returns its parsed JSON body. Never rejects with anything but an
   * {@link UpstreamError}: non-2xx answers, transport failures and bodies that are not JSON are all
   * typed.
   */
  async json(req: UpstreamRequest): Promise<UpstreamResponse> {
    const info = { provider: req.provider, endpoint: req.endpoint };
    const pathAndQuery = buildPath(req.path, req.query);
    const started = performance.now();
    let status: number;
    let headers: Record<string, string | string[] | undefined>;
    let text: string;
    try {
      const res = await request(`${req.baseUrl}${pathAndQuery}`, {
        method: req.method ?? 'GET',
        headers: req.body === undefined ? req.headers : { ...req.headers, 'content-type': 'application/json' },
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
        dispatcher: this.agent,
      });
      status = res.statusCode;
      headers = res.headers;
      text = await res.body.text();
    } catch (err) {
      this.logger.warn(
        { provider: req.provider, endpoint: req.endpoint, path: req.path, err: (err as Error).message },
        'upstream request failed',
      );
      throw transportFailure(info, err, this.timeoutMs);
    }
    const ms = Math.round((performance.now() - started) * 10) / 10;
    this.logger.debug(
      { provider: req.provider, endpoint: req.endpoint, path: pathAndQuery, status, ms },
      'upstream request',
    );
    let body: unknown;
    try {
      body = text === '' ? null : parseJson(text);
    } catch {
      body = undefined;
    }
    if (status < 200 || status >= 300) {
      throw errorForStatus(info, status, headers, body);
    }
    if (body === undefined || body === null) {
      throw new UpstreamError(
        ErrorCode.UPSTREAM_UNAVAILABLE,
        `${req.provider} ${req.endpoint} answered HTTP ${status} with a body that is not JSON`,
        { ...info, status },
      );
    }
    return { status, body, rateLimit: readRateLimit(headers) };
  }

  /** Closes every pooled connection. */
  async close(): Promise<void> {
    await this.agent.close();
  }
}
