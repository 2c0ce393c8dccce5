import { errors as undiciErrors } from 'undici';
import { ErrorCode, UpstreamError, UpstreamRateLimitedError, type UpstreamErrorInfo } from '../errors.js';
import { scrubSecrets } from '../security/scrubSecrets.js';

/** How the errors of {@link UpstreamHttp} are built: every upstream failure becomes a typed error. */

type EndpointInfo = Omit<UpstreamErrorInfo, 'status' | 'errors'>;

/**
 * Extracts the error strings from either upstream error shape: `{"errors": ["..."]}` (Datadog v1 and
 * most of v2) or JSON:API `{"errors": [{"status","title","detail"}]}` (newer v2 endpoints), or
 * Fastly's `{"title","detail"}`, or a bare JSON string (F5 Distributed Cloud). Returns `[]` when the
 * body says nothing usable.
 */
function parseUpstreamErrors(body: unknown): string[] {
  if (typeof body === 'string') return body === '' ? [] : [body]; // F5 Distributed Cloud: a JSON string
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

/**
 * Maps a non-2xx upstream answer to the typed error clients see. The upstream's error strings are
 * scrubbed of anything that looks like a credential, and of the `secrets` the request carried
 * (see {@link scrubSecrets}), before they go into the message or `extensions.upstream.errors`.
 */
export function errorForStatus(
  info: EndpointInfo,
  status: number,
  body: unknown,
  /** For a 429: how long the upstream asked to wait (its reset or `Retry-After`), when it said. */
  waitSeconds: number | null = null,
  /** The credentials the request carried (its header values): never echoed back. */
  secrets: readonly string[] = [],
): UpstreamError {
  const errors = parseUpstreamErrors(body).map((e) => scrubSecrets(e, secrets));
  const upstream: UpstreamErrorInfo = { ...info, status, errors };
  const said = errors.length > 0 ? `: ${errors.join('; ')}` : '';
  if (status === 429) return new UpstreamRateLimitedError(upstream, waitSeconds ?? 1);
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

/** Whether a transport error is a timeout (as opposed to a refused or broken connection). */
export function isTimeout(err: unknown): boolean {
  return err instanceof undiciErrors.HeadersTimeoutError || err instanceof undiciErrors.BodyTimeoutError;
}

/** The error for an attempt that got no complete HTTP answer. */
export function transportFailure(
  info: EndpointInfo,
  err: unknown,
  timeoutMs: number,
  timedOut = isTimeout(err),
): UpstreamError {
  let what = 'the connection failed';
  const code = (err as { code?: string }).code;
  const failure = timedOut ? 'timeout' : 'network';
  if (timedOut) {
    what = `no answer within ${timeoutMs} ms`;
  } else if (err instanceof undiciErrors.ResponseContentLengthMismatchError) {
    what = 'the body ended before its announced length';
  } else if (err instanceof undiciErrors.SocketError || code === 'ECONNRESET') {
    what = 'the connection was reset';
  } else if (code === 'ECONNREFUSED') {
    what = 'the connection was refused';
  }
  return new UpstreamError(
    ErrorCode.UPSTREAM_UNAVAILABLE,
    `${info.provider} ${info.endpoint} is unavailable: ${what}`,
    info,
    { failure },
  );
}

/** The same error with a note on how it ended (attempts made, deadline), keeping its code and details. */
export function withNote(error: UpstreamError, note: string): UpstreamError {
  if (error instanceof UpstreamRateLimitedError) return error;
  return new UpstreamError(error.code, `${error.message} (${note})`, error.upstream, { failure: error.failure });
}

/** A 2xx answer whose body is not JSON (or is cut short). */
export function notJson(info: EndpointInfo, status: number): UpstreamError {
  return new UpstreamError(
    ErrorCode.UPSTREAM_UNAVAILABLE,
    `${info.provider} ${info.endpoint} answered HTTP ${status} with a body that is not JSON`,
    { ...info, status },
    { failure: 'malformed' },
  );
}

/** The circuit of an endpoint (for these credentials) is open: it was not called; `reason` says what opened it. */
export function circuitOpen(info: EndpointInfo, reason: string, retryInMs: number): UpstreamError {
  const seconds = Math.max(1, Math.ceil(retryInMs / 1000));
  return new UpstreamError(
    ErrorCode.UPSTREAM_UNAVAILABLE,
    `${info.provider} ${info.endpoint} is unavailable: ${reason}, so it is not called for the next ${seconds} s`,
    info,
    { failure: 'circuitOpen' },
  );
}

/** The operation's deadline passed before the upstream answered. */
export function deadlinePassed(info: EndpointInfo, last: UpstreamError | null): UpstreamError {
  if (last instanceof UpstreamRateLimitedError) return last;
  const why = last ? `; last failure: ${last.message}` : '';
  return new UpstreamError(
    ErrorCode.UPSTREAM_UNAVAILABLE,
    `${info.provider} ${info.endpoint} is unavailable: no answer before the operation's deadline${why}`,
    last?.upstream ?? info,
    { failure: 'deadline' },
  );
}

/** The gateway is shutting down: the request was cut or not sent. */
export function shuttingDown(info: EndpointInfo): UpstreamError {
  return new UpstreamError(
    ErrorCode.UPSTREAM_UNAVAILABLE,
    `${info.provider} ${info.endpoint} was not answered: the gateway is shutting down`,
    info,
    { failure: 'network' },
  );
}
