import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../src/simulator/index.js';
import type { Simulator } from '../../src/simulator/index.js';
import { HOURLY, NOW, SUMMARY, call } from './simHttp.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ now: NOW });
});
afterAll(async () => {
  await sim.stop();
});
afterEach(() => {
  sim.faults.clear();
  sim.log.clear();
});

const hourly = { 'filter[timestamp][start]': '2026-03-01T00', 'filter[product_families]': 'logs' };
const summary = { start_month: '2026-02' };

describe('fault injection', () => {
  it('answers the next `times` matching requests with the fault, then recovers', async () => {
    sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 500, times: 2 });
    const a = await call(sim, HOURLY, hourly);
    expect(a.status).toBe(500);
    expect(a.text).toBe('{"errors":["Internal Server Error"]}');
    expect(a.headers.get('x-ratelimit-name')).toBe('usage_metering_hourly_usage');
    const remainingAfterA = Number(a.headers.get('x-ratelimit-remaining'));
    expect((await call(sim, SUMMARY, summary)).status).toBe(200);
    const b = await call(sim, HOURLY, hourly);
    expect(b.status).toBe(500);
    expect(Number(b.headers.get('x-ratelimit-remaining'))).toBe(remainingAfterA - 1);
    expect((await call(sim, HOURLY, hourly)).status).toBe(200);
    expect(sim.log.count({ endpoint: 'GetHourlyUsage', status: 500 })).toBe(2);
  });

  it('matches every endpoint when none is named, with custom body and headers', async () => {
    sim.faults.inject({
      status: 503,
      times: 2,
      body: '{"errors":["Service Unavailable"]}',
      headers: { 'Retry-After': '3' },
    });
    const a = await call(sim, SUMMARY, summary);
    const b = await call(sim, HOURLY, hourly);
    for (const res of [a, b]) {
      expect(res.status).toBe(503);
      expect(res.json).toEqual({ errors: ['Service Unavailable'] });
      expect(res.headers.get('retry-after')).toBe('3');
    }
    expect((await call(sim, HOURLY, hourly)).status).toBe(200);
  });

  it('comes after authentication and before validation; faults queue in order', async () => {
    sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 502 });
    sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 504 });
    expect((await call(sim, HOURLY, hourly, null)).status).toBe(403);
    expect((await call(sim, HOURLY, { 'page[limit]': 'x' })).status).toBe(502);
    expect((await call(sim, HOURLY, hourly)).status).toBe(504);
    expect((await call(sim, HOURLY, { 'page[limit]': 'x' })).status).toBe(400);
  });

  it('can be cleared, and validates specs', async () => {
    sim.faults.inject({ status: 500, times: 5 });
    sim.faults.clear();
    expect((await call(sim, HOURLY, hourly)).status).toBe(200);
    expect(() => sim.faults.inject({ status: 42 })).toThrow();
    expect(() => sim.faults.inject({ status: 500, times: 0 })).toThrow();
  });
});
