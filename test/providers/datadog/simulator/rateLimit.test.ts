import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../src/providers/datadog/simulator/index.js';
import type { Simulator } from '../../../../src/providers/datadog/simulator/index.js';
import { HOURLY, NOW, SUMMARY, call, sleep } from './simHttp.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ now: NOW });
});
afterAll(async () => {
  await sim.stop();
});

const hourly = { 'filter[timestamp][start]': '2026-03-01T00', 'filter[product_families]': 'logs' };
const summary = { start_month: '2026-02' };

/** Waits until just after a period boundary, so a burst of requests lands in one period. */
async function alignToPeriod(periodSeconds: number): Promise<void> {
  const periodMs = periodSeconds * 1000;
  await sleep(periodMs - (Date.now() % periodMs) + 30);
}

describe('rate limiting', () => {
  it('sends the X-RateLimit headers on 200 and 400 answers', async () => {
    // An hour-long period: the burst below cannot straddle a (calendar-aligned) period boundary.
    sim.configure({ rateLimit: { limit: 1000, periodSeconds: 3600 } });
    const ok = await call(sim, HOURLY, hourly);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-ratelimit-limit')).toBe('1000');
    expect(ok.headers.get('x-ratelimit-period')).toBe('3600');
    expect(ok.headers.get('x-ratelimit-remaining')).toBe('999');
    expect(ok.headers.get('x-ratelimit-name')).toBe('usage_metering_hourly_usage');
    const reset = Number(ok.headers.get('x-ratelimit-reset'));
    expect(reset).toBeGreaterThanOrEqual(1);
    expect(reset).toBeLessThanOrEqual(3600);
    const bad = await call(sim, HOURLY, { ...hourly, 'page[limit]': '0' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('x-ratelimit-remaining')).toBe('998');
    const sum = await call(sim, SUMMARY, summary);
    expect(sum.headers.get('x-ratelimit-name')).toBe('usage_metering_summary');
    expect(sum.headers.get('x-ratelimit-remaining')).toBe('999');
  });

  it('answers 429 once the budget is spent, per endpoint and API key, and resets after the period', async () => {
    // A 4 s period, entered just after its start: the burst has seconds of margin on a loaded machine.
    sim.configure({ rateLimit: { limit: 3, periodSeconds: 4 } });
    await alignToPeriod(4);
    const remaining: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await call(sim, HOURLY, hourly);
      expect(res.status).toBe(200);
      remaining.push(res.headers.get('x-ratelimit-remaining')!);
    }
    expect(remaining).toEqual(['2', '1', '0']);
    const limited = await call(sim, HOURLY, hourly);
    expect(limited.status).toBe(429);
    expect(limited.json).toEqual({ errors: ['Too many requests'] });
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('x-ratelimit-limit')).toBe('3');
    const reset = Number(limited.headers.get('x-ratelimit-reset'));
    expect(reset).toBeGreaterThanOrEqual(1);
    expect(reset).toBeLessThanOrEqual(4);
    expect((await call(sim, HOURLY, { ...hourly, 'page[limit]': '0' })).status).toBe(429);

    expect((await call(sim, SUMMARY, summary)).status).toBe(200);
    expect((await call(sim, HOURLY, hourly, sim.world.orgs[1])).status).toBe(200);

    await sleep(reset * 1000 + 50);
    const again = await call(sim, HOURLY, hourly);
    expect(again.status).toBe(200);
    expect(again.headers.get('x-ratelimit-remaining')).toBe('2');
  });

  it('resets every budget when the rate limit is reconfigured', async () => {
    sim.configure({ rateLimit: { limit: 1, periodSeconds: 3600 } });
    expect((await call(sim, HOURLY, hourly)).status).toBe(200);
    expect((await call(sim, HOURLY, hourly)).status).toBe(429);
    sim.configure({ rateLimit: { limit: 1, periodSeconds: 3600 } });
    expect((await call(sim, HOURLY, hourly)).status).toBe(200);
  });
});
