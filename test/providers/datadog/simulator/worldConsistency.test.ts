import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateHourly, startSimulator } from '../../../../src/providers/datadog/simulator/index.js';
import type { SimOrg, Simulator } from '../../../../src/providers/datadog/simulator/index.js';
import { NOW, SUMMARY, call, parseWithBigInts, walkHourly } from './simHttp.js';

/**
 * One world: for a closed month, the figures of every endpoint on this branch, read over REST only
 * (as a BI user cross-checking them would), agree with each other:
 * - GET /api/v2/usage/hourly_usage, walked for the whole month with each org's own keys, is the
 *   ground truth;
 * - GET /api/v1/usage/summary: each org's p99 host counts, average containers and custom time
 *   series, and summed log bytes/events are those of its hourly values; month rows add up the orgs;
 * - GET /api/v1/usage/top_avg_metrics: the custom metrics' averages add up to the summary's
 *   custom_ts_avg (per org with its keys, for the account with the parent's), also day by day;
 *   standard metrics are per-host multiples of the account's hourly host count; the custom
 *   metrics' peaks cover the peak hour.
 */
const MONTH = '2026-02';
const FROM = Date.parse('2026-02-01T00:00:00Z');
const TO = Date.parse('2026-03-01T00:00:00Z');
const HOURS = (TO - FROM) / 3_600_000;
const TOP = '/api/v1/usage/top_avg_metrics';

/** Hourly values of one org: family -> usage type -> hour ms -> value. */
type Series = Map<string, Map<string, Map<number, number | null>>>;

interface TopMetric {
  metric_category: string;
  metric_name: string;
  max_metric_hour: number;
  avg_metric_hour: number;
}

let sim: Simulator;
const hourly = new Map<string, Series>();

beforeAll(async () => {
  sim = await startSimulator({ now: NOW });
  for (const org of sim.world.orgs) {
    const { records } = await walkHourly(
      sim,
      {
        'filter[timestamp][start]': '2026-02-01T00',
        'filter[timestamp][end]': '2026-03-01T00',
        'filter[product_families]': 'infra_hosts,logs,timeseries',
      },
      org,
    );
    const series: Series = new Map();
    for (const { attributes: a } of records as Array<{
      attributes: {
        public_id: string;
        product_family: string;
        timestamp: string;
        measurements: Array<{ usage_type: string; value: number | null }>;
      };
    }>) {
      expect(a.public_id).toBe(org.publicId);
      const family = series.get(a.product_family) ?? new Map<string, Map<number, number | null>>();
      series.set(a.product_family, family);
      for (const m of a.measurements) {
        const values = family.get(m.usage_type) ?? new Map<number, number | null>();
        family.set(m.usage_type, values);
        values.set(Date.parse(a.timestamp), m.value);
      }
    }
    hourly.set(org.publicId, series);
  }
}, 60_000);
afterAll(() => sim.stop());

/** The org's non-null hourly values of a usage type in [from, to), from the REST walk. */
function values(org: SimOrg, family: string, usageType: string, from = FROM, to = TO): number[] {
  const byHour = hourly.get(org.publicId)?.get(family)?.get(usageType);
  if (!byHour) throw new Error(`no hourly ${family}.${usageType} for ${org.name}`);
  const out: number[] = [];
  for (const [t, v] of byHour) if (t >= from && t < to && v !== null) out.push(v);
  return out;
}

async function topAverageMetrics(params: Record<string, string>, org: SimOrg = sim.world.parent): Promise<TopMetric[]> {
  const res = await call(sim, TOP, { ...params, limit: '5000' }, org);
  expect(res.status, res.text).toBe(200);
  expect(res.json.metadata.pagination.next_record_id).toBeNull();
  return res.json.usage as TopMetric[];
}

const customSum = (records: TopMetric[]): number =>
  records.filter((r) => r.metric_category === 'custom').reduce((a, r) => a + r.avg_metric_hour, 0);

describe(`one world: hourly usage, usage summary and top average metrics agree for ${MONTH}`, () => {
  it('the hourly walk covers every hour of the month for every org', () => {
    for (const org of sim.world.orgs) {
      expect(hourly.get(org.publicId)?.get('timeseries')?.get('num_custom_timeseries')?.size).toBe(HOURS);
    }
  });

  it("the usage summary's per-org figures are those of the hourly values, and month rows add up the orgs", async () => {
    const res = await call(sim, SUMMARY, { start_month: MONTH, end_month: MONTH, include_org_details: 'true' });
    expect(res.status).toBe(200);
    const body = parseWithBigInts(res.text) as {
      usage: Array<Record<string, unknown> & { orgs: Array<Record<string, unknown>> }>;
    } & Record<string, unknown>;
    const [month] = body.usage;
    const checks: Array<[string, string, string, 'top99p' | 'avg' | 'sum']> = [
      ['infra_host_top99p', 'infra_hosts', 'host_count', 'top99p'],
      ['agent_host_top99p', 'infra_hosts', 'agent_host_count', 'top99p'],
      ['apm_host_top99p', 'infra_hosts', 'apm_host_count', 'top99p'],
      ['container_avg', 'infra_hosts', 'container_count', 'avg'],
      ['ingested_events_bytes_sum', 'logs', 'ingested_events_bytes', 'sum'],
      ['indexed_events_count_sum', 'logs', 'indexed_events_count', 'sum'],
      ['custom_ts_avg', 'timeseries', 'num_custom_timeseries', 'avg'],
    ];
    for (const [field, family, usageType, aggregation] of checks) {
      let total = 0n;
      for (const org of sim.world.orgs) {
        const row = month!.orgs.find((o) => o.public_id === org.publicId)!;
        const expected = aggregateHourly(values(org, family, usageType), aggregation);
        expect(BigInt(row[field] as number | bigint), `${org.name} ${field}`).toBe(expected);
        total += expected;
      }
      expect(BigInt(month![field] as number | bigint), field).toBe(total);
    }
    expect(BigInt(body.custom_ts_sum as number | bigint)).toBe(BigInt(month!.custom_ts_avg as number | bigint));
  });

  it('the custom metrics of top_avg_metrics add up to custom_ts_avg: for the account (parent keys) and for each child org (its keys)', async () => {
    const summary = await call(sim, SUMMARY, { start_month: MONTH, end_month: MONTH, include_org_details: 'true' });
    const month = summary.json.usage[0] as {
      custom_ts_avg: number;
      orgs: Array<{ public_id: string; custom_ts_avg: number }>;
    };
    expect(customSum(await topAverageMetrics({ month: MONTH }))).toBe(month.custom_ts_avg);
    let fromHourly = 0;
    for (const org of sim.world.orgs) {
      const own = Number(aggregateHourly(values(org, 'timeseries', 'num_custom_timeseries'), 'avg'));
      fromHourly += own;
      // Parent keys see the whole account (checked above); a child's keys see that org alone.
      if (org !== sim.world.parent)
        expect(customSum(await topAverageMetrics({ month: MONTH }, org)), org.name).toBe(own);
      expect(month.orgs.find((o) => o.public_id === org.publicId)!.custom_ts_avg).toBe(own);
    }
    expect(month.custom_ts_avg).toBe(fromHourly);
  });

  it("day by day, the custom metrics add up to the day's average of the hourly custom time series", async () => {
    for (const day of ['2026-02-01', '2026-02-14', '2026-02-28']) {
      const from = Date.parse(`${day}T00:00:00Z`);
      const expected = sim.world.orgs.reduce(
        (a, org) =>
          a +
          Number(aggregateHourly(values(org, 'timeseries', 'num_custom_timeseries', from, from + 86_400_000), 'avg')),
        0,
      );
      expect(customSum(await topAverageMetrics({ day })), day).toBe(expected);
    }
  });

  it('standard metrics are per-host multiples of the hourly account host count; custom peaks cover the peak hour', async () => {
    const hostsPerHour: number[] = [];
    const customPerHour: number[] = [];
    for (let t = FROM; t < TO; t += 3_600_000) {
      const at = (org: SimOrg, family: string, type: string): number =>
        hourly.get(org.publicId)?.get(family)?.get(type)?.get(t) ?? 0;
      hostsPerHour.push(sim.world.orgs.reduce((a, o) => a + at(o, 'infra_hosts', 'host_count'), 0));
      customPerHour.push(sim.world.orgs.reduce((a, o) => a + at(o, 'timeseries', 'num_custom_timeseries'), 0));
    }
    const mean = Number(aggregateHourly(hostsPerHour, 'avg'));
    const peak = Math.max(...hostsPerHour);
    const records = await topAverageMetrics({ month: MONTH });
    const standard = records.filter((r) => r.metric_category === 'standard');
    expect(standard.length).toBeGreaterThan(0);
    for (const r of standard) {
      const perHost = r.avg_metric_hour / mean;
      expect(Number.isInteger(perHost) && perHost >= 1, r.metric_name).toBe(true);
      expect(r.max_metric_hour, r.metric_name).toBe(perHost * peak);
    }
    const customPeaks = records
      .filter((r) => r.metric_category === 'custom')
      .reduce((a, r) => a + r.max_metric_hour, 0);
    expect(customPeaks).toBeGreaterThanOrEqual(Math.max(...customPerHour));
    for (const r of records) expect(r.max_metric_hour).toBeGreaterThanOrEqual(r.avg_metric_hour);
  });
});
