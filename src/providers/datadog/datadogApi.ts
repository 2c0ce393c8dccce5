import { ErrorCode, MeterqlError, UpstreamError } from '../../errors.js';
import type { DatadogCredentials } from './datadogConfig.js';
import type { UpstreamHttp, UpstreamRequest } from '../../upstream/http.js';

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
 * GETs a Datadog endpoint with the headers Datadog's own clients send. `endpoint` is the upstream
 * operationId, used in errors, logs and metrics. `parse` validates the body (throwing
 * `malformedBody(...)` for anything undocumented) and its result is returned; a body `parse` rejects
 * is never kept in the page cache, so a wrong-shape 200 is not served again from it.
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
  return api.http.fetch(req, (res) => parse(res.body));
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

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
