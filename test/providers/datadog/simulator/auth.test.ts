import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../src/providers/datadog/simulator/index.js';
import type { Simulator } from '../../../../src/providers/datadog/simulator/index.js';
import { HOURLY, NOW, SUMMARY, call } from './simHttp.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ now: NOW });
});
afterAll(async () => {
  await sim.stop();
});

const params = {
  'filter[timestamp][start]': '2026-03-01T00',
  'filter[product_families]': 'infra_hosts',
};

describe('authentication', () => {
  it('answers 403 without keys, with only one key, and with unknown or mismatched keys', async () => {
    const parent = sim.world.parent;
    const child = sim.world.orgs[1]!;
    const cases: Record<string, string>[] = [
      {},
      { 'DD-API-KEY': parent.apiKey },
      { 'DD-APPLICATION-KEY': parent.appKey },
      { 'DD-API-KEY': '0'.repeat(32), 'DD-APPLICATION-KEY': '0'.repeat(40) },
      { 'DD-API-KEY': parent.apiKey, 'DD-APPLICATION-KEY': child.appKey },
    ];
    for (const headers of cases) {
      for (const path of [HOURLY, SUMMARY]) {
        const res = await call(sim, path, params, null, headers);
        expect(res.status).toBe(403);
        expect(res.json).toEqual({ errors: ['Forbidden'] });
        expect(res.headers.get('content-type')).toBe('application/json');
        expect(res.headers.get('x-ratelimit-limit')).toBeNull();
      }
    }
  });

  it('accepts header names in any case', async () => {
    const parent = sim.world.parent;
    const res = await call(sim, HOURLY, params, null, {
      'dd-api-key': parent.apiKey,
      'Dd-Application-Key': parent.appKey,
    });
    expect(res.status).toBe(200);
  });

  it('answers 404 for unknown paths and serves the control routes', async () => {
    const res = await call(sim, '/api/v2/usage/nope', {});
    expect(res.status).toBe(404);
    expect(res.json).toEqual({ errors: ['Not found'] });
    const health = await call(sim, '/_simulator/health', {}, null);
    expect(health.status).toBe(200);
    expect(health.json).toMatchObject({ status: 'ok', seed: 'meterql', now: NOW.toISOString() });
  });
});
