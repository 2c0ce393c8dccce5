import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BudgetExhaustedError,
  RateLimitPacer,
  type Permit,
  type RateLimitInfo,
} from '../../../src/upstream/rateLimitPacer.js';

/** Fake timers: the pacer's clock and its wake-up timers move only when the test says so. */
beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-03-20T12:00:00.000Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

const KEY = { provider: 'datadog', scope: 'tenant-a', endpoint: 'GetHourlyUsage' };
const info = (
  remaining: number,
  resetSeconds: number,
  limit = 5,
  periodSeconds = 10,
  name = 'usage_hourly',
): RateLimitInfo => ({
  name,
  limit,
  periodSeconds,
  remaining,
  resetSeconds,
});
const FAR = (): number => Date.now() + 3_600_000;

/** Tracks which acquisitions have been granted or refused so far. */
function track(p: Promise<Permit>): { permit: Permit | null; error: unknown } {
  const state: { permit: Permit | null; error: unknown } = { permit: null, error: null };
  p.then(
    (permit) => {
      state.permit = permit;
    },
    (error: unknown) => {
      state.error = error;
    },
  );
  return state;
}

const flush = async (): Promise<void> => {
  await vi.advanceTimersByTimeAsync(0);
};

describe('RateLimitPacer', () => {
  it('probes an unknown budget with one request at a time, then sends what the upstream says remains', async () => {
    const pacer = new RateLimitPacer({ now: () => Date.now() });
    const probe = await pacer.acquire(KEY, FAR());
    const waiting = [1, 2, 3, 4, 5].map(() => track(pacer.acquire(KEY, FAR())));
    await flush();
    expect(waiting.filter((w) => w.permit)).toHaveLength(0);
    probe.release(info(3, 10));
    await flush();
    // 3 remain: three go, two wait for the period to end.
    expect(waiting.map((w) => w.permit !== null)).toEqual([true, true, true, false, false]);
    await vi.advanceTimersByTimeAsync(9_999);
    expect(waiting.filter((w) => w.permit)).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(1);
    // A new period of 5: one more goes at once; the last waits until the probe and the first three
    // are a period plus the default slack of 250 ms old (no upstream period gets more than 5).
    expect(waiting.filter((w) => w.permit)).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(249);
    expect(waiting.filter((w) => w.permit)).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(1);
    expect(waiting.filter((w) => w.permit)).toHaveLength(5);
  });

  it('with budgetShare 1/2, two pacers drawing on one budget together never exceed it in any period', async () => {
    /** Two pacers sending 20 requests each to one upstream budget of 10 per 10 s; sends per period. */
    const run = async (budgetShare: number): Promise<number[]> => {
      const start = Date.now();
      const periodOf = (t: number): number => Math.floor((t - start) / 10_000);
      const sentAt: number[] = [];
      const reading = (): RateLimitInfo => {
        const now = Date.now();
        const used = sentAt.filter((t) => periodOf(t) === periodOf(now)).length;
        return info(10 - used, Math.ceil((start + (periodOf(now) + 1) * 10_000 - now) / 1000), 10);
      };
      const pacers = [0, 1].map(() => new RateLimitPacer({ now: () => Date.now(), budgetShare }));
      const all = pacers.flatMap((pacer) =>
        Array.from({ length: 20 }, () =>
          pacer.acquire(KEY, FAR()).then((permit) => {
            sentAt.push(Date.now());
            permit.release(reading());
          }),
        ),
      );
      await vi.advanceTimersByTimeAsync(120_000);
      await Promise.all(all);
      const perPeriod: number[] = [];
      for (const t of sentAt) perPeriod[periodOf(t)] = (perPeriod[periodOf(t)] ?? 0) + 1;
      return perPeriod;
    };
    const shared = await run(1 / 2);
    expect(shared.reduce((a, b) => a + b, 0)).toBe(40);
    expect(Math.max(...shared)).toBeLessThanOrEqual(10);
    // The control: each taking the whole budget, the two overrun it.
    expect(Math.max(...(await run(1)))).toBeGreaterThan(10);
    expect(() => new RateLimitPacer({ budgetShare: 0 })).toThrow('budgetShare must be in (0, 1], but got: 0');
  });

  it('fails at once when the budget is back only after the deadline, saying when it is back', async () => {
    const pacer = new RateLimitPacer({ now: () => Date.now() });
    (await pacer.acquire(KEY, FAR())).release(info(0, 42));
    const refused = track(pacer.acquire(KEY, Date.now() + 30_000));
    await flush();
    expect(refused.error).toBeInstanceOf(BudgetExhaustedError);
    expect((refused.error as BudgetExhaustedError).retryAfterSeconds).toBe(42);
    expect((refused.error as BudgetExhaustedError).limitName).toBe('usage_hourly');
  });

  it('counts requests in flight against what remains, and a late answer never raises the count', async () => {
    const pacer = new RateLimitPacer({ now: () => Date.now() });
    (await pacer.acquire(KEY, FAR())).release(info(3, 10));
    const a = await pacer.acquire(KEY, FAR());
    const b = await pacer.acquire(KEY, FAR());
    const c = await pacer.acquire(KEY, FAR());
    const d = track(pacer.acquire(KEY, FAR()));
    await flush();
    expect(d.permit).toBeNull();
    c.release(info(0, 10));
    a.release(info(2, 10)); // arrived late: the upstream had counted fewer then
    b.release(info(1, 10));
    await flush();
    expect(d.permit).toBeNull();
  });

  it('a request that got no answer is assumed counted; one not sent is not', async () => {
    const pacer = new RateLimitPacer({ now: () => Date.now() });
    (await pacer.acquire(KEY, FAR())).release(info(2, 10));
    (await pacer.acquire(KEY, FAR())).cancel();
    (await pacer.acquire(KEY, FAR())).release(null);
    (await pacer.acquire(KEY, FAR())).release(null);
    const next = track(pacer.acquire(KEY, FAR()));
    await flush();
    expect(next.permit).toBeNull();
  });

  it('never sends more than the limit within a period plus slack of its own sends, even after its period rolls', async () => {
    const pacer = new RateLimitPacer({ now: () => Date.now(), slackMs: 500 });
    // Limit 2 per 1 s; the upstream says the period ends in 1 s.
    (await pacer.acquire(KEY, FAR())).release(info(1, 1, 2, 1));
    (await pacer.acquire(KEY, FAR())).release(info(0, 1, 2, 1));
    const third = track(pacer.acquire(KEY, FAR()));
    await vi.advanceTimersByTimeAsync(1_000);
    // The count says the period is over, but both sends are younger than 1.5 s.
    expect(third.permit).toBeNull();
    await vi.advanceTimersByTimeAsync(500);
    expect(third.permit).not.toBeNull();
  });

  it('a 429 holds the budget for the wait it asked for', async () => {
    const pacer = new RateLimitPacer({ now: () => Date.now() });
    (await pacer.acquire(KEY, FAR())).release(info(4, 10));
    (await pacer.acquire(KEY, FAR())).release(info(0, 3), 3_000);
    const next = track(pacer.acquire(KEY, FAR()));
    await vi.advanceTimersByTimeAsync(2_999);
    expect(next.permit).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(next.permit).not.toBeNull();
  });

  it('answers without rate-limit headers make the budget unlimited', async () => {
    const pacer = new RateLimitPacer({ now: () => Date.now() });
    (await pacer.acquire(KEY, FAR())).release({
      name: null,
      limit: null,
      periodSeconds: null,
      remaining: null,
      resetSeconds: null,
    });
    const many = await Promise.all(Array.from({ length: 50 }, () => pacer.acquire(KEY, FAR())));
    expect(many).toHaveLength(50);
  });

  it('a waiter still waiting at its deadline is refused then', async () => {
    const pacer = new RateLimitPacer({ now: () => Date.now() });
    await pacer.acquire(KEY, FAR()); // a probe that never answers
    const waiter = track(pacer.acquire(KEY, Date.now() + 1_000));
    await vi.advanceTimersByTimeAsync(999);
    expect(waiter.error).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(waiter.error).toBeInstanceOf(BudgetExhaustedError);
  });

  it('keeps budgets per credentials scope, and shares one budget between endpoints with the same name', async () => {
    const pacer = new RateLimitPacer({ now: () => Date.now() });
    (await pacer.acquire(KEY, FAR())).release(info(0, 10));
    const otherTenant = track(pacer.acquire({ ...KEY, scope: 'tenant-b' }, FAR()));
    await flush();
    expect(otherTenant.permit).not.toBeNull();
    // Another endpoint learns that it draws on the same (spent) budget.
    const sibling = { ...KEY, endpoint: 'GetHourlyUsageOther' };
    (await pacer.acquire(sibling, FAR())).release(info(0, 10));
    const afterLearning = track(pacer.acquire(sibling, Date.now() + 5_000));
    await flush();
    expect(afterLearning.error).toBeInstanceOf(BudgetExhaustedError);
  });

  it('tells how many more requests a budget allows: null while unknown, what is left less what is in flight', async () => {
    const pacer = new RateLimitPacer({ now: () => Date.now() });
    expect(pacer.headroom(KEY)).toBeNull();
    (await pacer.acquire(KEY, FAR())).release(info(4, 10));
    expect(pacer.headroom(KEY)).toBe(4);
    const inFlight = await pacer.acquire(KEY, FAR());
    expect(pacer.headroom(KEY)).toBe(3);
    inFlight.release(info(1, 9));
    expect(pacer.headroom(KEY)).toBe(1);
    // The period ends: full again, but only as far as the own-sends rule allows (2 sent of 5).
    await vi.advanceTimersByTimeAsync(10_000);
    expect(pacer.headroom(KEY)).toBe(3);
    const open = { ...KEY, endpoint: 'Unmetered' };
    (await pacer.acquire(open, FAR())).release({
      name: null,
      limit: null,
      periodSeconds: null,
      remaining: null,
      resetSeconds: null,
    });
    expect(pacer.headroom(open)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('RateLimitPacer with a documented budget', () => {
  const POST = { ...KEY, endpoint: 'PurgeAll', method: 'POST' };
  /** Fastly's way: non-read requests share 3 per 10 s (here), reads are unlimited. */
  const documented = (key: { method?: string }) =>
    key.method === 'GET' || key.method === undefined ? ('unlimited' as const) : { limit: 3, periodSeconds: 10 };

  it('starts from the documented budget: the first requests go together, never more than it allows', async () => {
    const pacer = new RateLimitPacer({ now: () => Date.now(), documented });
    expect(pacer.headroom(POST)).toBe(3);
    const first = [1, 2, 3, 4, 5].map(() => track(pacer.acquire(POST, FAR())));
    await flush();
    expect(first.map((w) => w.permit !== null)).toEqual([true, true, true, false, false]);
    // Another endpoint counted by the same documented budget shares it.
    const sibling = track(pacer.acquire({ ...POST, endpoint: 'PurgeKey' }, FAR()));
    await flush();
    expect(sibling.permit).toBeNull();
    // The first answer reports the budget (no name): it replaces the documented guess at its period.
    first[0]!.permit!.release(info(1, 4, 3, 10, ''));
    first[1]!.permit!.release(info(0, 4, 3, 10, ''));
    first[2]!.permit!.release(info(0, 4, 3, 10, ''));
    await vi.advanceTimersByTimeAsync(10_249);
    expect(first.filter((w) => w.permit)).toHaveLength(3);
    // The upstream's period ended after 4 s, but three were sent within the last period (plus slack):
    // the next three go once those are 10.25 s old.
    await vi.advanceTimersByTimeAsync(1);
    expect(first.filter((w) => w.permit)).toHaveLength(5);
    expect(sibling.permit).not.toBeNull();
  });

  it('requests the documentation calls unlimited are never held, even before any answer', async () => {
    const pacer = new RateLimitPacer({ now: () => Date.now(), documented });
    const reads = Array.from({ length: 20 }, () => track(pacer.acquire(KEY, FAR())));
    await flush();
    expect(reads.every((r) => r.permit !== null)).toBe(true);
    expect(pacer.headroom(KEY)).toBe(Number.POSITIVE_INFINITY);
    // An answer that does report a budget is believed.
    reads[0]!.permit!.release(info(0, 10));
    const next = track(pacer.acquire(KEY, Date.now() + 5_000));
    await flush();
    expect(next.error).toBeInstanceOf(BudgetExhaustedError);
  });

  it('a documented budget the upstream names keeps what it counted in flight', async () => {
    const pacer = new RateLimitPacer({ now: () => Date.now(), documented });
    const sent = await Promise.all([1, 2, 3].map(() => pacer.acquire(POST, FAR())));
    sent[0]!.release(info(2, 10, 3, 10, 'writes'));
    // Two still in flight against the named budget, which has two left: nothing more may go.
    expect(pacer.headroom(POST)).toBe(0);
    const waiting = track(pacer.acquire(POST, FAR()));
    await flush();
    expect(waiting.permit).toBeNull();
    sent[1]!.release(info(1, 10, 3, 10, 'writes'));
    await flush();
    expect(waiting.permit).toBeNull();
  });
});
