import { describe, expect, it } from 'vitest';
import { SingleFlight } from '../../../src/upstream/singleFlight.js';

describe('SingleFlight', () => {
  it('shares one run among callers of the same key while it is in flight', async () => {
    const flights = new SingleFlight<number>();
    let runs = 0;
    const task = async (): Promise<number> => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return 42;
    };
    const a = flights.run('k', task);
    const b = flights.run('k', task);
    const c = flights.run('other', task);
    expect([a.shared, b.shared, c.shared]).toEqual([false, true, false]);
    expect(await Promise.all([a.promise, b.promise, c.promise])).toEqual([42, 42, 42]);
    expect(runs).toBe(2);
    expect(flights.size).toBe(0);
    // Settled runs are not remembered.
    expect(flights.run('k', task).shared).toBe(false);
  });

  it('delivers a failure to every caller and forgets it', async () => {
    const flights = new SingleFlight<number>();
    let runs = 0;
    const failing = async (): Promise<number> => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      throw new Error('boom');
    };
    const a = flights.run('k', failing);
    const b = flights.run('k', failing);
    await expect(a.promise).rejects.toThrow('boom');
    await expect(b.promise).rejects.toThrow('boom');
    expect(runs).toBe(1);
    const again = flights.run('k', () => Promise.resolve(7));
    expect(again.shared).toBe(false);
    expect(await again.promise).toBe(7);
  });
});
