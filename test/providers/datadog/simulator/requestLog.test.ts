import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../src/providers/datadog/simulator/index.js';
import type { Simulator } from '../../../../src/providers/datadog/simulator/index.js';
import { loggableQuery } from '../../../../src/simulator/requestLog.js';
import { HOURLY, NOW, SUMMARY, call } from './simHttp.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ now: NOW, latencyMs: { min: 0, max: 15 } });
});
afterAll(async () => {
  await sim.stop();
});

describe('request log', () => {
  it('records every API request without credentials, in arrival order', async () => {
    const child = sim.world.orgs[3]!;
    const before = Date.now();
    await call(sim, HOURLY, {
      'filter[timestamp][start]': '2026-03-01T00',
      'filter[product_families]': 'logs',
    });
    await call(sim, SUMMARY, { start_month: '2026-02', api_key: sim.world.parent.apiKey }, child);
    await call(sim, HOURLY, {}, null);
    await call(sim, '/nowhere', { a: '1' }, null);
    await call(sim, '/_simulator/health', {}, null);

    const entries = sim.log.entries();
    expect(entries.map((e) => [e.seq, e.method, e.path, e.endpoint, e.status, e.orgPublicId])).toEqual([
      [1, 'GET', HOURLY, 'GetHourlyUsage', 200, sim.world.parent.publicId],
      [2, 'GET', SUMMARY, 'GetUsageSummary', 400, child.publicId],
      [3, 'GET', HOURLY, 'GetHourlyUsage', 403, null],
      [4, 'GET', '/nowhere', 'unknown', 404, null],
    ]);
    expect(entries[0]!.query).toEqual({
      'filter[timestamp][start]': '2026-03-01T00',
      'filter[product_families]': 'logs',
    });
    expect(entries[1]!.query.api_key).toBe('[redacted]');
    expect(entries[0]!.at.getTime()).toBeGreaterThanOrEqual(before - 5);

    expect(sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(2);
    expect(sim.log.count({ status: 403 })).toBe(1);
    expect(sim.log.entries({ endpoint: 'GetHourlyUsage', status: 200 })).toHaveLength(1);

    const remote = await call(sim, '/_simulator/requests', {}, null);
    expect(remote.status).toBe(200);
    expect(remote.json.requests).toHaveLength(4);
    const filtered = await call(sim, '/_simulator/requests', { endpoint: 'GetUsageSummary' }, null);
    expect(filtered.json.requests.map((e: { seq: number }) => e.seq)).toEqual([2]);

    const dump = JSON.stringify(entries) + remote.text;
    for (const org of sim.world.orgs) {
      expect(dump).not.toContain(org.apiKey);
      expect(dump).not.toContain(org.appKey);
    }

    sim.log.clear();
    expect(sim.log.count()).toBe(0);
    await call(sim, HOURLY, {}, null);
    expect(sim.log.entries()[0]!.seq).toBe(5);
  });

  it('redacts parameters that may carry a credential, and only those', () => {
    const logged = loggableQuery(
      new URLSearchParams({
        api_key: 'a',
        application_key: 'b',
        'dd-api-key': 'c',
        token: 'd',
        tag_breakdown_keys: 'team,env',
        start_month: '2026-01',
      }),
    );
    expect(logged).toEqual({
      api_key: '[redacted]',
      application_key: '[redacted]',
      'dd-api-key': '[redacted]',
      token: '[redacted]',
      tag_breakdown_keys: 'team,env',
      start_month: '2026-01',
    });
  });

  it('adds the configured latency before answering', async () => {
    sim.configure({ latencyMs: 120 });
    try {
      const started = performance.now();
      await call(sim, HOURLY, {}, null);
      expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    } finally {
      sim.configure({ latencyMs: 0 });
    }
  });

  it('stops promptly with keep-alive sockets and requests in flight', async () => {
    const other = await startSimulator({ now: NOW, latencyMs: 10_000 });
    await call(other, '/_simulator/health', {}, null);
    const pending = call(other, HOURLY, {}, null).catch((error: unknown) => error);
    await new Promise((r) => setTimeout(r, 50));
    const started = performance.now();
    await other.stop();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(Error);
  });
});
