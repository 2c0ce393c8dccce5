import { LRUCache } from 'lru-cache';
import type { CachedResponse, ResponseCache } from './responseCache.js';

/** Bytes an entry costs beyond its body and strings: the objects and the LRU's bookkeeping, rounded up. */
export const RESPONSE_ENTRY_OVERHEAD_BYTES = 512;

/**
 * Bytes an entry costs against the bound: what it retains. Its body's own memory (a body that is a
 * slice of a larger allocation is copied out of it first, see {@link ownBody}), its metadata's
 * strings (the operation name is the client's to choose) and a fixed overhead.
 */
export function responseCost(key: string, value: CachedResponse): number {
  const meta = value.meta;
  const strings = key.length + meta.contentType.length + meta.etag.length + (meta.operationName?.length ?? 0);
  return value.body.buffer.byteLength + 2 * strings + RESPONSE_ENTRY_OVERHEAD_BYTES;
}

/**
 * The body in memory of its own. `Buffer.from` puts small buffers in slices of a shared 8 KiB pool:
 * a kept slice would keep its whole pool alive (a cache of 8 MiB of small answers held 20 MB).
 */
function ownBody(body: Buffer): Buffer {
  if (body.byteOffset === 0 && body.buffer.byteLength === body.length) return body;
  const own = Buffer.allocUnsafeSlow(body.length);
  body.copy(own);
  return own;
}

export interface MemoryResponseCacheOptions {
  /** Upper bound of the bytes held, as {@link responseCost} counts them. */
  maxBytes: number;
  /** The largest single entry kept, in bytes; larger answers are not kept. Defaults to `maxBytes / 4`. */
  maxEntryBytes?: number;
}

/** An in-process {@link ResponseCache} bounded in bytes, least recently used first out. */
export class MemoryResponseCache implements ResponseCache {
  private readonly lru: LRUCache<string, CachedResponse>;

  constructor(options: MemoryResponseCacheOptions) {
    const { maxBytes } = options;
    if (!(Number.isInteger(maxBytes) && maxBytes > 0)) {
      throw new Error(`maxBytes must be a positive integer, but got: ${maxBytes}`);
    }
    this.lru = new LRUCache<string, CachedResponse>({
      maxSize: maxBytes,
      maxEntrySize: options.maxEntryBytes ?? Math.max(1, Math.floor(maxBytes / 4)),
      sizeCalculation: (value, key) => responseCost(key, value),
    });
  }

  get(key: string): Promise<CachedResponse | undefined> {
    return Promise.resolve(this.lru.get(key));
  }

  set(key: string, value: CachedResponse, ttlMs: number): Promise<void> {
    if (ttlMs > 0) this.lru.set(key, { ...value, body: ownBody(value.body) }, { ttl: ttlMs });
    return Promise.resolve();
  }

  /** Bytes currently held, by the same measure as the bound. */
  get bytes(): number {
    return this.lru.calculatedSize;
  }

  /** Entries currently held. */
  get size(): number {
    return this.lru.size;
  }
}
