import { GraphQLError } from 'graphql';

/**
 * The stable `extensions.code` values meterql puts on every error it returns. Clients may switch on
 * these; they never change meaning.
 */
export const ErrorCode = {
  /** The request itself is wrong; detected before any upstream call (or mapped from an upstream 400). */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The upstream rejected the credentials (HTTP 401), or none were configured. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The upstream refused the credentials for this resource (HTTP 403). */
  FORBIDDEN: 'FORBIDDEN',
  /** The upstream answered 429; `extensions.retryAfterSeconds` says when to try again. */
  UPSTREAM_RATE_LIMITED: 'UPSTREAM_RATE_LIMITED',
  /** The upstream failed: 5xx, timeout, connection reset, or a body that is not what it documents. */
  UPSTREAM_UNAVAILABLE: 'UPSTREAM_UNAVAILABLE',
  /** The operation would need more upstream work than meterql allows for one request. */
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  /** The answer grew past the gateway's response-size cap; it was cut, not sent. */
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  /** This client exceeded its own rate or concurrency limit (HTTP 429 with `Retry-After`). */
  CLIENT_RATE_LIMITED: 'CLIENT_RATE_LIMITED',
  /** Anything untyped; the message is masked. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Where an upstream error came from; goes into `extensions.upstream`. Never holds credentials. */
export interface UpstreamErrorInfo {
  /** Provider name, e.g. `datadog`. */
  provider: string;
  /** Endpoint name, e.g. `GetHourlyUsage`. */
  endpoint: string;
  /** HTTP status the upstream answered, when it answered at all. */
  status?: number;
  /** The upstream's own error strings, when it sent any. */
  errors?: string[];
}

/** Base class of every error meterql raises on purpose: a GraphQLError with a stable code. */
export class MeterqlError extends GraphQLError {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
    this.code = code;
    this.name = new.target.name;
  }
}

/** Input that cannot be served: says what was expected and what came. */
export class BadUserInputError extends MeterqlError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(ErrorCode.BAD_USER_INPUT, message, extensions);
  }
}

/** The operation would need more upstream work than allowed; names the bound. */
export class QueryTooCostlyError extends MeterqlError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(ErrorCode.QUERY_TOO_COSTLY, message, extensions);
  }
}

/**
 * How an upstream call failed, for retries, metrics and logs (never parsed from message text):
 * - `status`: the upstream answered a non-2xx status (`upstream.status` says which);
 * - `timeout`: no complete answer within the per-attempt timeout;
 * - `network`: the connection was refused, reset or cut;
 * - `malformed`: a 2xx body that is not JSON or not the documented shape;
 * - `circuitOpen`: not called, the endpoint's circuit is open;
 * - `deadline`: the operation's deadline passed first.
 */
export type UpstreamFailure = 'status' | 'timeout' | 'network' | 'malformed' | 'circuitOpen' | 'deadline';

/** An upstream failure, typed by what the upstream answered. */
export class UpstreamError extends MeterqlError {
  readonly upstream: UpstreamErrorInfo;
  readonly failure: UpstreamFailure;
  constructor(
    code: ErrorCode,
    message: string,
    upstream: UpstreamErrorInfo,
    options: { failure?: UpstreamFailure; extensions?: Record<string, unknown> } = {},
  ) {
    super(code, message, { upstream, ...options.extensions });
    this.upstream = upstream;
    this.failure = options.failure ?? 'status';
  }
}

/** The upstream answered 429. `retryAfterSeconds` is what it asked us to wait. */
export class UpstreamRateLimitedError extends UpstreamError {
  readonly retryAfterSeconds: number;
  constructor(upstream: UpstreamErrorInfo, retryAfterSeconds: number) {
    super(
      ErrorCode.UPSTREAM_RATE_LIMITED,
      `${upstream.provider} rate limit reached for ${upstream.endpoint}; retry after ${retryAfterSeconds} s.`,
      upstream,
      { failure: 'status', extensions: { retryAfterSeconds } },
    );
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
