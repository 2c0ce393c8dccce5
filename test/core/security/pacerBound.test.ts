import { describe, expect, it } from 'vitest';
import { RateLimitPacer, type RateLimitInfo } from '../../../src/upstream/rateLimitPacer.js';

const info: RateLimitInfo = { name: 'usage', limit: 5, periodSeconds: 3600, remaining: 1, resetSeconds: 3000 };

/** The pacer keeps a bounded number of budgets, forgetting idle ones, never one in use. */
describe('RateLimitPacer budgets are bounded', () => {
  it('forgets the least recently used idle budgets past maxBudgets, and keeps budgets with requests in flight', async () => {
    const pacer = new RateLimitPacer({ maxBudgets: 8 });
    const key = (i: number) => ({ provider: 'datadog', scope: `tenant-${i}`, endpoint: 'GetHourlyUsage' });
    const far = Date.now() + 60_000;
    // The upstream names the budget first (budgets are then keyed by that name).
    (await pacer.acquire(key(-1), far)).release(info);
    // Two tenants keep a request in flight throughout.
    const held = [await pacer.acquire(key(0), far), await pacer.acquire(key(1), far)];
    for (let i = 2; i < 1_000; i++) (await pacer.acquire(key(i), far)).release(info);
    expect(pacer.size).toBeLessThanOrEqual(8);
    // The held budgets were not forgotten: their requests are still counted (an unknown budget
    // probes one request at a time, so a second one waits and, past its deadline, is refused).
    await expect(pacer.acquire(key(0), Date.now() + 5)).rejects.toThrow(/is spent/);
    for (const permit of held) permit.release(info);
  });
});
