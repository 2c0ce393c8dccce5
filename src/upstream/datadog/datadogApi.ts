import { ErrorCode, MeterqlError, UpstreamError } from '../../errors.js';
import type { DatadogCredentials } from '../../config.js';
import type { UpstreamHttp, UpstreamRequest, UpstreamResponse } from '../http.js';

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
 * operationId, used in errors, logs and metrics. With `parse` (which validates the body and throws
 * `malformedBody(...)` for anything undocumented) the parsed value is returned and a body `parse`
 * rejects is never kept in the page cache: pass it.
 */
export function datadogGet(
  api: DatadogApi,
  endpoint: string,
  path: string,
  query: ReadonlyArray<readonly [string, string]>,
): Promise<UpstreamResponse>;
export function datadogGet<T>(
  api: DatadogApi,
  endpoint: string,
  path: string,
  query: ReadonlyArray<readonly [string, string]>,
  parse: (body: unknown) => T,
): Promise<T>;
export function datadogGet<T>(
  api: DatadogApi,
  endpoint: string,
  path: string,
  query: ReadonlyArray<readonly [string, string]>,
  parse?: (body: unknown) => T,
): Promise<T | UpstreamResponse> {
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
    headers: {
      accept: 'application/json;datetime-format=rfc3339',
      'dd-api-key': credentials.apiKey,
      'dd-application-key': credentials.appKey,
    },
    ...(api.deadline !== undefined ? { deadline: api.deadline } : {}),
    ...(api.cache !== undefined ? { cache: api.cache } : {}),
  };
  return parse ? api.http.fetch(req, (res) => parse(res.body)) : api.http.json(req);
}

/** The error for a 2xx body that is not the documented shape; names what was missing. */
export function malformedBody(endpoint: string, what: string): UpstreamError {
  return new UpstreamError(
    ErrorCode.UPSTREAM_UNAVAILABLE,
    `datadog ${endpoint} answered a body that is not the documented shape: ${what}`,
    { provider: 'datadog', endpoint },
  );
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
