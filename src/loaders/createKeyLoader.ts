import DataLoader from 'dataloader';

/**
 * A loader whose keys are each their own upstream request (nothing to batch beyond de-duplication):
 * identical keys within the operation are loaded once; a failing key fails alone and is not kept.
 * Each key is its own batch, so it settles as soon as its own answer lands, never waiting for keys
 * asked beside it (one answered from the page cache, another slow).
 */
export function createKeyLoader<K, V>(
  load: (key: K) => Promise<V>,
  cacheKey: (key: K) => string,
): DataLoader<K, V, string> {
  const loader: DataLoader<K, V, string> = new DataLoader<K, V, string>(
    async (keys) => {
      const key = keys[0] as K;
      try {
        return [await load(key)];
      } catch (err) {
        loader.clear(key);
        return [err as Error];
      }
    },
    { cacheKeyFn: cacheKey, maxBatchSize: 1 },
  );
  return loader;
}
