import { ErrorCode, MeterqlError, UpstreamError } from '../../errors.js';
import type { DatadogCredentials } from '../../config.js';
import type { UpstreamHttp, UpstreamResponse } from '../http.js';

/** Everything one Datadog call needs: the shared HTTP client, where the API is, and whose keys. */
export interface DatadogApi {
  http: UpstreamHttp;
  /** e.g. `https://api.datadoghq.com` or a simulator's URL. */
  baseUrl: string;
  /** Null when neither the configuration nor the request supplied keys: every call then fails UNAUTHENTICATED. */
  credentials: DatadogCredentials | null;
  /** Why `credentials` is null, when there is a more precise reason than "none configured". */
  credentialsProblem?: string | null;
}

/**
 * GETs a Datadog endpoint with the headers Datadog's own clients send. `endpoint` is the upstream
 * operationId, used in errors, logs and metrics.
 */
export function datadogGet(
  api: DatadogApi,
  endpoint: string,
  path: string,
  query: ReadonlyArray<readonly [string, string]>,
): Promise<UpstreamResponse> {
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
  return api.http.json({
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
  });
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
