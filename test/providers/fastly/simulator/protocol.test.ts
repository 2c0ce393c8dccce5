import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../../src/providers/fastly/simulator/index.js';
import { INVOICES, MONTH_TO_DATE, NOW, SERVICE_USAGE, USAGE_METRICS, call } from './fastlySimHttp.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ now: NOW });
});
afterAll(() => sim.stop());

const months = { start_month: '2026-01', end_month: '2026-02' };

describe('HTTP protocol', () => {
  it("404 for an unknown path, in Fastly's error shape", async () => {
    const res = await call(sim, '/billing/v2/usage-metrics');
    expect(res.status).toBe(404);
    expect(res.json).toEqual({ type: 'not_found', title: 'Not found', code: 'not_found', status: '404' });
  });

  it("405 with Allow: GET for other methods, in Fastly's error shape", async () => {
    for (const path of [USAGE_METRICS, INVOICES, MONTH_TO_DATE, `${INVOICES}/123`]) {
      const res = await call(sim, path, {}, sim.world.customers[0], { method: 'POST', body: '{}' });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET');
      expect(res.json).toMatchObject({ type: 'method_not_allowed', status: '405' });
    }
  });

  it('every authenticated answer carries Fastly-RateLimit-Remaining and -Reset (Unix seconds), and nothing of other providers', async () => {
    sim.configure({ rateLimit: { limit: 50, periodSeconds: 3600 } });
    const ok = await call(sim, USAGE_METRICS, months);
    const bad = await call(sim, USAGE_METRICS, {});
    for (const [res, remaining] of [
      [ok, '49'],
      [bad, '48'],
    ] as const) {
      expect(res.headers.get('fastly-ratelimit-remaining')).toBe(remaining);
      const reset = Number(res.headers.get('fastly-ratelimit-reset'));
      expect(Number.isInteger(reset)).toBe(true);
      expect(reset % 3600).toBe(0);
      expect(reset * 1000).toBeGreaterThan(Date.now());
      expect(reset * 1000).toBeLessThanOrEqual(Date.now() + 3_600_000);
      expect(res.headers.get('x-ratelimit-remaining')).toBeNull();
    }
  });

  it("429 once the budget is spent, per endpoint and customer, in Fastly's shape with its headers", async () => {
    sim.configure({ rateLimit: { limit: 2, periodSeconds: 3600 } });
    expect((await call(sim, USAGE_METRICS, months)).headers.get('fastly-ratelimit-remaining')).toBe('1');
    expect((await call(sim, USAGE_METRICS, months)).headers.get('fastly-ratelimit-remaining')).toBe('0');
    const limited = await call(sim, USAGE_METRICS, months);
    expect(limited.status).toBe(429);
    expect(limited.json).toEqual({
      type: 'too_many_requests',
      title: 'Too many requests',
      code: 'too_many_requests',
      status: '429',
    });
    expect(limited.headers.get('fastly-ratelimit-remaining')).toBe('0');
    expect(Number(limited.headers.get('fastly-ratelimit-reset')) % 3600).toBe(0);
    expect((await call(sim, SERVICE_USAGE, {})).status).toBe(200);
    expect((await call(sim, USAGE_METRICS, months, sim.world.customers[1])).status).toBe(200);
    sim.configure({ rateLimit: { limit: 100_000, periodSeconds: 3600 } });
    expect((await call(sim, USAGE_METRICS, months)).status).toBe(200);
  });

  it('the default budget is generous: 100000 an hour per endpoint and customer', async () => {
    const fresh = await startSimulator({ now: NOW });
    try {
      const res = await call(fresh, MONTH_TO_DATE);
      expect(res.headers.get('fastly-ratelimit-remaining')).toBe('99999');
    } finally {
      await fresh.stop();
    }
  });

  it('injected faults answer in Fastly shape, for the endpoint named by the client operation', async () => {
    sim.faults.inject({ endpoint: 'getUsageMetrics', status: 500 });
    const failed = await call(sim, USAGE_METRICS, months);
    expect(failed.status).toBe(500);
    expect(failed.json).toMatchObject({ type: 'internal_server_error', status: '500' });
    expect((await call(sim, USAGE_METRICS, months)).status).toBe(200);
    const res = await fetch(`${sim.url}/_simulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ endpoint: 'listInvoices', kind: 'rateLimit', resetSeconds: 30 }),
    });
    expect(res.status).toBe(200);
    const limited = await call(sim, INVOICES);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('fastly-ratelimit-reset'))).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000));
    expect(limited.json).toMatchObject({ code: 'too_many_requests', status: '429' });
  });

  it('the health route reports the seed, the data clock and the customers', async () => {
    const res = await fetch(`${sim.url}/_simulator/health`);
    expect(await res.json()).toEqual({ status: 'ok', seed: 'meterql', now: '2026-03-10T12:00:00.000Z', customers: 2 });
  });
});
