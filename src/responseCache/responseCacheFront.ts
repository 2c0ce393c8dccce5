import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
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
  // What GraphQL clients send; the general case below would find the same.
  if (contentType === 'application/json') return true;
  if (contentType !== null) {
    const essence = (contentType.split(';')[0] ?? '').trim().toLowerCase();
    if (!SIMPLE_CONTENT_TYPES.has(essence)) return true;
  }
  return (
    headerValue(headers, 'x-apollo-operation-name') !== null ||
    headerValue(headers, 'apollo-require-preflight') !== null
  );
}

/** A header's value in a memo key: as sent, {@link ABSENT} when not sent, a list marked as one. */
function headerText(value: string | string[] | undefined): string {
  return value === undefined ? ABSENT : Array.isArray(value) ? `\u0002${JSON.stringify(value)}` : value;
}

/** Whether `If-None-Match` names `etag` (weak comparison, as RFC 9110 asks for this header) or is `*`. */
export function ifNoneMatchMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

/** Requests whose keys are remembered (see {@link ResponseCacheFront.keyOf}), at most. */
const KEY_MEMO_ENTRIES = 1_000;
/** Characters the remembered requests hold, at most; a longer request (body or query string) is never remembered. */
const KEY_MEMO_CHARS = 4_000_000;
const KEY_MEMO_MAX_REQUEST_CHARS = 16_384;
/** Separates the fields of a memo key: a header value cannot hold it, and the request text comes last. */
const SEP = '\u0000';
/** An absent header in a memo key (a header value cannot hold it either). */
const ABSENT = '\u0001';

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
  /**
   * The keys of requests seen recently, by everything the key is computed from as sent (method,
   * content type, accept, credential headers, body or query string): a repeated request (a
   * dashboard polling) gets its key without parsing its body, hashing its document, writing its
   * variables canonically and hashing again.
   */
  private readonly keyMemo = new LRUCache<string, string>({
    max: KEY_MEMO_ENTRIES,
    maxSize: KEY_MEMO_CHARS,
    sizeCalculation: (key, request) => request.length + key.length,
  });

  constructor(options: ResponseCacheFrontOptions) {
    this.cache = options.cache;
    this.identity = options.scope.identity;
    this.credentialNames = keyedCredentialHeaders(options.scope.credentialHeaders);
    this.clock = options.clock;
    this.vary = ['accept', 'origin', ...new Set([...options.scope.credentialHeaders, 'authorization'])].join(', ');
  }

  /**
   * The key of a request, or null when its answer is not looked up nor kept (see
   * graphqlRequestParts). `text` is its body as sent and `body()` what the gateway makes of it (the
   * parsed JSON), called only when the key is not remembered from an identical request.
   */
  keyOf(method: string, headers: IncomingHttpHeaders, url: URL, text: string, body: () => unknown): string | null {
    if (!passesCsrfPrevention(headers)) return null;
    const request = method === 'POST' ? text : method === 'GET' ? url.search : null;
    const memoKey =
      request !== null && request.length <= KEY_MEMO_MAX_REQUEST_CHARS
        ? this.memoKeyOf(method, headers, request)
        : null;
    if (memoKey !== null) {
      const known = this.keyMemo.get(memoKey);
      if (known !== undefined) return known;
    }
    const parts = graphqlRequestParts(method, url.searchParams, body());
    if (parts === null) return null;
    const key = responseCacheKey(parts, headers, this.identity, this.credentialNames);
    if (memoKey !== null) this.keyMemo.set(memoKey, key);
    return key;
  }

  /** Everything a request's key is computed from, as sent, in one string (see keyMemo). */
  private memoKeyOf(method: string, headers: IncomingHttpHeaders, request: string): string {
    let memoKey = `${method}${SEP}${headers['content-type'] ?? ABSENT}${SEP}${headers.accept ?? ABSENT}`;
    for (const name of this.credentialNames) memoKey += `${SEP}${headerText(headers[name])}`;
    return `${memoKey}${SEP}${request}`;
  }

  /** The kept answer for `key` that is still fresh (and of the current hour when it depends on it). */
  async lookup(key: string): Promise<CachedResponse | null> {
    let entry: CachedResponse | undefined;
    try {
      entry = await this.cache.get(key);
    } catch {
      return null;
    }
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
    return {
      'cache-control': cacheControlOf(entry, now),
      age: ageOf(entry, now),
      etag: entry.meta.etag,
      vary: this.vary,
    };
  }

  /**
   * Answers with a kept answer: its bytes, content type and {@link headersOf} headers, plus
   * `server-timing` (computed last, so it covers all but the write); 304 without a body when
   * `ifNoneMatch` names its tag. Returns the status sent. Each header is set on `res` directly: the
   * hit path builds no header object.
   */
  serve(res: ServerResponse, entry: CachedResponse, ifNoneMatch: string | null, serverTiming: () => string): number {
    const now = this.clock();
    const notModified = ifNoneMatchMatches(ifNoneMatch, entry.meta.etag);
    res.statusCode = notModified ? 304 : 200;
    res.setHeader('cache-control', cacheControlOf(entry, now));
    res.setHeader('age', ageOf(entry, now));
    res.setHeader('etag', entry.meta.etag);
    res.setHeader('vary', this.vary);
    if (notModified) {
      res.setHeader('server-timing', serverTiming());
      res.end();
    } else {
      res.setHeader('content-type', entry.meta.contentType);
      res.setHeader('content-length', entry.body.length);
      res.setHeader('server-timing', serverTiming());
      res.end(entry.body);
    }
    return res.statusCode;
  }
}

/** `cache-control` of a kept answer at `now`: `private`, with its remaining freshness. */
function cacheControlOf(entry: CachedResponse, now: number): string {
  return `private, max-age=${Math.max(0, Math.floor((entry.meta.expiresAt - now) / 1000))}`;
}

/** `age` of a kept answer at `now`, in whole seconds. */
function ageOf(entry: CachedResponse, now: number): string {
  return String(Math.max(0, Math.floor((now - entry.meta.storedAt) / 1000)));
}
