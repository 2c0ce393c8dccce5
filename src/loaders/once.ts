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
