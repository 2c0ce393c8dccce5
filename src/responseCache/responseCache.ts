/**
 * The whole-response cache: serialized GraphQL answers, kept in front of Apollo so a repeated
 * operation is answered without executing it. The gateway builds the keys (see responseCacheKey.ts:
 * a hash of the credential scope, the document, the operation name and the variables, never a key
 * or a variable in clear) and decides what is kept and for how long (see ResponseCacheFront).
 *
 * The in-process {@link MemoryResponseCache} is the default; a shared store (Redis) implements the
 * same two methods: values are a byte buffer plus small JSON-able metadata, keys are short strings.
 * Implementations must never throw: a failing store is a miss.
 */
export interface ResponseCache {
  /** The answer kept under `key`, or undefined (absent, expired, or the store failed). */
  get(key: string): Promise<CachedResponse | undefined>;
  /** Keeps `value` under `key` for `ttlMs` (> 0) milliseconds at most. */
  set(key: string, value: CachedResponse, ttlMs: number): Promise<void>;
}

/** One kept answer: the exact bytes sent and what serving them again takes. */
export interface CachedResponse {
  /** The serialized GraphQL response, byte for byte what the first client got. */
  body: Buffer;
  meta: CachedResponseMeta;
}

/** What is kept beside the bytes (small, JSON-able). */
export interface CachedResponseMeta {
  /** The answer's `content-type` (Apollo's choice for the request's `accept`, which is part of the key). */
  contentType: string;
  /** Strong entity tag of `body`, quoted: `"<base64url SHA-256>"`. */
  etag: string;
  /** Wall time (ms since the epoch, by the gateway's clock) the answer was kept. */
  storedAt: number;
  /** Wall time (ms) it stops being fresh: its `max-age` counts down to it. */
  expiresAt: number;
  /**
   * Start (ms) of the hour the answer was computed in, when it depends on "now" (the operation read
   * its clock); null when it does not. A gateway whose clock is in another hour does not serve it.
   */
  hour: number | null;
  /** The name the document's operation resolved to (null when unnamed): the log field and metric label of a hit. */
  operationName: string | null;
}
