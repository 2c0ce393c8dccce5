import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUMMARY_FIELDS, startSimulator } from '../../../../src/providers/datadog/simulator/index.js';
import type { Simulator } from '../../../../src/providers/datadog/simulator/index.js';
import { NOW, SUMMARY, call, parseWithBigInts, walkHourly } from './simHttp.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ now: NOW });
});
afterAll(async () => {
  await sim.stop();
});

type Row = Record<string, unknown> & { orgs?: Record<string, unknown>[] };
const big = (v: unknown): bigint => BigInt(v as number | bigint);

/** The world's non-null hourly values of one series over `[fromMs, toMs)`. */
function hourlyValues(publicId: string, family: string, usageType: string, fromMs: number, toMs: number): number[] {
  const out: number[] = [];
  for (let t = fromMs; t < toMs; t += 3_600_000) {
    const v = sim.world.value(publicId, family, usageType, new Date(t));
    if (typeof v === 'number') out.push(v);
  }
  return out;
}

/** The documented aggregations, computed independently of the simulator's code. */
function expectedFigure(values: number[], aggregation: string): bigint {
  if (values.length === 0) return 0n;
  if (aggregation === 'sum') return values.reduce((acc, v) => acc + BigInt(v), 0n);
  if (aggregation === 'avg') return BigInt(Math.round(values.reduce((a, b) => a + b, 0) / values.length));
  if (aggregation === 'hwm') return BigInt(Math.max(...values));
  const sorted = [...values].sort((a, b) => a - b);
  return BigInt(sorted[Math.ceil(0.99 * sorted.length) - 1]!);
}

describe('GET /api/v1/usage/summary', () => {
  it('reports every org (parent and children) per month with include_org_details', async () => {
    const res = await call(sim, SUMMARY, {
      start_month: '2026-01',
      end_month: '2026-02',
      include_org_details: 'true',
    });
    expect(res.status).toBe(200);
    const body = parseWithBigInts(res.text) as Row & { usage: Row[] };
    expect(body.start_date).toBe('2026-01-01T00:00:00+00:00');
    expect(body.end_date).toBe('2026-02-28T00:00:00+00:00');
    expect(body.last_updated).toBe('2026-02-28T23:00:00+00:00');
    expect(body.usage.map((row) => row.date)).toEqual(['2026-01-01T00:00:00+00:00', '2026-02-01T00:00:00+00:00']);
    const orgs = body.usage[0]!.orgs!;
    expect(orgs.map((o) => o.public_id)).toEqual(sim.world.orgs.map((o) => o.publicId));
    expect(orgs.length).toBeGreaterThanOrEqual(5);
    for (const org of orgs) {
      expect(org).toMatchObject({
        account_name: 'Acme Corp',
        account_public_id: sim.world.parent.publicId,
      });
      expect(org).toHaveProperty('id');
      expect(org).toHaveProperty('name');
      expect(org).toHaveProperty('region');
      for (const field of SUMMARY_FIELDS) {
        if (field.name === null) expect(org).not.toHaveProperty(field.totalName!);
        else expect(typeof org[field.name] === 'number' || typeof org[field.name] === 'bigint').toBe(true);
      }
    }
    for (const name of [
      'agent_host_top99p',
      'apm_host_top99p',
      'infra_host_top99p',
      'container_avg',
      'ingested_events_bytes_sum',
      'indexed_events_count_sum',
      'custom_ts_avg',
    ]) {
      expect(body.usage[0]).toHaveProperty(name);
    }
    for (const name of [
      'agent_host_top99p_sum',
      'apm_host_top99p_sum',
      'infra_host_top99p_sum',
      'container_avg_sum',
      'ingested_events_bytes_agg_sum',
      'indexed_events_count_agg_sum',
      'custom_ts_sum',
    ]) {
      expect(body).toHaveProperty(name);
    }
    // Month rows add up the orgs; top-level fields add up the months.
    for (const field of SUMMARY_FIELDS) {
      for (const row of body.usage) {
        if (field.monthName === null) expect(row).not.toHaveProperty(field.totalName!);
        if (field.monthName === null || field.name === null) continue;
        expect(big(row[field.monthName])).toBe(row.orgs!.reduce((acc, o) => acc + big(o[field.name!]), 0n));
      }
      if (field.totalName === null || field.monthName === null) continue;
      expect(big(body[field.totalName])).toBe(body.usage.reduce((acc, row) => acc + big(row[field.monthName!]), 0n));
    }
  });

  it('omits org details unless asked and defaults end_month to the current month', async () => {
    const res = await call(sim, SUMMARY, { start_month: '2026-02-01T00:00:00Z' });
    expect(res.status).toBe(200);
    expect(res.json.usage.map((row: Row) => row.date)).toEqual([
      '2026-02-01T00:00:00+00:00',
      '2026-03-01T00:00:00+00:00',
    ]);
    expect(res.json.usage[0]).not.toHaveProperty('orgs');
    expect(res.json.last_updated).toBe('2026-03-10T11:00:00+00:00');
  });

  it('agrees with hourly usage for one org, month and field', async () => {
    const parent = sim.world.parent;
    const { records } = await walkHourly(sim, {
      'filter[timestamp][start]': '2026-02-01T00',
      'filter[timestamp][end]': '2026-03-01T00',
      'filter[product_families]': 'infra_hosts,logs',
    });
    expect(records).toHaveLength(2 * 28 * 24);
    const series = (family: string, usageType: string): number[] =>
      records
        .filter((r) => r.attributes.product_family === family)
        .map((r) => r.attributes.measurements.find((m: { usage_type: string }) => m.usage_type === usageType).value)
        .filter((v): v is number => v !== null);
    const hosts = series('infra_hosts', 'agent_host_count').sort((a, b) => a - b);
    const top99p = hosts[Math.ceil(0.99 * hosts.length) - 1];
    const bytes = series('logs', 'ingested_events_bytes').reduce((acc, v) => acc + BigInt(v), 0n);

    const res = await call(sim, SUMMARY, {
      start_month: '2026-02',
      end_month: '2026-02',
      include_org_details: 'true',
    });
    const body = parseWithBigInts(res.text) as { usage: Row[] };
    const org = body.usage[0]!.orgs!.find((o) => o.public_id === parent.publicId)!;
    expect(org.agent_host_top99p).toBe(top99p);
    expect(big(org.ingested_events_bytes_sum)).toBe(bytes);
  });

  it('every figure of every org agrees with GetHourlyUsage (all fields, a closed month)', async () => {
    const families = [...new Set(SUMMARY_FIELDS.map((f) => f.family))].sort();
    const res = await call(sim, SUMMARY, { start_month: '2026-02', end_month: '2026-02', include_org_details: 'true' });
    const body = parseWithBigInts(res.text) as Row & { usage: Row[] };
    const month = body.usage[0]!;
    const mobile = sim.world.orgs.find((o) => o.name === 'Acme Mobile')!;
    let compared = 0;
    for (const org of [sim.world.parent, mobile]) {
      const { records } = await walkHourly(
        sim,
        {
          'filter[timestamp][start]': '2026-02-01T00',
          'filter[timestamp][end]': '2026-03-01T00',
          'filter[product_families]': families.join(','),
        },
        org,
      );
      expect(records).toHaveLength(families.length * 28 * 24);
      const summaryOrg = month.orgs!.find((o) => o.public_id === org.publicId)!;
      for (const field of SUMMARY_FIELDS) {
        if (field.name === null) continue;
        const values = records
          .filter((r) => r.attributes.product_family === field.family)
          .map(
            (r) =>
              r.attributes.measurements.find((m: { usage_type: string }) => m.usage_type === field.usageType)!.value,
          )
          .filter((v: number | null): v is number => v !== null);
        expect(big(summaryOrg[field.name]), `${org.name} ${field.name}`).toBe(
          expectedFigure(values, field.aggregation),
        );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(140);
    // Fields reported only over the range add up every org's monthly figure.
    const from = Date.UTC(2026, 1, 1);
    for (const field of SUMMARY_FIELDS.filter((f) => f.name === null)) {
      let expected = 0n;
      for (const org of sim.world.orgs) {
        expected += expectedFigure(
          hourlyValues(org.publicId, field.family, field.usageType, from, Date.UTC(2026, 2, 1)),
          field.aggregation,
        );
      }
      expect(big(body[field.totalName!]), field.totalName!).toBe(expected);
    }
  });

  it('reports the high-water mark of hourly values for *_hwm fields', async () => {
    const res = await call(sim, SUMMARY, { start_month: '2026-01', end_month: '2026-01', include_org_details: 'true' });
    const body = parseWithBigInts(res.text) as { usage: Row[] };
    const org = body.usage[0]!.orgs!.find((o) => o.public_id === sim.world.parent.publicId)!;
    const values = hourlyValues(
      sim.world.parent.publicId,
      'infra_hosts',
      'container_count',
      Date.UTC(2026, 0, 1),
      Date.UTC(2026, 1, 1),
    );
    expect(big(org.container_hwm)).toBe(BigInt(Math.max(...values)));
    expect(big(org.container_hwm)).toBeGreaterThan(big(org.container_avg));
  });

  it('writes top-level byte totals beyond 2^53 exactly', async () => {
    const res = await call(sim, SUMMARY, { start_month: '2025-10', end_month: '2026-02' });
    const body = parseWithBigInts(res.text) as Row;
    let expected = 0n;
    for (const org of sim.world.orgs) {
      for (const v of hourlyValues(
        org.publicId,
        'logs',
        'ingested_events_bytes',
        Date.UTC(2025, 9, 1),
        Date.UTC(2026, 2, 1),
      )) {
        expected += BigInt(v);
      }
    }
    expect(expected).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER));
    expect(body.ingested_events_bytes_agg_sum).toBe(expected);
    expect(res.text).toContain(`"ingested_events_bytes_agg_sum":${expected.toString()}`);
  });

  it('a pinned hourly value shows in the next summary (figures are never served stale)', async () => {
    const params = { start_month: '2025-11', end_month: '2025-11', include_org_details: 'true' };
    const parent = sim.world.parent.publicId;
    const first = parseWithBigInts((await call(sim, SUMMARY, params)).text) as { usage: Row[] };
    const before = first.usage[0]!.orgs!.find((o) => o.public_id === parent)!;
    sim.world.setValue(parent, 'synthetics_api', 'check_calls_count', new Date(Date.UTC(2025, 10, 5, 3)), 0);
    sim.world.setValue(parent, 'synthetics_api', 'check_calls_count', new Date(Date.UTC(2025, 10, 5, 4)), 5e12);
    const second = parseWithBigInts((await call(sim, SUMMARY, params)).text) as { usage: Row[] };
    const after = second.usage[0]!.orgs!.find((o) => o.public_id === parent)!;
    expect(big(after.synthetics_check_calls_count_sum)).not.toBe(big(before.synthetics_check_calls_count_sum));
    const values = hourlyValues(
      parent,
      'synthetics_api',
      'check_calls_count',
      Date.UTC(2025, 10, 1),
      Date.UTC(2025, 11, 1),
    );
    expect(big(after.synthetics_check_calls_count_sum)).toBe(expectedFigure(values, 'sum'));
  });

  it('answers only parent-org keys, checked before the parameters (as Datadog does)', async () => {
    for (const child of sim.world.orgs.slice(1)) {
      for (const params of [{ start_month: '2026-02' }, {}, { start_month: 'March' }] as Array<
        Record<string, string>
      >) {
        const res = await call(sim, SUMMARY, params, child);
        expect(res.status).toBe(400);
        expect(res.json).toEqual({
          errors: ['API called with non-parent org keys. Data is only available at the root level org'],
        });
      }
    }
  });

  it('answers only parent-org keys (billable summary too)', async () => {
    for (const child of sim.world.orgs.slice(1)) {
      const res = await call(sim, '/api/v1/usage/billable-summary', { month: 'never' }, child);
      expect(res.status).toBe(400);
      expect(res.json).toEqual({
        errors: ['API called with non-parent org keys. Data is only available at the root level org'],
      });
    }
  });

  it('validates months', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{}, /The parameter 'start_month' is required/],
      [{ start_month: 'March' }, /start_month.*\[YYYY-MM\].*'March'/],
      [{ start_month: '2024-11' }, /at most 15 months ago \(2024-12 or later\), got '2024-11'/],
      [{ start_month: '2026-02', end_month: '2026-01' }, /end_month \[YYYY-MM\] must not be before start_month/],
      [{ start_month: '2026-02', include_org_details: 'maybe' }, /include_org_details.*true or false/],
    ];
    for (const [params, message] of cases) {
      const res = await call(sim, SUMMARY, params);
      expect(res.status).toBe(400);
      expect(res.json.errors[0]).toMatch(message);
    }
    const oldest = await call(sim, SUMMARY, { start_month: '2024-12', end_month: '2024-12' });
    expect(oldest.status).toBe(200);
    expect(oldest.json.usage).toHaveLength(1);
  });
});
