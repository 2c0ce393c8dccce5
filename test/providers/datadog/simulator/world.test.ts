import { describe, expect, it } from 'vitest';
import { createDatadogWorld, printBanner, startSimulator } from '../../../../src/providers/datadog/simulator/index.js';
import { PRODUCT_FAMILY_USAGE_TYPES } from '../../../../src/providers/datadog/api/productFamilies.js';
import { NOW } from './simHttp.js';

const world = (seed = 'meterql', delay = 72) => createDatadogWorld({ seed, now: NOW, dataDelayHours: () => delay });
const HOUR = 3_600_000;
const at = (ms: number) => new Date(ms);

describe('DatadogWorld', () => {
  it('has a parent first and at least four children with well-formed ids and keys', () => {
    const w = world();
    expect(w.parent).toBe(w.orgs[0]);
    expect(w.parent.name).toBe('Acme Corp');
    expect(w.parent.parentPublicId).toBeNull();
    const children = w.orgs.slice(1);
    expect(children.length).toBeGreaterThanOrEqual(4);
    for (const child of children) expect(child.parentPublicId).toBe(w.parent.publicId);
    for (const org of w.orgs) {
      expect(org.publicId).toMatch(/^[a-z0-9]{16}$/);
      expect(org.apiKey).toMatch(/^[0-9a-f]{32}$/);
      expect(org.appKey).toMatch(/^[0-9a-f]{40}$/);
      expect(w.orgByApiKey(org.apiKey, org.appKey)).toBe(org);
    }
    expect(new Set(w.orgs.map((o) => o.publicId)).size).toBe(w.orgs.length);
    expect(w.orgs.filter((o) => o.region === 'eu')).toHaveLength(1);
    expect(w.orgs.filter((o) => o.region === 'us').length).toBeGreaterThanOrEqual(4);
    const [a, b] = w.orgs;
    expect(w.orgByApiKey(a!.apiKey, b!.appKey)).toBeUndefined();
  });

  it('floors now to the hour', () => {
    const w = createDatadogWorld({
      seed: 's',
      now: new Date('2026-03-10T12:34:56Z'),
      dataDelayHours: () => 72,
    });
    expect(w.now.toISOString()).toBe('2026-03-10T12:00:00.000Z');
  });

  it('is a pure function of the seed', () => {
    const a = world('alpha');
    const b = world('alpha');
    const c = world('beta');
    expect(b.orgs).toEqual(a.orgs);
    expect(c.parent.apiKey).not.toBe(a.parent.apiKey);
    expect(c.parent.publicId).not.toBe(a.parent.publicId);
    const hour = new Date('2026-02-03T15:00:00Z');
    const sample = (w: typeof a) => w.value(w.parent.publicId, 'logs', 'ingested_events_bytes', hour);
    expect(sample(b)).toBe(sample(a));
    expect(sample(c)).not.toBe(sample(a));
  });

  it('reports hours in [now - 15 months, now) only', () => {
    const w = world();
    const id = w.parent.publicId;
    const v = (t: Date) => w.value(id, 'infra_hosts', 'host_count', t);
    expect(v(NOW)).toBeUndefined();
    expect(v(at(NOW.getTime() + 5 * HOUR))).toBeUndefined();
    expect(v(at(NOW.getTime() - HOUR))).toEqual(expect.any(Number));
    const first = new Date('2024-12-10T12:00:00Z');
    expect(v(first)).toEqual(expect.any(Number));
    expect(v(at(first.getTime() - HOUR))).toBeUndefined();
    expect(w.value('nope', 'infra_hosts', 'host_count', first)).toBeUndefined();
    expect(w.value(id, 'nope', 'host_count', first)).toBeUndefined();
    expect(w.value(id, 'infra_hosts', 'nope', first)).toBeUndefined();
  });

  it('reports partial values for hours younger than the data delay', () => {
    const partial = world('meterql', 72);
    const final = world('meterql', 0);
    const id = partial.parent.publicId;
    const hour = at(NOW.getTime() - 6 * HOUR);
    const f = final.value(id, 'logs', 'ingested_events_bytes', hour) as number;
    expect(partial.value(id, 'logs', 'ingested_events_bytes', hour)).toBe(Math.round((f * 6) / 72));
    const old = at(NOW.getTime() - 72 * HOUR);
    expect(partial.value(id, 'logs', 'ingested_events_bytes', old)).toBe(
      final.value(id, 'logs', 'ingested_events_bytes', old),
    );
  });

  it('has integers, nulls and values beyond 2^40', () => {
    const w = world();
    const hour = new Date('2026-02-03T15:00:00Z');
    const values = w.orgs.flatMap((org) =>
      Object.entries(PRODUCT_FAMILY_USAGE_TYPES).flatMap(([family, types]) =>
        types.map((t) => w.value(org.publicId, family, t, hour)),
      ),
    );
    expect(values.every((v) => v === null || Number.isSafeInteger(v))).toBe(true);
    expect(values.some((v) => v === null)).toBe(true);
    expect(values.filter((v) => typeof v === 'number' && v > 2 ** 40).length).toBeGreaterThan(2);
    const mobile = w.orgs.find((o) => o.name === 'Acme Mobile')!;
    expect(w.value(mobile.publicId, 'infra_hosts', 'container_count', hour)).toBeNull();
  });

  it('lets tests pin values, and rejects unknown series', () => {
    const w = world();
    const hour = new Date('2026-02-03T15:00:00Z');
    w.setValue(w.parent.publicId, 'infra_hosts', 'host_count', hour, 12345);
    w.setValue(w.parent.publicId, 'logs', 'indexed_events_count', hour, null);
    expect(w.value(w.parent.publicId, 'infra_hosts', 'host_count', new Date('2026-02-03T15:59:00Z'))).toBe(12345);
    expect(w.value(w.parent.publicId, 'logs', 'indexed_events_count', hour)).toBeNull();
    expect(() => w.setValue('nope', 'infra_hosts', 'host_count', hour, 1)).toThrow(/org/);
    expect(() => w.setValue(w.parent.publicId, 'infra_hosts', 'bogus', hour, 1)).toThrow(/usage type/);
  });
});

describe('printBanner', () => {
  it('lists the URL, endpoints, every org and its keys, and a curl example', async () => {
    const sim = await startSimulator({ now: NOW });
    try {
      const text = printBanner(sim);
      expect(text).toContain(sim.url);
      expect(text).toContain('/api/v2/usage/hourly_usage');
      expect(text).toContain('/api/v1/usage/summary');
      for (const path of [
        '/api/v1/usage/hourly-attribution',
        '/api/v2/usage/projected_cost',
        '/api/v1/usage/top_avg_metrics',
      ])
        expect(text).toContain(path);
      for (const org of sim.world.orgs) {
        for (const part of [org.name, org.publicId, org.apiKey, org.appKey]) expect(text).toContain(part);
      }
      expect(text).toMatch(/curl .*DD-API-KEY/);
    } finally {
      await sim.stop();
    }
  });
});
