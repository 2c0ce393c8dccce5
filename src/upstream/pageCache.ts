import { LRUCache } from 'lru-cache';

/** One cached upstream answer: the status and the body text exactly as it arrived. */
export interface CachedPage {
  status: number;
  /** The JSON body text as it arrived (the upstream client parses it once per entry). */
  text: string;
  /**
   * Wall time (ms since the epoch) at which the page stops being fresh, as the upstream client
   * stored it: a hit reports its remaining freshness from it. A store that drops it is still read;
   * its hits then report the page's whole freshness.
   */
  expiresAt?: number;
}

/**
 * Where upstream pages are kept between GraphQL operations. Keys are built by the caller from the
 * credentials scope (a hash, never a key), the endpoint, the normalized parameters and the cursor.
 * The in-memory {@link MemoryPageCache} is the default; a shared store (Redis, memcached) can
 * implement the same two methods. Implementations must never throw: a failing store is a miss.
 */
export interface PageCache {
  get(key: string): Promise<CachedPage | undefined>;
  /** Keeps `page` for `ttlMs` (> 0) milliseconds at most. */
  set(key: string, page: CachedPage, ttlMs: number): Promise<void>;
}

export interface MemoryPageCacheOptions {
  /**
   * Upper bound of the heap the cache holds, in bytes, as {@link pageCost} counts it (the body text,
   * the parsed body kept with it, the key). Defaults to 64 MiB.
   */
  maxBytes?: number;
  /** The largest single entry kept, in bytes; larger pages are not cached. Defaults to `maxBytes / 4`. */
  maxEntryBytes?: number;
}

/**
 * What an entry retains per byte of its body text: the text itself, and the parsed body the upstream
 * client keeps with every entry (JSON is parsed once per entry, see UpstreamHttp), whose objects,
 * numbers and strings take about 1.6 times the text. Measured on Datadog hourly-usage pages: a cache
 * counting only the text held 2.62 times its bound in heap (64 MiB: ~170 MB).
 */
export const PAGE_HEAP_FACTOR = 2.75;

/**
 * Bytes an entry costs against the bound: what it retains in heap, estimated as the body and key
 * (UTF-8) and a small fixed overhead, times {@link PAGE_HEAP_FACTOR}.
 */
export function pageCost(key: string, page: CachedPage): number {
  return Math.ceil((Buffer.byteLength(page.text, 'utf8') + Buffer.byteLength(key, 'utf8') + 64) * PAGE_HEAP_FACTOR);
}

/** An in-process {@link PageCache} bounded in bytes, least recently used first out. */
export class MemoryPageCache implements PageCache {
  private readonly lru: LRUCache<string, CachedPage>;

  constructor(options: MemoryPageCacheOptions = {}) {
    const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    if (!(Number.isInteger(maxBytes) && maxBytes > 0)) {
      throw new Error(`maxBytes must be a positive integer, but got: ${maxBytes}`);
    }
    this.lru = new LRUCache<string, CachedPage>({
      maxSize: maxBytes,
      maxEntrySize: options.maxEntryBytes ?? Math.max(1, Math.floor(maxBytes / 4)),
      sizeCalculation: (page, key) => pageCost(key, page),
    });
  }

  get(key: string): Promise<CachedPage | undefined> {
    return Promise.resolve(this.lru.get(key));
  }

  set(key: string, page: CachedPage, ttlMs: number): Promise<void> {
    if (ttlMs > 0) this.lru.set(key, page, { ttl: ttlMs });
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
