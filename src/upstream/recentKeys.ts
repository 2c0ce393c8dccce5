/** Options of {@link RecentKeys}. */
export interface RecentKeysOptions {
  /** How long a key is remembered, in milliseconds. */
  ttlMs: number;
  /** The most keys remembered; past it the oldest are forgotten first. */
  maxKeys: number;
  /** The clock; defaults to `Date.now`. */
  now?: () => number;
}

/**
 * Keys noted within the last `ttlMs`, bounded: a memory of work recently started (such as which
 * upstream reads ahead were already asked for), so a later caller neither repeats it nor counts its
 * cost twice. Forgetting is always safe: a forgotten key only means the work may be asked for again
 * (and answered from the page cache or joined in flight).
 */
export class RecentKeys {
  private readonly noted = new Map<string, number>();
  private readonly ttlMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(options: RecentKeysOptions) {
    if (!(options.ttlMs > 0)) throw new RangeError(`ttlMs must be > 0, but got: ${options.ttlMs}`);
    if (!(options.maxKeys >= 1)) throw new RangeError(`maxKeys must be >= 1, but got: ${options.maxKeys}`);
    this.ttlMs = options.ttlMs;
    this.maxKeys = options.maxKeys;
    this.now = options.now ?? Date.now;
  }

  /** Whether `key` was noted less than `ttlMs` ago. */
  has(key: string): boolean {
    const at = this.noted.get(key);
    if (at === undefined) return false;
    if (this.now() - at < this.ttlMs) return true;
    this.noted.delete(key);
    return false;
  }

  /** Notes `key` now (the oldest key is forgotten when the bound is reached). */
  note(key: string): void {
    this.noted.delete(key);
    if (this.noted.size >= this.maxKeys) {
      const oldest = this.noted.keys().next();
      if (oldest.done !== true) this.noted.delete(oldest.value);
    }
    this.noted.set(key, this.now());
  }
}
