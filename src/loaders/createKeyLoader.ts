import DataLoader from 'dataloader';

/**
 * A DataLoader that caches successes for the request it belongs to but never a failure: a key whose
 * load failed is dropped from the cache as soon as the failure is delivered, so asking again asks
 * the upstream again. Keys are objects; `cacheKey` turns them into the string that decides identity.
 */
export function createLoader<K, V>(
  batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>,
  cacheKey: (key: K) => string,
  batchScheduleFn?: (dispatch: () => void) => void,
): DataLoader<K, V, string> {
  const loader: DataLoader<K, V, string> = new DataLoader<K, V, string>(
    async (keys) => {
      const results = await batch(keys);
      results.forEach((result, i) => {
        if (result instanceof Error) loader.clear(keys[i] as K);
      });
      return results;
    },
    { cacheKeyFn: cacheKey, ...(batchScheduleFn ? { batchScheduleFn } : {}) },
  );
  return loader;
}

/**
 * A loader whose keys are each their own upstream request (nothing to batch beyond de-duplication):
 * identical keys within the operation are loaded once; a failing key fails alone and is not kept.
 */
export function createKeyLoader<K, V>(
  load: (key: K) => Promise<V>,
  cacheKey: (key: K) => string,
): DataLoader<K, V, string> {
  return createLoader(
    (keys) => Promise.all(keys.map((key) => load(key).catch((err: unknown) => err as Error))),
    cacheKey,
  );
}

/** A value loaded at most once per operation: a success is kept, a failure is not (the next call asks again). */
export function once<V>(load: () => Promise<V>): () => Promise<V> {
  let pending: Promise<V> | null = null;
  return () => {
    if (pending === null) {
      const current = load();
      pending = current;
      current.catch(() => {
        if (pending === current) pending = null;
      });
    }
    return pending;
  };
}
