import { ErrorCode, MeterqlError, UpstreamError } from '../../errors.js';
import type { DatadogCredentials } from './datadogConfig.js';
import type { UpstreamHttp, UpstreamRequest } from '../../upstream/http.js';
import { deepFreeze } from '../../json/deepFreeze.js';

/** Everything one Datadog call needs: the shared HTTP client, where the API is, and whose keys. */
export interface DatadogApi {
  http: UpstreamHttp;
  /** e.g. `https://api.datadoghq.com` or a simulator's URL. */
  baseUrl: string;
  /** Null when neither the configuration nor the request supplied keys: every call then fails UNAUTHENTICATED. */
  credentials: DatadogCredentials | null;
  /** Why `credentials` is null, when there is a more precise reason than "none configured". */
  credentialsProblem?: string | null;
  /** Wall time (ms) by which the GraphQL operation must be answered; defaults to the client's own budget. */
  deadline?: number;
  /** `no-cache`: the operation asked not to be answered from the page cache. */
  cache?: 'default' | 'no-cache';
}

/**
 * What each parser made of each body, by parser: the upstream client hands every hit of one cached
 * page (and every caller of one in-flight request) the same parsed body, so the same parser's result
 * is the same too. Weak both ways: an entry goes with its page or its parser.
 */
const parsedBodies = new WeakMap<(body: unknown) => unknown, WeakMap<object, unknown>>();

/**
 * Outside production the shared results are deeply frozen, so a caller that changes one fails (the
 * test suite runs this way). In production freezing is skipped: it costs about as much as parsing.
 */
const FREEZE_SHARED = process.env.NODE_ENV !== 'production';

/**
 * `parse(body)`, made once per body object and parser: a page-cache hit costs no new DTOs. A parser
 * that throws keeps nothing. (A parser created per call, a closure, never meets the same body
 * twice: it simply parses.)
 */
function parseOnce<T>(parse: (body: unknown) => T, body: unknown): T {
  if (typeof body !== 'object' || body === null) return parse(body);
  let byBody = parsedBodies.get(parse);
  if (byBody === undefined) parsedBodies.set(parse, (byBody = new WeakMap()));
  if (byBody.has(body)) return byBody.get(body) as T;
  const parsed = parse(body);
  byBody.set(body, FREEZE_SHARED ? deepFreeze(parsed) : parsed);
  return parsed;
}

/**
 * GETs a Datadog endpoint with the headers Datadog's own clients send. `endpoint` is the upstream
 * operationId, used in errors, logs and metrics. `parse` validates the body (throwing
 * `malformedBody(...)` for anything undocumented) and its result is returned; a body `parse` rejects
 * is never kept in the page cache, so a wrong-shape 200 is not served again from it. What `parse`
 * returns is shared by every operation reading the same cached page (parseOnce): callers read it,
 * never change it (outside production it is deeply frozen, so one that does fails loudly).
 */
export function datadogGet<T>(
  api: DatadogApi,
  endpoint: string,
  path: string,
  query: ReadonlyArray<readonly [string, string]>,
  parse: (body: unknown) => T,
): Promise<T> {
  const { credentials } = api;
  if (credentials === null) {
    return Promise.reject(
      new MeterqlError(
        ErrorCode.UNAUTHENTICATED,
        api.credentialsProblem ??
          'No Datadog credentials: configure DD_API_KEY and DD_APP_KEY, or send DD-API-KEY and DD-APPLICATION-KEY request headers',
      ),
    );
  }
  const req: UpstreamRequest = {
    provider: 'datadog',
    endpoint,
    baseUrl: api.baseUrl,
    path,
    query,
    headers: datadogHeaders(credentials),
    ...(api.deadline !== undefined ? { deadline: api.deadline } : {}),
    ...(api.cache !== undefined ? { cache: api.cache } : {}),
  };
  return api.http.fetch(req, (res) => parseOnce(parse, res.body));
}

/** The request headers of a Datadog call: what Datadog's own clients send. */
function datadogHeaders(credentials: DatadogCredentials): Record<string, string> {
  return {
    accept: 'application/json;datetime-format=rfc3339',
    'dd-api-key': credentials.apiKey,
    'dd-application-key': credentials.appKey,
  };
}

/**
 * How many more calls of `endpoint` these credentials' rate-limit budget allows right now
 * (UpstreamHttp.headroom): `Infinity` when unlimited, null while unknown or without credentials.
 */
export function datadogHeadroom(api: DatadogApi, endpoint: string): number | null {
  if (api.credentials === null) return null;
  return api.http.headroom({ provider: 'datadog', endpoint, headers: datadogHeaders(api.credentials) });
}

/** The error for a 2xx body that is not the documented shape; names what was missing. */
export function malformedBody(endpoint: string, what: string): UpstreamError {
  return new UpstreamError(
    ErrorCode.UPSTREAM_UNAVAILABLE,
    `datadog ${endpoint} answered a body that is not the documented shape: ${what}`,
    { provider: 'datadog', endpoint },
    { failure: 'malformed' },
  );
}

export { isRecord } from '../../json/isRecord.js';
