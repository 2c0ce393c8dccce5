import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../src/providers/datadog/simulator/index.js';
import type { Simulator } from '../../../../src/providers/datadog/simulator/index.js';
import { HOURLY, NOW, call, walkHourly } from './simHttp.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ now: NOW });
});
afterAll(async () => {
  await sim.stop();
});

const params = {
  'filter[timestamp][start]': '2026-03-01T00',
  'filter[timestamp][end]': '2026-03-03T00',
  'filter[product_families]': 'infra_hosts,logs,timeseries',
};

describe('hourly usage paging', () => {
  it('puts meta.pagination.next_record_id only on pages that are followed by more', async () => {
    const first = await call(sim, HOURLY, { ...params, 'page[limit]': '100' });
    expect(first.json.data).toHaveLength(100);
    expect(typeof first.json.meta.pagination.next_record_id).toBe('string');
    const whole = await call(sim, HOURLY, params);
    expect(whole.json.data).toHaveLength(3 * 48);
    expect('meta' in whole.json).toBe(false);
  });

  it('walks page[limit] pages to the same records as one unpaged answer, in (org, family, hour) order', async () => {
    const whole = await call(sim, HOURLY, params);
    const { records, pageSizes, pages } = await walkHourly(sim, { ...params, 'page[limit]': '7' });
    expect(records).toEqual(whole.json.data);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    expect(pageSizes.slice(0, -1).every((n) => n === 7)).toBe(true);
    expect(pageSizes.at(-1)).toBe(144 % 7);
    expect('meta' in pages.at(-1)!.json).toBe(false);
    const families = records.map((r) => r.attributes.product_family);
    expect(families.indexOf('logs')).toBe(48);
    expect(families.indexOf('timeseries')).toBe(96);
    expect(records[47].attributes.timestamp).toBe('2026-03-02T23:00:00+00:00');
  });

  it('caps pages at maxPageSize whatever page[limit] asks, and pages across orgs', async () => {
    const multi = {
      ...params,
      'filter[timestamp][end]': '2026-03-02T00',
      'filter[include_descendants]': 'true',
    };
    const whole = await call(sim, HOURLY, multi);
    expect(whole.json.data).toHaveLength(sim.world.orgs.length * 3 * 24);
    sim.configure({ maxPageSize: 50 });
    try {
      const capped = await walkHourly(sim, { ...multi, 'page[limit]': '500' });
      expect(capped.pageSizes.slice(0, -1).every((n) => n === 50)).toBe(true);
      expect(capped.records).toEqual(whole.json.data);
      const small = await walkHourly(sim, { ...multi, 'page[limit]': '13' });
      expect(small.pageSizes[0]).toBe(13);
      expect(small.records).toEqual(whole.json.data);
    } finally {
      sim.configure({ maxPageSize: 500 });
    }
  });

  it('starts with the same cursor whatever the hour notation', async () => {
    const a = await call(sim, HOURLY, { ...params, 'page[limit]': '10' });
    const cursor = a.json.meta.pagination.next_record_id;
    const b = await call(sim, HOURLY, {
      ...params,
      'filter[timestamp][start]': '2026-03-01T00:00:00Z',
      'page[limit]': '10',
      'page[next_record_id]': cursor,
    });
    expect(b.status).toBe(200);
    expect(b.json.data[0]).toEqual((await call(sim, HOURLY, params)).json.data[10]);
  });

  it('rejects malformed and foreign next_record_ids', async () => {
    const first = await call(sim, HOURLY, { ...params, 'page[limit]': '10' });
    const cursor: string = first.json.meta.pagination.next_record_id;
    const attempts: [Record<string, string>, Simulator['world']['parent'] | undefined, RegExp][] = [
      [
        { ...params, 'page[next_record_id]': 'not-a-cursor' },
        undefined,
        /expected a next_record_id returned by this endpoint/,
      ],
      [
        {
          ...params,
          'page[next_record_id]': Buffer.from('99999.0123456789abcdef').toString('base64url'),
        },
        undefined,
        /next_record_id/,
      ],
      [
        { ...params, 'filter[product_families]': 'logs', 'page[next_record_id]': cursor },
        undefined,
        /issued for different query parameters/,
      ],
      [
        { ...params, 'filter[timestamp][end]': '2026-03-02T00', 'page[next_record_id]': cursor },
        undefined,
        /different query parameters/,
      ],
      [{ ...params, 'page[next_record_id]': cursor }, sim.world.orgs[2], /different query parameters/],
    ];
    for (const [query, org, message] of attempts) {
      const res = await call(sim, HOURLY, query, org ?? sim.world.parent);
      expect(res.status).toBe(400);
      expect(res.json.errors[0]).toMatch(/^Invalid value for the parameter 'page\[next_record_id\]'/);
      expect(res.json.errors[0]).toMatch(message);
    }
  });
});
