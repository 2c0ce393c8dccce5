import { LRUCache } from 'lru-cache';
import type { CachedResponse, ResponseCache } from './responseCache.js';

/**
 * Bytes an entry costs beyond its body: the key (a fixed-length hash, see responseCacheKey.ts), the
 * metadata and the bookkeeping, rounded up.
 */
export const RESPONSE_ENTRY_OVERHEAD_BYTES = 512;

export interface MemoryResponseCacheOptions {
  /** Upper bound of the bytes held (bodies plus {@link RESPONSE_ENTRY_OVERHEAD_BYTES} each). */
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
      sizeCalculation: (value) => value.body.length + RESPONSE_ENTRY_OVERHEAD_BYTES,
    });
  }

  get(key: string): Promise<CachedResponse | undefined> {
    return Promise.resolve(this.lru.get(key));
  }

  set(key: string, value: CachedResponse, ttlMs: number): Promise<void> {
    if (ttlMs > 0) this.lru.set(key, value, { ttl: ttlMs });
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
