import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../src/providers/datadog/simulator/index.js';
import type { Simulator } from '../../../../src/providers/datadog/simulator/index.js';
import { PRODUCT_FAMILIES, PRODUCT_FAMILY_USAGE_TYPES } from '../../../../src/providers/datadog/api/productFamilies.js';
import { HOURLY, NOW, call, walkHourly } from './simHttp.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ now: NOW });
});
afterAll(async () => {
  await sim.stop();
});

const q = (start: string, families: string, extra: Record<string, string> = {}) => ({
  'filter[timestamp][start]': start,
  'filter[product_families]': families,
  ...extra,
});
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const stamps = (records: any[]) => records.map((r) => r.attributes.timestamp as string);

describe('GET /api/v2/usage/hourly_usage', () => {
  it('defaults the end to start + 24 h, floors the start, and shapes records like Datadog', async () => {
    const res = await call(sim, HOURLY, q('2026-03-08T14:57:41.821Z', 'infra_hosts'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(Object.keys(res.json)).toEqual(['data']);
    const data = res.json.data;
    expect(data).toHaveLength(24);
    expect(data[0].attributes.timestamp).toBe('2026-03-08T14:00:00+00:00');
    expect(data[23].attributes.timestamp).toBe('2026-03-09T13:00:00+00:00');
    const parent = sim.world.parent;
    const first = data[0];
    expect(first.type).toBe('usage_timeseries');
    expect(first.id).toBe(createHash('sha256').update(`${parent.publicId}|infra_hosts|2026-03-08T14`).digest('hex'));
    expect(first.attributes).toMatchObject({
      org_name: parent.name,
      public_id: parent.publicId,
      account_name: parent.name,
      account_public_id: parent.publicId,
      region: 'us',
      product_family: 'infra_hosts',
    });
    expect(first.attributes.measurements.map((m: { usage_type: string }) => m.usage_type)).toEqual(
      PRODUCT_FAMILY_USAGE_TYPES.infra_hosts,
    );
    for (const m of first.attributes.measurements) {
      expect(m.value).toBe(
        sim.world.value(parent.publicId, 'infra_hosts', m.usage_type, new Date('2026-03-08T14:00:00Z')),
      );
    }
  });

  it('treats the end as exclusive and accepts hour-precision and full ISO forms', async () => {
    const a = await call(sim, HOURLY, q('2026-03-01T00', 'logs', { 'filter[timestamp][end]': '2026-03-01T05' }));
    expect(stamps(a.json.data)).toEqual([0, 1, 2, 3, 4].map((h) => `2026-03-01T0${h}:00:00+00:00`));
    const b = await call(
      sim,
      HOURLY,
      q('2026-03-01T00:00:00Z', 'logs', { 'filter[timestamp][end]': '2026-03-01T05:59:59+00:00' }),
    );
    expect(b.json.data).toEqual(a.json.data);
  });

  it('rejects start >= end with the recorded message', async () => {
    for (const end of ['2026-03-01T00', '2026-02-27T00', '2026-03-01T00:30:00Z']) {
      const res = await call(sim, HOURLY, q('2026-03-01T00', 'logs', { 'filter[timestamp][end]': end }));
      expect(res.status).toBe(400);
      expect(res.json).toEqual({
        errors: ['start_hr [YYYY-MM-DDThh] must be before end_hr [YYYY-MM-DDThh]'],
      });
    }
  });

  it('validates required parameters, families, booleans, versions and page[limit]', async () => {
    const bad: [Record<string, string>, RegExp][] = [
      [{ 'filter[product_families]': 'logs' }, /'filter\[timestamp\]\[start\]' is required/],
      [{ 'filter[timestamp][start]': '2026-03-01T00' }, /'filter\[product_families\]' is required/],
      [q('yesterday', 'logs'), /filter\[timestamp\]\[start\].*YYYY-MM-DDThh.*'yesterday'/],
      [q('2026-03-01T00', 'logs,bogus_family'), /unknown product family 'bogus_family'/],
      [q('2026-03-01T00', 'logs', { 'filter[include_descendants]': 'yes' }), /expected true or false, got 'yes'/],
      [q('2026-03-01T00', 'logs', { 'filter[versions]': 'logs' }), /filter\[versions\].*product_family:version/],
      [q('2026-03-01T00', 'logs', { 'filter[versions]': 'logs:9.9.9' }), /filter\[versions\].*1\.0\.0/],
      [q('2026-03-01T00', 'logs', { 'page[limit]': '0' }), /page\[limit\].*between 1 and 500, got '0'/],
      [q('2026-03-01T00', 'logs', { 'page[limit]': '501' }), /page\[limit\]/],
      [q('2026-03-01T00', 'logs', { 'page[limit]': 'ten' }), /page\[limit\]/],
    ];
    for (const [params, message] of bad) {
      const res = await call(sim, HOURLY, params);
      expect(res.status, JSON.stringify(params)).toBe(400);
      expect(res.json.errors).toHaveLength(1);
      expect(res.json.errors[0]).toMatch(message);
    }
    const ok = await call(
      sim,
      HOURLY,
      q('2026-03-01T00', 'logs', {
        'filter[versions]': 'logs:1.0.0,infra_hosts:1.0.0',
        'page[limit]': '500',
      }),
    );
    expect(ok.status).toBe(200);
  });

  it('returns families in catalog order, deduplicated, and expands all', async () => {
    const window = { 'filter[timestamp][end]': '2026-03-01T01' };
    const some = await call(sim, HOURLY, q('2026-03-01T00', 'timeseries,infra_hosts,logs,infra_hosts', window));
    expect(some.json.data.map((r: { attributes: { product_family: string } }) => r.attributes.product_family)).toEqual([
      'infra_hosts',
      'logs',
      'timeseries',
    ]);
    const all = await call(sim, HOURLY, q('2026-03-01T00', 'all', window));
    expect(all.json.data.map((r: { attributes: { product_family: string } }) => r.attributes.product_family)).toEqual(
      PRODUCT_FAMILIES,
    );
  });

  it('includes children only with include_descendants, limited to 24 hours', async () => {
    const world = sim.world;
    const params = q('2026-03-01T00', 'infra_hosts,logs', {
      'filter[include_descendants]': 'true',
    });
    const { records } = await walkHourly(sim, params);
    expect(records).toHaveLength(world.orgs.length * 2 * 24);
    const orgOrder = [...new Set(records.map((r) => r.attributes.public_id))];
    expect(orgOrder).toEqual(world.orgs.map((o) => o.publicId));
    const eu = records.find((r) => r.attributes.region === 'eu');
    expect(eu.attributes.account_public_id).toBe(world.parent.publicId);

    const tooLong = await call(sim, HOURLY, {
      ...params,
      'filter[timestamp][end]': '2026-03-02T01',
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.json.errors[0]).toMatch(/24 hours.*got 25 hours/);

    const child = world.orgs[1]!;
    const own = await call(sim, HOURLY, params, child);
    expect(new Set(own.json.data.map((r: { attributes: { public_id: string } }) => r.attributes.public_id))).toEqual(
      new Set([child.publicId]),
    );
  });

  it('limits a single-org window to two calendar months', async () => {
    const ok = await call(
      sim,
      HOURLY,
      q('2025-12-31T00', 'timeseries', {
        'filter[timestamp][end]': '2026-02-28T00',
        'page[limit]': '1',
      }),
    );
    expect(ok.status).toBe(200);
    const bad = await call(
      sim,
      HOURLY,
      q('2025-12-31T00', 'timeseries', { 'filter[timestamp][end]': '2026-03-01T00' }),
    );
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0]).toMatch(/2 months/);
  });

  it('reports nothing for the current hour or later, nor beyond 15 months', async () => {
    const recent = await call(sim, HOURLY, q('2026-03-10T10', 'logs', { 'filter[timestamp][end]': '2026-03-11T00' }));
    expect(stamps(recent.json.data)).toEqual(['2026-03-10T10:00:00+00:00', '2026-03-10T11:00:00+00:00']);
    const future = await call(sim, HOURLY, q('2026-03-10T12', 'logs'));
    expect(future.status).toBe(200);
    expect(future.json).toEqual({ data: [] });
    const old = await call(sim, HOURLY, q('2024-12-10T00', 'logs'));
    expect(stamps(old.json.data)[0]).toBe('2024-12-10T12:00:00+00:00');
    expect(old.json.data).toHaveLength(12);
  });

  it('reports partial values inside the data delay and final values after it', async () => {
    const id = sim.world.parent.publicId;
    const params = q('2026-03-10T06', 'logs', { 'filter[timestamp][end]': '2026-03-10T07' });
    const valueOf = (res: Awaited<ReturnType<typeof call>>) =>
      res.json.data[0].attributes.measurements.find(
        (m: { usage_type: string }) => m.usage_type === 'ingested_events_bytes',
      ).value as number;
    const partial = valueOf(await call(sim, HOURLY, params));
    sim.configure({ dataDelayHours: 0 });
    try {
      const final = valueOf(await call(sim, HOURLY, params));
      expect(final).toBe(sim.world.value(id, 'logs', 'ingested_events_bytes', new Date('2026-03-10T06:00:00Z')));
      expect(partial).toBe(Math.round((final * 6) / 72));
    } finally {
      sim.configure({ dataDelayHours: 72 });
    }
  });

  it('is deterministic per seed', async () => {
    const params = q('2026-02-01T00', 'all', { 'page[limit]': '300' });
    const twin = await startSimulator({ now: NOW });
    const other = await startSimulator({ now: NOW, seed: 'another-seed' });
    try {
      const a = await call(sim, HOURLY, params);
      const b = await call(twin, HOURLY, params);
      expect(b.text).toBe(a.text);
      const c = await call(other, HOURLY, params, other.world.parent);
      expect(c.status).toBe(200);
      const values = (res: typeof a) =>
        res.json.data.flatMap((r: { attributes: { measurements: { value: number | null }[] } }) =>
          r.attributes.measurements.map((m) => m.value),
        );
      expect(values(c)).not.toEqual(values(a));
    } finally {
      await Promise.all([twin.stop(), other.stop()]);
    }
  });

  it('carries values beyond 2^40 exactly, and nulls', async () => {
    const res = await call(
      sim,
      HOURLY,
      q('2026-03-01T00', 'logs,infra_hosts,ingested_spans', {
        'filter[include_descendants]': 'true',
      }),
    );
    const measurements = res.json.data.flatMap(
      (r: {
        attributes: {
          public_id: string;
          product_family: string;
          timestamp: string;
          measurements: { usage_type: string; value: number | null }[];
        };
      }) =>
        r.attributes.measurements.map((m) => ({
          ...m,
          org: r.attributes.public_id,
          family: r.attributes.product_family,
          hour: new Date(r.attributes.timestamp),
        })),
    );
    const big = measurements.filter((m: { value: number | null }) => typeof m.value === 'number' && m.value > 2 ** 40);
    expect(big.length).toBeGreaterThan(0);
    for (const m of big.slice(0, 20)) {
      expect(Number.isSafeInteger(m.value)).toBe(true);
      expect(res.text).toContain(`"value":${m.value}}`);
      expect(m.value).toBe(sim.world.value(m.org, m.family, m.usage_type, m.hour));
    }
    expect(measurements.some((m: { value: number | null }) => m.value === null)).toBe(true);
  });

  it('serves values pinned with setValue', async () => {
    const parent = sim.world.parent;
    const hour = new Date('2026-02-14T09:00:00Z');
    sim.world.setValue(parent.publicId, 'infra_hosts', 'host_count', hour, 4_398_046_511_104);
    sim.world.setValue(parent.publicId, 'infra_hosts', 'agent_host_count', hour, null);
    const res = await call(
      sim,
      HOURLY,
      q('2026-02-14T09', 'infra_hosts', { 'filter[timestamp][end]': '2026-02-14T10' }),
    );
    const byType = Object.fromEntries(
      res.json.data[0].attributes.measurements.map((m: { usage_type: string; value: number | null }) => [
        m.usage_type,
        m.value,
      ]),
    );
    expect(byType.host_count).toBe(4_398_046_511_104);
    expect(byType.agent_host_count).toBeNull();
  });
});
