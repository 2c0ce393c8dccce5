import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../src/providers/datadog/simulator/index.js';
import type { Simulator } from '../../../../src/providers/datadog/simulator/index.js';
import { get as httpGet } from 'node:http';
import { HOURLY, NOW, SUMMARY, call, keysOf } from './simHttp.js';

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

/** One raw HTTP exchange, to see exactly what the simulator sends (fetch hides resets and lengths). */
function raw(
  path: string,
  params: Record<string, string>,
  timeoutMs = 2_000,
): Promise<
  { kind: 'answer'; status: number; headers: Record<string, unknown>; body: string } | { kind: 'error'; code: string }
> {
  return new Promise((resolve) => {
    const url = new URL(`${sim.url}${path}?${new URLSearchParams(params).toString()}`);
    const req = httpGet(url, { headers: keysOf(sim.world.parent), agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          kind: 'answer',
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString(),
        }),
      );
      res.on('error', (e: NodeJS.ErrnoException) => resolve({ kind: 'error', code: e.code ?? e.message }));
      res.on('aborted', () => resolve({ kind: 'error', code: 'aborted' }));
    });
    req.setTimeout(timeoutMs, () => {
      req.destroy();
      resolve({ kind: 'error', code: 'timeout' });
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ kind: 'error', code: e.code ?? e.message }));
  });
}

describe('fault kinds', () => {
  it('rateLimit: a 429 with the X-RateLimit-* headers of a spent budget and the given reset', async () => {
    sim.faults.inject({ endpoint: 'GetHourlyUsage', kind: 'rateLimit', resetSeconds: 7 });
    const a = await call(sim, HOURLY, hourly);
    expect(a.status).toBe(429);
    expect(a.json).toEqual({ errors: ['Too many requests'] });
    expect(a.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(a.headers.get('x-ratelimit-reset')).toBe('7');
    expect(a.headers.get('x-ratelimit-name')).toBe('usage_metering_hourly_usage');
    expect(Number(a.headers.get('x-ratelimit-limit'))).toBeGreaterThan(0);
    expect((await call(sim, HOURLY, hourly)).status).toBe(200);
  });

  it('slow: the real answer, after the extra delay', async () => {
    const real = await call(sim, HOURLY, hourly);
    sim.faults.inject({ endpoint: 'GetHourlyUsage', kind: 'slow', delayMs: 200 });
    const sent = performance.now();
    const slow = await call(sim, HOURLY, hourly);
    // A lower bound only: the delay cannot be shorter than asked, whatever the machine's load.
    expect(performance.now() - sent).toBeGreaterThanOrEqual(195);
    expect(slow.status).toBe(200);
    expect(slow.text).toBe(real.text);
  });

  it('timeout: no answer at all (logged with status 0), or the real answer after delayMs', async () => {
    sim.faults.inject({ endpoint: 'GetHourlyUsage', kind: 'timeout' });
    expect(await raw(HOURLY, hourly, 200)).toEqual({ kind: 'error', code: 'timeout' });
    expect(sim.log.count({ endpoint: 'GetHourlyUsage', status: 0 })).toBe(1);
    sim.faults.inject({ endpoint: 'GetHourlyUsage', kind: 'timeout', delayMs: 200 });
    const sent = performance.now();
    expect(await raw(HOURLY, hourly)).toMatchObject({ kind: 'answer', status: 200 });
    expect(performance.now() - sent).toBeGreaterThanOrEqual(195);
  });

  it('reset: the connection is dropped without an answer', async () => {
    sim.faults.inject({ endpoint: 'GetHourlyUsage', kind: 'reset' });
    const res = await raw(HOURLY, hourly);
    expect(res.kind).toBe('error');
    expect(sim.log.count({ endpoint: 'GetHourlyUsage', status: 0 })).toBe(1);
    expect((await call(sim, HOURLY, hourly)).status).toBe(200);
  });

  it('malformed: the real status with a body that is not JSON', async () => {
    sim.faults.inject({ endpoint: 'GetHourlyUsage', kind: 'malformed' });
    const res = await raw(HOURLY, hourly);
    if (res.kind !== 'answer') throw new Error(`expected an answer, got ${res.code}`);
    expect(res.status).toBe(200);
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body));
    expect(() => JSON.parse(res.body) as unknown).toThrow();
  });

  it('truncated: half the real body, with a correct Content-Length or one announcing the whole body', async () => {
    const real = await call(sim, HOURLY, hourly);
    sim.faults.inject({ endpoint: 'GetHourlyUsage', kind: 'truncated' });
    const cut = await raw(HOURLY, hourly);
    if (cut.kind !== 'answer') throw new Error(`expected an answer, got ${cut.code}`);
    expect(cut.body).toBe(real.text.slice(0, Math.floor(real.text.length / 2)));
    expect(Number(cut.headers['content-length'])).toBe(Buffer.byteLength(cut.body));
    sim.faults.inject({ endpoint: 'GetHourlyUsage', kind: 'truncated', contentLength: 'wrong' });
    const wrong = await raw(HOURLY, hourly);
    // The client was promised the whole body and got half before the connection dropped.
    expect(wrong.kind).toBe('error');
  });

  it('share: a deterministic share of matching requests, the same for the same seed', async () => {
    const pattern = async (seed: string): Promise<number[]> => {
      const fresh = await startSimulator({ now: NOW, seed });
      try {
        fresh.faults.inject({ endpoint: 'GetHourlyUsage', status: 503, share: 0.5 });
        const statuses: number[] = [];
        for (let i = 0; i < 20; i++) statuses.push((await call(fresh, HOURLY, hourly)).status);
        // Other endpoints are not affected.
        expect((await call(fresh, SUMMARY, summary)).status).toBe(200);
        return statuses;
      } finally {
        await fresh.stop();
      }
    };
    const first = await pattern('meterql');
    const failed = first.filter((s) => s === 503).length;
    expect(failed).toBeGreaterThan(3);
    expect(failed).toBeLessThan(17);
    expect(first.filter((s) => s !== 503 && s !== 200)).toEqual([]);
    expect(await pattern('meterql')).toEqual(first);
    expect(await pattern('another seed')).not.toEqual(first);
  });

  it('validates the new fields', () => {
    expect(() => sim.faults.inject({ kind: 'slow', delayMs: -1 })).toThrow(/delayMs/);
    expect(() => sim.faults.inject({ kind: 'timeout', share: 0 })).toThrow(/share/);
    expect(() => sim.faults.inject({ kind: 'status' })).toThrow(/status/);
    expect(() => sim.faults.inject({ kind: 'nope' as never })).toThrow(/kind/);
    expect(() => sim.faults.inject({ kind: 'truncated', contentLength: 'maybe' as never })).toThrow(/contentLength/);
  });
});

describe('fault control route', () => {
  it('POST /_simulator/faults injects a spec, DELETE clears them, a bad spec is a 400', async () => {
    const post = await fetch(`${sim.url}/_simulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ endpoint: 'GetHourlyUsage', kind: 'rateLimit', resetSeconds: 3, times: 2 }),
    });
    expect(post.status).toBe(200);
    expect((await call(sim, HOURLY, hourly)).status).toBe(429);
    const cleared = await fetch(`${sim.url}/_simulator/faults`, { method: 'DELETE' });
    expect(cleared.status).toBe(200);
    expect((await call(sim, HOURLY, hourly)).status).toBe(200);
    const bad = await fetch(`${sim.url}/_simulator/faults`, { method: 'POST', body: '{"kind":"status","status":42}' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: string[] }).errors[0]).toMatch(
      /Fault status must be an HTTP status code; got 42/,
    );
    expect((await fetch(`${sim.url}/_simulator/faults`)).status).toBe(405);
  });
});
