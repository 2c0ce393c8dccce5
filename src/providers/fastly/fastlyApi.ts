import { ErrorCode, MeterqlError, UpstreamError } from '../../errors.js';
import type { UpstreamHttp, UpstreamRequest } from '../../upstream/http.js';
import { decimalFromJson, parseDecimal, type Decimal } from '../../money/decimal.js';

/** Everything one Fastly call needs: the shared HTTP client, where the API is, and whose token. */
export interface FastlyApi {
  http: UpstreamHttp;
  /** e.g. `https://api.fastly.com` or a simulator's URL. */
  baseUrl: string;
  /** Null when neither the configuration nor the request supplied a token: every call then fails UNAUTHENTICATED. */
  token: string | null;
  /** Wall time (ms) by which the GraphQL operation must be answered. */
  deadline?: number;
  /** `no-cache`: the operation asked not to be answered from the page cache. */
  cache?: 'default' | 'no-cache';
}

/**
 * GETs a Fastly endpoint with the `Fastly-Key` header. `endpoint` is the operation's name in Fastly's
 * official client (e.g. `getUsageMetrics`), used in errors, logs and metrics. `parse` validates the
 * body (throwing `malformedBody(...)` for anything undocumented); a body it rejects is never kept in
 * the page cache.
 */
export function fastlyGet<T>(
  api: FastlyApi,
  endpoint: string,
  path: string,
  query: ReadonlyArray<readonly [string, string]>,
  parse: (body: unknown) => T,
): Promise<T> {
  if (api.token === null) {
    return Promise.reject(
      new MeterqlError(
        ErrorCode.UNAUTHENTICATED,
        'No Fastly credentials: configure FASTLY_API_TOKEN, or send a Fastly-Key request header',
      ),
    );
  }
  const req: UpstreamRequest = {
    provider: 'fastly',
    endpoint,
    baseUrl: api.baseUrl,
    path,
    query,
    headers: { accept: 'application/json', 'fastly-key': api.token },
    ...(api.deadline !== undefined ? { deadline: api.deadline } : {}),
    ...(api.cache !== undefined ? { cache: api.cache } : {}),
  };
  return api.http.fetch(req, (res) => parse(res.body));
}

/** The error for a 2xx body that is not the documented shape; names what was wrong. */
export function malformedBody(endpoint: string, what: string): UpstreamError {
  return new UpstreamError(
    ErrorCode.UPSTREAM_UNAVAILABLE,
    `fastly ${endpoint} answered a body that is not the documented shape: ${what}`,
    { provider: 'fastly', endpoint },
    { failure: 'malformed' },
  );
}

/** A string field, or null when absent or null; throws `malformedBody` for anything else. */
export function optionalString(
  endpoint: string,
  item: Record<string, unknown>,
  field: string,
  where: string,
): string | null {
  const v = item[field];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw malformedBody(endpoint, `${where}.${field} is not a string`);
  return v;
}

/** A required string field; throws `malformedBody` when it is missing or not a string. */
export function requiredString(endpoint: string, item: Record<string, unknown>, field: string, where: string): string {
  const v = item[field];
  if (typeof v !== 'string') throw malformedBody(endpoint, `${where}.${field} is missing or not a string`);
  return v;
}

/**
 * An exact amount or quantity: a JSON number (read exactly, see src/money/decimal.ts) or a numeric
 * string (Fastly writes the month-to-date total as one). Null when absent or null; throws
 * `malformedBody` for anything else.
 */
export function optionalDecimal(
  endpoint: string,
  item: Record<string, unknown>,
  field: string,
  where: string,
): Decimal | null {
  const v = item[field];
  if (v === undefined || v === null) return null;
  const d = typeof v === 'string' ? parseDecimal(v.trim()) : decimalFromJson(v);
  if (d === null) throw malformedBody(endpoint, `${where}.${field} is not a number`);
  return d;
}

/** A required amount or quantity (see {@link optionalDecimal}). */
export function requiredDecimal(
  endpoint: string,
  item: Record<string, unknown>,
  field: string,
  where: string,
): Decimal {
  const d = optionalDecimal(endpoint, item, field, where);
  if (d === null) throw malformedBody(endpoint, `${where}.${field} is missing`);
  return d;
}
