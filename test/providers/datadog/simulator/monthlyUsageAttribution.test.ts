import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../../src/providers/datadog/simulator/index.js';
import { NOW, SUMMARY, call, parseWithBigInts } from './simHttp.js';

const PATH = '/api/v1/usage/monthly-attribution';
const TYPES = '/api/v2/usage/usage-attribution-types';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ now: NOW });
});
afterAll(() => sim.stop());

interface Rec {
  month: string;
  public_id: string;
  tags: Record<string, string[]> | null;
  values: Record<string, number>;
}
interface Agg {
  agg_type: string;
  field: string;
  value: number;
}

async function walk(params: Record<string, string>): Promise<{ records: Rec[]; aggregates: Agg[][]; pages: number }> {
  const records: Rec[] = [];
  const aggregates: Agg[][] = [];
  let next: string | null = null;
  for (let pages = 1; pages < 1000; pages++) {
    const res = await call(sim, PATH, next ? { ...params, next_record_id: next } : params);
    expect(res.status, res.text).toBe(200);
    records.push(...res.json.usage);
    aggregates.push(res.json.metadata.aggregates);
    next = res.json.metadata.pagination.next_record_id;
    if (next === null) return { records, aggregates, pages };
  }
  throw new Error('too many pages');
}

describe('GET /api/v1/usage/monthly-attribution', () => {
  it('answers the recorded shape, with one sum aggregate per requested field', async () => {
    const res = await call(sim, PATH, { start_month: '2026-02-20T08:46:27.028Z', fields: 'infra_host_usage' });
    expect(res.status).toBe(200);
    // end_month defaults to the current month: February and March (month to date).
    expect(res.json.usage).toHaveLength(2 * sim.world.orgs.length);
    const first = res.json.usage[0];
    expect(Object.keys(first).sort()).toEqual(
      ['month', 'org_name', 'public_id', 'region', 'tag_config_source', 'tags', 'updated_at', 'values'].sort(),
    );
    expect(first).toMatchObject({
      month: '2026-02-01T00:00:00+00:00',
      org_name: 'Acme Corp',
      tag_config_source: 'Acme Corp:::team,service,env',
      tags: null,
      updated_at: '2026-03-01T00:00:00Z',
    });
    expect(Object.keys(first.values)).toEqual(['infra_host_usage']);
    expect(res.json.usage.at(-1).updated_at).toBe('2026-03-10T12:00:00Z');
    expect(res.json.metadata.pagination).toEqual({ next_record_id: null });
    const total = res.json.usage.reduce((s: number, r: Rec) => s + r.values.infra_host_usage!, 0);
    expect(res.json.metadata.aggregates).toEqual([{ field: 'infra_host_usage', value: total, agg_type: 'sum' }]);
  });

  it('usage follows hourly usage: totals rows equal the usage summary per org (top99p and sum)', async () => {
    const attribution = await walk({
      start_month: '2026-01',
      end_month: '2026-02',
      fields: 'infra_host_usage,ingested_logs_bytes_usage',
    });
    const byTeam = await walk({
      start_month: '2026-01',
      end_month: '2026-02',
      fields: 'ingested_logs_bytes_usage',
      tag_breakdown_keys: 'team',
    });
    const summary = parseWithBigInts(
      (await call(sim, SUMMARY, { start_month: '2026-01', end_month: '2026-02', include_org_details: 'true' })).text,
    ) as { usage: Array<{ date: string; orgs: Array<Record<string, unknown>> }> };
    let checked = 0;
    for (const month of summary.usage) {
      for (const org of month.orgs) {
        const row = attribution.records.find((r) => r.month === month.date && r.public_id === org.public_id)!;
        expect(row.values.infra_host_usage).toBe(Number(org.infra_host_top99p));
        expect(BigInt(row.values.ingested_logs_bytes_usage!)).toBe(BigInt(org.ingested_events_bytes_sum as number));
        // A sum type's rows add up to the org's month exactly.
        const rows = byTeam.records.filter((r) => r.month === month.date && r.public_id === org.public_id);
        expect(rows.length).toBeGreaterThan(1);
        expect(BigInt(rows.reduce((s, r) => s + r.values.ingested_logs_bytes_usage!, 0))).toBe(
          BigInt(org.ingested_events_bytes_sum as number),
        );
        checked++;
      }
    }
    expect(checked).toBe(2 * sim.world.orgs.length);
  });

  it('percentages add up to 100 per month and field over the response scope', async () => {
    const extras: Array<Record<string, string>> = [
      {},
      { tag_breakdown_keys: 'team,service' },
      { include_descendants: 'false' },
    ];
    for (const extra of extras) {
      const { records } = await walk({
        start_month: '2026-01',
        fields: 'infra_host_percentage,ingested_logs_bytes_percentage,custom_timeseries_percentage',
        ...extra,
      });
      const sums = new Map<string, number>();
      for (const r of records) {
        for (const [field, value] of Object.entries(r.values)) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
          sums.set(`${r.month}|${field}`, (sums.get(`${r.month}|${field}`) ?? 0) + value);
        }
      }
      expect(sums.size).toBe(3 * 3);
      for (const sum of sums.values()) expect(Math.abs(sum - 100)).toBeLessThan(0.001 * records.length);
    }
  });

  it('`*` returns every field the simulator reports; fields it does not bill are absent', async () => {
    const all = await call(sim, PATH, { start_month: '2026-02', end_month: '2026-02', fields: '*' });
    const fields = Object.keys(all.json.usage[0].values);
    expect(fields).toContain('infra_host_usage');
    expect(fields).toContain('infra_host_percentage');
    expect(fields).toHaveLength(24);
    expect(all.json.metadata.aggregates.map((a: Agg) => a.field)).toEqual(fields);
    const some = await call(sim, PATH, {
      start_month: '2026-02',
      end_month: '2026-02',
      fields: 'rum_ingested_usage,snmp_usage',
    });
    expect(Object.keys(some.json.usage[0].values)).toEqual(['snmp_usage']);
    expect(some.json.metadata.aggregates.map((a: Agg) => a.field)).toEqual(['snmp_usage']);
  });

  it('sort_name orders every record by that field (desc by default), whether requested or not', async () => {
    const base = {
      start_month: '2026-01',
      end_month: '2026-02',
      fields: 'infra_host_usage',
      tag_breakdown_keys: 'team',
    };
    const desc = (await walk({ ...base, sort_name: 'infra_host_usage' })).records.map(
      (r) => r.values.infra_host_usage!,
    );
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    const asc = (await walk({ ...base, sort_name: 'infra_host_usage', sort_direction: 'asc' })).records.map(
      (r) => r.values.infra_host_usage!,
    );
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    const byOther = await walk({
      ...base,
      fields: 'apm_host_usage',
      sort_name: 'infra_host_usage',
      sort_direction: 'asc',
    });
    const plain = await walk({
      ...base,
      fields: 'apm_host_usage,infra_host_usage',
      sort_name: 'infra_host_usage',
      sort_direction: 'asc',
    });
    expect(byOther.records.map((r) => [r.public_id, r.month, r.tags])).toEqual(
      plain.records.map((r) => [r.public_id, r.month, r.tags]),
    );
  });

  it('pages with next_record_id; every page carries the aggregates of the whole response', async () => {
    const params = {
      start_month: '2026-01',
      fields: 'container_usage,container_percentage',
      tag_breakdown_keys: 'env',
    };
    const whole = await walk(params);
    sim.configure({ maxPageSize: 4 });
    try {
      const paged = await walk(params);
      expect(paged.records).toEqual(whole.records);
      expect(paged.pages).toBe(Math.ceil(whole.records.length / 4));
      for (const aggregates of paged.aggregates) expect(aggregates).toEqual(whole.aggregates[0]);
      const end = await call(sim, PATH, { ...params, next_record_id: 'null' });
      expect(end.json.usage).toEqual([]);
      expect(end.json.metadata.aggregates).toEqual(whole.aggregates[0]);
    } finally {
      sim.configure({ maxPageSize: 500 });
    }
  });

  it.each([
    [{ fields: 'infra_host_usage' }, "The parameter 'start_month' is required"],
    [{ start_month: '2026-02' }, "The parameter 'fields' is required"],
    [{ start_month: '2026-02', fields: 'infra_host' }, /parameter 'fields': unknown field 'infra_host'/],
    [{ start_month: '2026-13', fields: 'infra_host_usage' }, /parameter 'start_month'.*got '2026-13'/],
    [
      { start_month: '2024-11', fields: 'infra_host_usage' },
      /at most 15 months ago \(2024-12 or later\), got '2024-11'/,
    ],
    [
      { start_month: '2026-02', end_month: '2026-01', fields: 'infra_host_usage' },
      /end_month .* must not be before start_month/,
    ],
    [{ start_month: '2026-02', fields: 'infra_host_usage', sort_direction: 'up' }, /parameter 'sort_direction'/],
    [{ start_month: '2026-02', fields: 'infra_host_usage', sort_name: '*' }, /parameter 'sort_name'/],
    [{ start_month: '2026-02', fields: 'infra_host_usage', next_record_id: 'bogus' }, /parameter 'next_record_id'/],
  ])('400 for %j', async (params, message) => {
    const res = await call(sim, PATH, params);
    expect(res.status).toBe(400);
    if (typeof message === 'string') expect(res.json.errors).toEqual([message]);
    else expect(res.json.errors[0]).toMatch(message);
  });
});

describe('GET /api/v2/usage/usage-attribution-types', () => {
  it('lists the attribution types that carry data, each usable as <type>_usage', async () => {
    const res = await call(sim, TYPES);
    expect(res.status).toBe(200);
    expect(res.json.data.type).toBe('usage_attribution_types');
    expect(typeof res.json.data.id).toBe('string');
    const values: string[] = res.json.data.attributes.values;
    expect(values).toContain('infra_host');
    for (const type of values) {
      const hourly = await call(sim, '/api/v1/usage/hourly-attribution', {
        start_hr: '2026-03-08T00',
        usage_type: `${type}_usage`,
      });
      expect(hourly.status).toBe(200);
      expect(hourly.json.usage.length, type).toBeGreaterThan(0);
    }
  });
});
