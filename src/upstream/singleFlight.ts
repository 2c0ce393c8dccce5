/**
 * Shares one run of an asynchronous task among every caller that asks for the same key while it is
 * in flight. The result, success or failure, goes to every caller; nothing is remembered once the
 * task settles, so a failure is never served to a later caller.
 */
export class SingleFlight<T> {
  private readonly flights = new Map<string, Promise<T>>();

  /**
   * Runs `task` unless a run for `key` is in flight, in which case that run's promise is returned.
   * `shared` says which happened.
   */
  run(key: string, task: () => Promise<T>): { promise: Promise<T>; shared: boolean } {
    const inFlight = this.flights.get(key);
    if (inFlight) return { promise: inFlight, shared: true };
    const promise = (async () => {
      try {
        return await task();
      } finally {
        this.flights.delete(key);
      }
    })();
    this.flights.set(key, promise);
    return { promise, shared: false };
  }

  /** Keys currently in flight. */
  get size(): number {
    return this.flights.size;
  }
}
