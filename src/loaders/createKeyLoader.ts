import type DataLoader from 'dataloader';
import { createBatchLoader } from './createBatchLoader.js';

/**
 * A loader whose keys are each their own upstream request (nothing to batch beyond de-duplication):
 * identical keys within the operation are loaded once; a failing key fails alone and is not kept.
 */
export function createKeyLoader<K, V>(
  load: (key: K) => Promise<V>,
  cacheKey: (key: K) => string,
): DataLoader<K, V, string> {
  return createBatchLoader(
    (keys) => Promise.all(keys.map((key) => load(key).catch((err: unknown) => err as Error))),
    cacheKey,
  );
}
