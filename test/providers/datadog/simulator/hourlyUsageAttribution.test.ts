import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../../src/providers/datadog/simulator/index.js';
import { NOW, call, walkHourly } from './simHttp.js';

const PATH = '/api/v1/usage/hourly-attribution';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ now: NOW });
});
afterAll(() => sim.stop());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- records are read as the JSON came
type Rec = any;

async function walk(
  params: Record<string, string>,
  org = sim.world.parent,
): Promise<{ records: Rec[]; pages: number }> {
  const records: Rec[] = [];
  let next: string | null = null;
  for (let pages = 1; pages < 1000; pages++) {
    const res = await call(sim, PATH, next ? { ...params, next_record_id: next } : params, org);
    expect(res.status, res.text).toBe(200);
    records.push(...res.json.usage);
    expect(Object.keys(res.json.metadata.pagination)).toEqual(['next_record_id']);
    next = res.json.metadata.pagination.next_record_id;
    if (next === null) return { records, pages };
  }
  throw new Error('too many pages');
}

describe('GET /api/v1/usage/hourly-attribution', () => {
  it('answers the recorded shape: usage[] and metadata.pagination.next_record_id null on the last page', async () => {
    const res = await call(sim, PATH, { start_hr: '2026-03-05T08:46:26.291Z', usage_type: 'infra_host_usage' });
    expect(res.status).toBe(200);
    expect(res.json.metadata).toEqual({ pagination: { next_record_id: null } });
    // end_hr defaults to start_hr + 24 h; every org (include_descendants defaults to true).
    expect(res.json.usage).toHaveLength(24 * sim.world.orgs.length);
    const first = res.json.usage[0];
    expect(Object.keys(first).sort()).toEqual(
      [
        'hour',
        'org_name',
        'public_id',
        'region',
        'tag_config_source',
        'tags',
        'total_usage_sum',
        'updated_at',
        'usage_type',
      ].sort(),
    );
    expect(first).toMatchObject({
      hour: '2026-03-05T08:00:00+00:00',
      org_name: 'Acme Corp',
      public_id: sim.world.parent.publicId,
      tag_config_source: 'Acme Corp:::team,service,env',
      tags: null,
      updated_at: '2026-03-10T11',
      usage_type: 'infra_host_usage',
    });
    expect(first.total_usage_sum).toBe(
      sim.world.value(sim.world.parent.publicId, 'infra_hosts', 'host_count', new Date('2026-03-05T08:00:00Z')),
    );
    expect(res.json.usage.at(-1).hour).toBe('2026-03-06T07:00:00+00:00');
  });

  it('for every org and hour, the rows of a usage type add up exactly to GetHourlyUsage', async () => {
    for (const [usageType, family, measurement] of [
      ['ingested_logs_bytes_usage', 'logs', 'ingested_events_bytes'],
      ['container_usage', 'infra_hosts', 'container_count'],
    ] as const) {
      const params = { start_hr: '2026-03-08T00', end_hr: '2026-03-09T00', usage_type: usageType };
      const byTeam = await walk({ ...params, tag_breakdown_keys: 'team,env' });
      const totals = await walk(params);
      const usage = await walkHourly(sim, {
        'filter[timestamp][start]': '2026-03-08T00',
        'filter[timestamp][end]': '2026-03-09T00',
        'filter[product_families]': family,
        'filter[include_descendants]': 'true',
      });
      const expected = new Map<string, number>();
      for (const r of usage.records) {
        const v = r.attributes.measurements.find((m: { usage_type: string }) => m.usage_type === measurement).value;
        if (v !== null) expected.set(`${r.attributes.public_id}|${r.attributes.timestamp}`, v);
      }
      for (const records of [byTeam.records, totals.records]) {
        const sums = new Map<string, number>();
        for (const r of records)
          sums.set(`${r.public_id}|${r.hour}`, (sums.get(`${r.public_id}|${r.hour}`) ?? 0) + r.total_usage_sum);
        expect(sums).toEqual(expected);
      }
      expect(totals.records.every((r) => r.tags === null)).toBe(true);
      expect(byTeam.records.length).toBeGreaterThan(totals.records.length);
      for (const r of byTeam.records) {
        expect(Object.keys(r.tags)).toEqual(['team', 'env']);
        expect(r.tags.env).toHaveLength(1);
      }
      // The last tag group of each org carries no team tag: "not tagged" rows exist.
      expect(byTeam.records.some((r) => r.tags.team.length === 0)).toBe(true);
    }
    // Acme Mobile reports no containers (null): no attribution rows for it.
    const mobile = sim.world.orgs.find((o) => o.name === 'Acme Mobile')!;
    const containers = await walk({ start_hr: '2026-03-08T00', usage_type: 'container_usage' });
    expect(containers.records.some((r) => r.public_id === mobile.publicId)).toBe(false);
  });

  it('a valid usage type the account is not billed for answers no records', async () => {
    const res = await call(sim, PATH, { start_hr: '2026-03-08T00', usage_type: 'rum_ingested_usage' });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ usage: [], metadata: { pagination: { next_record_id: null } } });
  });

  it('include_descendants=false and child keys narrow the orgs', async () => {
    const own = await walk({ start_hr: '2026-03-08T00', usage_type: 'apm_host_usage', include_descendants: 'false' });
    expect(new Set(own.records.map((r) => r.public_id))).toEqual(new Set([sim.world.parent.publicId]));
    const child = sim.world.orgs[2]!;
    const theirs = await walk({ start_hr: '2026-03-08T00', usage_type: 'apm_host_usage' }, child);
    expect(new Set(theirs.records.map((r) => r.public_id))).toEqual(new Set([child.publicId]));
  });

  it('pages with next_record_id: every record once, in order, whatever the page size', async () => {
    const params = { start_hr: '2026-03-08T00', usage_type: 'infra_host_usage', tag_breakdown_keys: 'service' };
    const whole = await walk(params);
    sim.configure({ maxPageSize: 7 });
    try {
      const paged = await walk(params);
      expect(paged.records).toEqual(whole.records);
      expect(paged.pages).toBe(Math.ceil(whole.records.length / 7));
    } finally {
      sim.configure({ maxPageSize: 500 });
    }
  });

  it('next_record_id=null (sent by paginating clients after the last page) answers an empty page', async () => {
    const res = await call(sim, PATH, {
      start_hr: '2026-03-08T00',
      usage_type: 'infra_host_usage',
      next_record_id: 'null',
    });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ usage: [], metadata: { pagination: { next_record_id: null } } });
  });

  it.each([
    [{ usage_type: 'infra_host_usage' }, "The parameter 'start_hr' is required"],
    [{ start_hr: '2026-03-08T00' }, "The parameter 'usage_type' is required"],
    [
      { start_hr: '2026-03-08T00', usage_type: 'infra_hosts' },
      /parameter 'usage_type': unknown usage type 'infra_hosts'/,
    ],
    [{ start_hr: '2026-03-08T99', usage_type: 'infra_host_usage' }, /parameter 'start_hr'.*got '2026-03-08T99'/],
    [
      { start_hr: '2026-03-08T05', end_hr: '2026-03-08T05', usage_type: 'infra_host_usage' },
      'start_hr [YYYY-MM-DDThh] must be before end_hr [YYYY-MM-DDThh]',
    ],
    [
      { start_hr: '2026-03-07T00', end_hr: '2026-03-08T01', usage_type: 'infra_host_usage' },
      /multiple organizations \(include_descendants=true\) is limited to 24 hours per request; got 25 hours/,
    ],
    [
      {
        start_hr: '2026-01-01T00',
        end_hr: '2026-03-01T01',
        usage_type: 'infra_host_usage',
        include_descendants: 'false',
      },
      /single organization is limited to 2 months per request/,
    ],
    [{ start_hr: '2026-03-08T00', usage_type: 'infra_host_usage', include_descendants: 'yes' }, /include_descendants/],
    [
      { start_hr: '2026-03-08T00', usage_type: 'infra_host_usage', next_record_id: 'bogus' },
      /parameter 'next_record_id'/,
    ],
  ])('400 for %j', async (params, message) => {
    const res = await call(sim, PATH, params);
    expect(res.status).toBe(400);
    expect(res.json.errors).toHaveLength(1);
    if (typeof message === 'string') expect(res.json.errors[0]).toBe(message);
    else expect(res.json.errors[0]).toMatch(message);
  });

  it('a next_record_id replayed with other parameters is refused', async () => {
    sim.configure({ maxPageSize: 5 });
    try {
      const first = await call(sim, PATH, { start_hr: '2026-03-08T00', usage_type: 'infra_host_usage' });
      const next = first.json.metadata.pagination.next_record_id;
      expect(typeof next).toBe('string');
      const res = await call(sim, PATH, {
        start_hr: '2026-03-08T00',
        usage_type: 'apm_host_usage',
        next_record_id: next,
      });
      expect(res.status).toBe(400);
      expect(res.json.errors[0]).toMatch(/issued for different query parameters/);
    } finally {
      sim.configure({ maxPageSize: 500 });
    }
  });
});
