import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { headerValue } from '../http/headerValue.js';
import type { CachedResponse, ResponseCache } from './responseCache.js';
import {
  graphqlRequestParts,
  keyedCredentialHeaders,
  responseCacheKey,
  type ResponseKeyScope,
} from './responseCacheKey.js';
import type { OperationTrace } from './operationTrace.js';

const HOUR_MS = 3_600_000;

/**
 * How long an answer that asked nothing of any upstream and did not read the clock is kept (schema
 * introspection, the provider list): it can change only with a deploy, and the key's identity
 * changes with the schema and the configuration; ten minutes bounds what a deploy that changes
 * neither could leave behind in a shared store.
 */
export const STATIC_ANSWER_TTL_MS = 600_000;

/** Content types a browser may send cross-site without a preflight (Apollo's CSRF prevention refuses them). */
const SIMPLE_CONTENT_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

/**
 * Whether Apollo's CSRF prevention lets the request through: a content type a form cannot send, or a
 * non-empty `x-apollo-operation-name` / `apollo-require-preflight`. A request it would refuse is
 * never answered from the cache (Apollo refuses it).
 */
function passesCsrfPrevention(headers: IncomingHttpHeaders): boolean {
  const contentType = headerValue(headers, 'content-type');
  if (contentType !== null) {
    const essence = (contentType.split(';')[0] ?? '').trim().toLowerCase();
    if (!SIMPLE_CONTENT_TYPES.has(essence)) return true;
  }
  return (
    headerValue(headers, 'x-apollo-operation-name') !== null ||
    headerValue(headers, 'apollo-require-preflight') !== null
  );
}

/** Whether `If-None-Match` names `etag` (weak comparison, as RFC 9110 asks for this header) or is `*`. */
export function ifNoneMatchMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

/** What a finished Apollo answer is, for deciding whether to keep it. */
export interface ExecutedAnswer {
  status: number;
  contentType: string;
  body: string;
}

export interface ResponseCacheFrontOptions {
  cache: ResponseCache;
  /** The gateway's identity and the credential headers, for the keys. */
  scope: ResponseKeyScope;
  /** The gateway's wall clock in ms. */
  clock: () => number;
}

/**
 * The response cache as the gateway's HTTP handler uses it: which requests have a key, which kept
 * answer serves a request, which executed answers are kept and for how long, and the HTTP caching
 * headers of each answer.
 *
 * An answer is kept only when it is a query's, error-free, HTTP 200 and written whole, for the
 * least freshness of the upstream answers it was built from (settled data an hour, live data a
 * minute: each provider's freshness policy), {@link STATIC_ANSWER_TTL_MS} when it asked nothing of
 * any upstream; when it read the clock ("now": a default end, "the current month", retention
 * checks) it is also kept no later than the end of the hour it was computed in, and served only
 * within that hour.
 */
export class ResponseCacheFront {
  private readonly cache: ResponseCache;
  private readonly identity: string;
  /** The headers the key reads credentials from (see keyedCredentialHeaders): fixed at start-up. */
  private readonly credentialNames: readonly string[];
  private readonly clock: () => number;
  /** `vary` of cacheable answers: what the key holds from the headers. */
  readonly vary: string;

  constructor(options: ResponseCacheFrontOptions) {
    this.cache = options.cache;
    this.identity = options.scope.identity;
    this.credentialNames = keyedCredentialHeaders(options.scope.credentialHeaders);
    this.clock = options.clock;
    this.vary = ['accept', 'origin', ...new Set([...options.scope.credentialHeaders, 'authorization'])].join(', ');
  }

  /** The key of a request, or null when its answer is not looked up nor kept (see graphqlRequestParts). */
  keyOf(method: string, headers: IncomingHttpHeaders, search: URLSearchParams, body: unknown): string | null {
    if (!passesCsrfPrevention(headers)) return null;
    const parts = graphqlRequestParts(method, search, body);
    return parts === null ? null : responseCacheKey(parts, headers, this.identity, this.credentialNames);
  }

  /** The kept answer for `key` that is still fresh (and of the current hour when it depends on it). */
  async lookup(key: string): Promise<CachedResponse | null> {
    const cache = this.cache;
    const entry = await Promise.resolve()
      .then(() => cache.get(key))
      .catch(() => undefined);
    if (entry === undefined) return null;
    const now = this.clock();
    if (now >= entry.meta.expiresAt) return null;
    if (entry.meta.hour !== null && entry.meta.hour !== Math.floor(now / HOUR_MS) * HOUR_MS) return null;
    return entry;
  }

  /**
   * Keeps the executed answer under `key` when it may be kept (see the class comment) and returns
   * the kept entry; null when it is not kept. Storing is not awaited: a slow or failing store never
   * delays or fails the answer.
   */
  keep(key: string, trace: OperationTrace, answer: ExecutedAnswer): CachedResponse | null {
    if (answer.status !== 200 || trace.operationType !== 'query' || trace.outcome !== 'ok') return null;
    const now = this.clock();
    let expiresAt = trace.upstreamAnswers > 0 ? trace.freshUntil : now + STATIC_ANSWER_TTL_MS;
    let hour: number | null = null;
    if (trace.readClock) {
      hour = Math.floor(trace.now.getTime() / HOUR_MS) * HOUR_MS;
      expiresAt = Math.min(expiresAt, hour + HOUR_MS);
    }
    const ttlMs = expiresAt - now;
    if (!(ttlMs > 0)) return null;
    const body = Buffer.from(answer.body, 'utf8');
    const entry: CachedResponse = {
      body,
      meta: {
        contentType: answer.contentType,
        etag: `"${createHash('sha256').update(body).digest('base64url')}"`,
        storedAt: now,
        expiresAt,
        hour,
        operationName: trace.operationName,
      },
    };
    const cache = this.cache;
    Promise.resolve()
      .then(() => cache.set(key, entry, ttlMs))
      .catch(() => undefined);
    return entry;
  }

  /**
   * The HTTP caching headers of a kept answer: `private` (it is one tenant's), `max-age` its
   * remaining freshness, `age` since it was kept, its `etag`, and `vary` on what the key reads from
   * the headers (so a browser never serves one tenant's answer for another's keys).
   */
  headersOf(entry: CachedResponse): Record<string, string> {
    const now = this.clock();
    const maxAge = Math.max(0, Math.floor((entry.meta.expiresAt - now) / 1000));
    return {
      'cache-control': `private, max-age=${maxAge}`,
      age: String(Math.max(0, Math.floor((now - entry.meta.storedAt) / 1000))),
      etag: entry.meta.etag,
      vary: this.vary,
    };
  }
}
