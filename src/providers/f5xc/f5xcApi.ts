import { ErrorCode, MeterqlError, UpstreamError } from '../../errors.js';
import { isRecord } from '../../json/isRecord.js';
import type { UpstreamHttp, UpstreamRequest } from '../../upstream/http.js';
import { decimalFromJson, parseDecimal, type Decimal } from '../../money/decimal.js';
import { timestampOrNull } from '../../time/utcTime.js';
import { f5xcAuthorization } from './api/f5xcHeaders.js';
import { f5xcPath, type F5xcOperation } from './api/f5xcPaths.js';

/** Everything one F5 call needs: the shared HTTP client, the tenant's console URL, and the token. */
export interface F5xcApi {
  http: UpstreamHttp;
  /** e.g. `https://acme.console.ves.volterra.io` or a simulator's URL. */
  baseUrl: string;
  /** Null when no token is configured: every call then fails UNAUTHENTICATED. */
  token: string | null;
  /** Wall time (ms) by which the GraphQL operation must be answered. */
  deadline?: number;
  /** `no-cache`: the operation asked not to be answered from the page cache. */
  cache?: 'default' | 'no-cache';
}

/**
 * POSTs an F5 usage operation for `namespace` with a JSON body and `Authorization: APIToken`.
 * `operation` names it in errors, logs and metrics. `parse` validates the body (throwing
 * `malformedBody(...)` for anything undocumented); a body it rejects is never kept in the page cache.
 */
export function f5xcPost<T>(
  api: F5xcApi,
  operation: F5xcOperation,
  namespace: string,
  body: Record<string, string>,
  parse: (body: unknown) => T,
): Promise<T> {
  if (api.token === null) {
    return Promise.reject(
      new MeterqlError(
        ErrorCode.UNAUTHENTICATED,
        'No F5 Distributed Cloud credentials: configure F5XC_API_TOKEN and METERQL_F5XC_URL',
      ),
    );
  }
  const req: UpstreamRequest = {
    provider: 'f5xc',
    endpoint: operation,
    baseUrl: api.baseUrl,
    path: f5xcPath(operation, namespace),
    method: 'POST',
    body,
    headers: { accept: 'application/json', authorization: f5xcAuthorization(api.token) },
    ...(api.deadline !== undefined ? { deadline: api.deadline } : {}),
    ...(api.cache !== undefined ? { cache: api.cache } : {}),
  };
  return api.http.fetch(req, (res) => parse(res.body));
}

/** The error for a 2xx body that is not the documented shape; names what was wrong. */
export function malformedBody(operation: F5xcOperation, what: string): UpstreamError {
  return new UpstreamError(
    ErrorCode.UPSTREAM_UNAVAILABLE,
    `f5xc ${operation} answered a body that is not the documented shape: ${what}`,
    { provider: 'f5xc', endpoint: operation },
    { failure: 'malformed' },
  );
}

/** Reads the fields of one object of an F5 answer, naming the operation and where it is in errors. */
export class F5xcFields {
  constructor(
    private readonly operation: F5xcOperation,
    private readonly item: Record<string, unknown>,
    private readonly where: string,
  ) {}

  /** Reads an answer's body: throws `malformedBody` unless it is an object. */
  static ofBody(operation: F5xcOperation, body: unknown): F5xcFields {
    if (!isRecord(body)) throw malformedBody(operation, 'not an object');
    return new F5xcFields(operation, body, 'body');
  }

  /** The malformed-body error for `field`: `what` is wrong with it. */
  fail(field: string, what: string): UpstreamError {
    return malformedBody(this.operation, `${this.where}.${field} ${what}`);
  }

  /** A string; null when absent or null (proto3 JSON leaves empty values out). */
  optionalString(field: string): string | null {
    const v = this.item[field];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string') throw this.fail(field, 'is not a string');
    return v;
  }

  /** A string; `''` when absent (proto3 JSON leaves empty strings out). */
  string(field: string): string {
    return this.optionalString(field) ?? '';
  }

  /** A required RFC 3339 timestamp. */
  timestamp(field: string): Date {
    const t = timestampOrNull(this.item[field]);
    if (t === null) throw this.fail(field, 'is missing or not a date-time');
    return t;
  }

  /** A double read exactly (its shortest representation); 0 when absent (proto3 JSON leaves zeros out). */
  quantity(field: string): Decimal {
    const v = this.item[field] ?? 0;
    const d = decimalFromJson(v);
    if (d === null) throw this.fail(field, 'is not a number');
    return d;
  }

  /** An int64 (a JSON string of digits, or an integer), exactly; null when absent. */
  optionalInt64(field: string): bigint | null {
    const v = this.item[field];
    if (v === undefined || v === null) return null;
    if (typeof v === 'bigint') return v;
    if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
    if (typeof v === 'string' && /^-?\d{1,19}$/.test(v)) return BigInt(v);
    throw this.fail(field, 'is not an int64');
  }

  /** An amount in hundredths of the currency (an int64), as an exact decimal; 0 when absent. */
  hundredths(field: string): Decimal {
    return hundredthsToDecimal(this.optionalInt64(field) ?? 0n);
  }

  /** A boolean; false when absent. */
  boolean(field: string): boolean {
    const v = this.item[field] ?? false;
    if (typeof v !== 'boolean') throw this.fail(field, 'is not a boolean');
    return v;
  }

  /** A list of strings; empty when absent. */
  strings(field: string): string[] {
    const v = this.item[field] ?? [];
    if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) throw this.fail(field, 'is not a list of strings');
    return v;
  }

  /** A list of objects, each read as fields (named `field[i]`); empty when absent. */
  objects(field: string): F5xcFields[] {
    const v = this.item[field] ?? [];
    if (!Array.isArray(v)) throw this.fail(field, 'is not a list');
    const prefix = this.where === 'body' ? '' : `${this.where}.`;
    return v.map((item: unknown, i) => {
      const where = `${prefix}${field}[${i}]`;
      if (!isRecord(item)) throw malformedBody(this.operation, `${where} is not an object`);
      return new F5xcFields(this.operation, item, where);
    });
  }
}

/**
 * The exact amount of `hundredths` of a currency unit: `123456789012345n` is 1234567890123.45, by
 * moving the decimal point in the digits (never through a double).
 */
export function hundredthsToDecimal(hundredths: bigint): Decimal {
  const negative = hundredths < 0n;
  const digits = (negative ? -hundredths : hundredths).toString().padStart(3, '0');
  const text = `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
  return parseDecimal(text) as Decimal;
}
