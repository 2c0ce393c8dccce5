import DataLoader from 'dataloader';

/** A loader whose keys each settle on their own (see {@link createEagerBatchLoader}). */
export interface EagerBatchLoader<K, V> {
  load(key: K): Promise<V>;
}

/**
 * A batching loader whose batch function answers every key with a promise of its own, so each key
 * settles as soon as its own answer lands, not when the slowest key of its batch does (as with a
 * plain DataLoader, whose batch answers all its keys at once). Like createBatchLoader, successes are
 * kept for the operation and a failure is not: a key whose promise rejects is dropped from the cache,
 * so asking again asks the upstream again. `batch` must return one promise per key, in key order.
 */
export function createEagerBatchLoader<K, V>(
  batch: (keys: readonly K[]) => ReadonlyArray<Promise<V>>,
  cacheKey: (key: K) => string,
  batchScheduleFn?: (dispatch: () => void) => void,
): EagerBatchLoader<K, V> {
  // DataLoader batches and de-duplicates; each of its values wraps the key's own promise, so the
  // batch resolves at once and no key waits for another.
  const loader: DataLoader<K, { settled: Promise<V> }, string> = new DataLoader<K, { settled: Promise<V> }, string>(
    (keys) => {
      const answers = batch(keys);
      if (answers.length !== keys.length) {
        throw new Error(`The batch must answer each of its ${keys.length} keys, but answered ${answers.length}`);
      }
      return Promise.resolve(
        answers.map((settled, i) => {
          settled.catch(() => loader.clear(keys[i] as K));
          return { settled };
        }),
      );
    },
    { cacheKeyFn: cacheKey, ...(batchScheduleFn ? { batchScheduleFn } : {}) },
  );
  return { load: (key) => loader.load(key).then((answer) => answer.settled) };
}
