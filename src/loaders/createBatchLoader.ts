import DataLoader from 'dataloader';

/**
 * A DataLoader that caches successes for the request it belongs to but never a failure: a key whose
 * load failed is dropped from the cache as soon as the failure is delivered, so asking again asks
 * the upstream again. Keys are objects; `cacheKey` turns them into the string that decides identity.
 */
export function createBatchLoader<K, V>(
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
