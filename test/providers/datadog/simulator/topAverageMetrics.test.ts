import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../src/providers/datadog/simulator/index.js';
import type { SimOrg, Simulator } from '../../../../src/providers/datadog/simulator/index.js';
import { NOW, SUMMARY, call, keysOf } from './simHttp.js';

const TOP = '/api/v1/usage/top_avg_metrics';
const HOUR = 3_600_000;

interface Metric {
  metric_category: string;
  metric_name: string;
  max_metric_hour: number;
  avg_metric_hour: number;
}
interface Body {
  usage: Metric[];
  metadata: {
    month?: string;
    day?: string;
    pagination: { next_record_id: string | null; limit: number; total_number_of_records: number };
  };
}

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ now: NOW });
});
afterAll(() => sim.stop());
beforeEach(() => sim.configure({ maxPageSize: 500 }));

async function top(params: Record<string, string>, org: SimOrg = sim.world.parent): Promise<Body> {
  const res = await call(sim, TOP, params, org);
  expect(res.status, res.text).toBe(200);
  return res.json as Body;
}

/** GET with a raw query string (for repeated parameters). */
async function topRaw(qs: string): Promise<Body> {
  const res = await fetch(`${sim.url}${TOP}?${qs}`, { headers: keysOf(sim.world.parent) });
  expect(res.status).toBe(200);
  return (await res.json()) as Body;
}

/** Follows next_record_id to the end. */
async function walk(params: Record<string, string>, org?: SimOrg): Promise<{ records: Metric[]; pages: Body[] }> {
  const pages: Body[] = [];
  let next: string | null = null;
  do {
    const page = await top(next ? { ...params, next_record_id: next } : params, org);
    pages.push(page);
    next = page.metadata.pagination.next_record_id;
  } while (next && pages.length < 1000);
  return { records: pages.flatMap((p) => p.usage), pages };
}

/** Σ over `orgs` of the rounded mean of the non-null num_custom_timeseries in [from, to). */
function customAverage(orgs: readonly SimOrg[], from: Date, to: Date): number {
  let total = 0;
  for (const org of orgs) {
    const values: number[] = [];
    for (let t = from.getTime(); t < to.getTime(); t += HOUR) {
      const v = sim.world.value(org.publicId, 'timeseries', 'num_custom_timeseries', new Date(t));
      if (typeof v === 'number') values.push(v);
    }
    if (values.length > 0) total += Math.round(values.reduce((a, b) => a + b, 0) / values.length);
  }
  return total;
}

const sum = (records: Metric[], category: string): number =>
  records.filter((r) => r.metric_category === category).reduce((a, r) => a + r.avg_metric_hour, 0);

describe('GET /api/v1/usage/top_avg_metrics: parameters', () => {
  it("answers the recorded 400 without month or day: The parameter 'month/day' is required", async () => {
    const res = await call(sim, TOP, {});
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ errors: ["The parameter 'month/day' is required"] });
  });

  it.each([
    [
      { month: '2026-02', day: '2026-02-03' },
      /'month' and 'day' are mutually exclusive.*month '2026-02' and day '2026-02-03'/,
    ],
    [{ month: 'February' }, /parameter 'month': expected .*\[YYYY-MM\], got 'February'/],
    [{ day: '2026-02-30' }, /parameter 'day': expected .*\[YYYY-MM-DD\], got '2026-02-30'/],
    [{ month: '2026-02', limit: '0' }, /parameter 'limit': expected an integer between 1 and 5000, got '0'/],
    [{ month: '2026-02', limit: '5001' }, /got '5001'/],
    [{ month: '2026-02', limit: 'ten' }, /got 'ten'/],
    [
      { month: '2024-11' },
      /parameter 'month': expected a month at most 15 months ago \(2024-12 or later\), got '2024-11'/,
    ],
    [
      { day: '2024-12-09' },
      /parameter 'day': expected a day at most 15 months ago \(2024-12-10 or later\), got '2024-12-09'/,
    ],
    [{ month: '2026-02', next_record_id: 'bm9wZQ' }, /parameter 'next_record_id': expected a next_record_id returned/],
  ])('400 for %j', async (params, message) => {
    const res = await call(sim, TOP, params);
    expect(res.status).toBe(400);
    expect((res.json as { errors: string[] }).errors[0]).toMatch(message);
  });

  it('accepts the oldest retained month and day, and the date-time form the official client sends', async () => {
    expect((await top({ month: '2024-12' })).metadata.month).toBe('2024-12-01T00:00:00+00:00');
    expect((await top({ day: '2024-12-10' })).usage.length).toBeGreaterThan(0);
    const byDay = await top({ day: '2026-03-05T17:41:20.876Z' });
    expect(byDay.metadata).toEqual({
      pagination: { next_record_id: null, limit: 500, total_number_of_records: byDay.usage.length },
      day: '2026-03-05T00:00:00+00:00',
    });
    expect(await top({ day: '2026-03-05' })).toEqual(byDay);
    expect(await top({ month: '2026-02-14T09:00:00Z' })).toEqual(await top({ month: '2026-02' }));
  });

  it('a month or day without reported hours yet lists nothing', async () => {
    const future = await top({ day: '2026-03-11' });
    expect(future.usage).toEqual([]);
    expect(future.metadata.pagination).toEqual({ next_record_id: null, limit: 500, total_number_of_records: 0 });
    expect((await top({ month: '2026-04' })).usage).toEqual([]);
  });
});

describe('GET /api/v1/usage/top_avg_metrics: records', () => {
  it('lists a few hundred standard and custom metrics, ordered by avg_metric_hour descending then name', async () => {
    const { usage, metadata } = await top({ month: '2026-02' });
    expect(usage.length).toBeGreaterThan(200);
    expect(metadata.pagination.total_number_of_records).toBe(usage.length);
    expect(new Set(usage.map((r) => r.metric_category))).toEqual(new Set(['standard', 'custom']));
    expect(usage.map((r) => r.metric_name)).toContain('system.cpu.user');
    expect(usage.some((r) => /^app\.checkout\./.test(r.metric_name))).toBe(true);
    expect(new Set(usage.map((r) => r.metric_name)).size).toBe(usage.length);
    for (const r of usage) {
      expect(Object.keys(r)).toEqual(['metric_category', 'metric_name', 'max_metric_hour', 'avg_metric_hour']);
      expect(Number.isSafeInteger(r.avg_metric_hour) && Number.isSafeInteger(r.max_metric_hour)).toBe(true);
      expect(r.max_metric_hour).toBeGreaterThanOrEqual(r.avg_metric_hour);
      expect(r.max_metric_hour).toBeGreaterThan(0);
    }
    for (let i = 1; i < usage.length; i++) {
      const [a, b] = [usage[i - 1]!, usage[i]!];
      expect(
        a.avg_metric_hour > b.avg_metric_hour ||
          (a.avg_metric_hour === b.avg_metric_hour && a.metric_name < b.metric_name),
      ).toBe(true);
    }
  });

  it('is deterministic for a seed, and a day differs from its month', async () => {
    const other = await startSimulator({ now: NOW });
    try {
      const res = await call(other, TOP, { month: '2026-02' }, other.world.parent);
      expect(res.json).toEqual(await top({ month: '2026-02' }));
    } finally {
      await other.stop();
    }
    const day = await top({ day: '2026-02-10' });
    expect(day.usage).not.toEqual((await top({ month: '2026-02' })).usage);
  });

  it('names selects those metrics, as names=a,b or as repeated names=; unknown names are simply absent', async () => {
    const all = (await top({ month: '2026-02' })).usage;
    const picked = [all[3]!, all[40]!, all[100]!];
    const wanted = [picked[2]!.metric_name, picked[0]!.metric_name, 'no.such.metric', picked[1]!.metric_name];
    const comma = await top({ month: '2026-02', names: wanted.join(',') });
    expect(comma.usage).toEqual(picked);
    expect(comma.metadata.pagination.total_number_of_records).toBe(3);
    const repeated = await topRaw(`month=2026-02&${wanted.map((n) => `names=${encodeURIComponent(n)}`).join('&')}`);
    expect(repeated).toEqual(comma);
    const mixed = await topRaw(
      `month=2026-02&names=${wanted.slice(0, 2).join(',')}&names=${wanted.slice(2).join(',')}`,
    );
    expect(mixed).toEqual(comma);
    expect((await top({ month: '2026-02', names: 'no.such.metric' })).usage).toEqual([]);
  });

  it('child-org keys see their own org only', async () => {
    const child = sim.world.orgs[2]!;
    const month = new Date('2026-02-01T00:00:00Z');
    const records = (await top({ month: '2026-02' }, child)).usage;
    expect(sum(records, 'custom')).toBe(customAverage([child], month, new Date('2026-03-01T00:00:00Z')));
    expect(records).not.toEqual((await top({ month: '2026-02' })).usage);
  });
});

describe('GET /api/v1/usage/top_avg_metrics: paging', () => {
  it('limit pages with next_record_id to the end: every record once, in order, the last page says null', async () => {
    const all = (await top({ month: '2026-02' })).usage;
    const { records, pages } = await walk({ month: '2026-02', limit: '7' });
    expect(records).toEqual(all);
    expect(pages).toHaveLength(Math.ceil(all.length / 7));
    expect(
      pages.slice(0, -1).every((p) => p.usage.length === 7 && typeof p.metadata.pagination.next_record_id === 'string'),
    ).toBe(true);
    expect(
      pages.every(
        (p) => p.metadata.pagination.limit === 7 && p.metadata.pagination.total_number_of_records === all.length,
      ),
    ).toBe(true);
    expect(pages.at(-1)!.metadata.pagination.next_record_id).toBeNull();
  });

  it('the maxPageSize knob caps pages whatever limit asks; the cursor works with another limit', async () => {
    sim.configure({ maxPageSize: 50 });
    const all = (await walk({ day: '2026-03-01', limit: '5000' })).records;
    const first = await top({ day: '2026-03-01', limit: '5000' });
    expect(first.usage).toHaveLength(50);
    const second = await top({
      day: '2026-03-01',
      limit: '3',
      next_record_id: first.metadata.pagination.next_record_id!,
    });
    expect(second.usage).toEqual(all.slice(50, 53));
  });

  it('a cursor replayed with other parameters or other keys is refused', async () => {
    const first = await top({ month: '2026-02', limit: '5' });
    const cursor = first.metadata.pagination.next_record_id!;
    for (const [params, org] of [
      [{ month: '2026-01', next_record_id: cursor }, sim.world.parent],
      [{ month: '2026-02', names: 'system.cpu.user', next_record_id: cursor }, sim.world.parent],
      [{ month: '2026-02', next_record_id: cursor }, sim.world.orgs[1]!],
    ] as const) {
      const res = await call(sim, TOP, params, org);
      expect(res.status).toBe(400);
      expect((res.json as { errors: string[] }).errors[0]).toMatch(
        /issued for different query parameters|expected a next_record_id/,
      );
    }
  });
});

describe('GET /api/v1/usage/top_avg_metrics: one world', () => {
  it('custom avg_metric_hour of a month add up to Σ over orgs of the month average of num_custom_timeseries, the summary custom_ts_avg', async () => {
    for (const month of ['2025-12', '2026-02', '2026-03']) {
      const from = new Date(`${month}-01T00:00:00Z`);
      const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
      const records = (await top({ month })).usage;
      const expected = customAverage(sim.world.orgs, from, to);
      expect(expected).toBeGreaterThan(0);
      expect(sum(records, 'custom')).toBe(expected);
      const summary = await call(sim, SUMMARY, { start_month: month, end_month: month });
      expect(sum(records, 'custom')).toBe(Number(summary.json.usage[0].custom_ts_avg));
    }
  });

  it("a day uses that day's hours only (and only the reported ones of the current day)", async () => {
    for (const day of ['2026-02-10', '2026-03-10']) {
      const from = new Date(`${day}T00:00:00Z`);
      const records = (await top({ day })).usage;
      expect(sum(records, 'custom')).toBe(customAverage(sim.world.orgs, from, new Date(from.getTime() + 24 * HOUR)));
    }
  });

  it('standard metrics are per-host multiples of the account host count: avg of its mean, max of its peak', async () => {
    const from = new Date('2026-02-10T00:00:00Z').getTime();
    const perHour: number[] = [];
    for (let t = from; t < from + 24 * HOUR; t += HOUR) {
      perHour.push(
        sim.world.orgs.reduce(
          (a, o) => a + (sim.world.value(o.publicId, 'infra_hosts', 'host_count', new Date(t)) ?? 0),
          0,
        ),
      );
    }
    const mean = Math.round(perHour.reduce((a, b) => a + b, 0) / perHour.length);
    const peak = Math.max(...perHour);
    const standard = (await top({ day: '2026-02-10' })).usage.filter((r) => r.metric_category === 'standard');
    expect(standard.length).toBeGreaterThanOrEqual(30);
    for (const r of standard) {
      const perHost = r.avg_metric_hour / mean;
      expect(Number.isInteger(perHost) && perHost >= 1).toBe(true);
      expect(r.max_metric_hour).toBe(perHost * peak);
    }
  });

  it("custom max_metric_hour follows the hours: a child's metrics together peak at least at its peak hour", async () => {
    const child = sim.world.orgs[3]!;
    const from = new Date('2026-02-10T00:00:00Z').getTime();
    let peak = 0;
    for (let t = from; t < from + 24 * HOUR; t += HOUR) {
      peak = Math.max(
        peak,
        sim.world.value(child.publicId, 'timeseries', 'num_custom_timeseries', new Date(t)) as number,
      );
    }
    const custom = (await top({ day: '2026-02-10' }, child)).usage.filter((r) => r.metric_category === 'custom');
    expect(custom.reduce((a, r) => a + r.max_metric_hour, 0)).toBeGreaterThanOrEqual(peak);
    // Pinning one hour far above the rest moves the peak, and the average by exactly its share.
    const before = sum(custom, 'custom');
    const pinnedHour = new Date(from + 5 * HOUR);
    const original = sim.world.value(child.publicId, 'timeseries', 'num_custom_timeseries', pinnedHour) as number;
    sim.world.setValue(child.publicId, 'timeseries', 'num_custom_timeseries', pinnedHour, peak * 100);
    try {
      const after = (await top({ day: '2026-02-10' }, child)).usage;
      expect(sum(after, 'custom')).toBe(customAverage([child], new Date(from), new Date(from + 24 * HOUR)));
      expect(sum(after, 'custom')).toBeGreaterThan(before);
      expect(
        after.filter((r) => r.metric_category === 'custom').reduce((a, r) => a + r.max_metric_hour, 0),
      ).toBeGreaterThanOrEqual(peak * 100);
    } finally {
      sim.world.setValue(child.publicId, 'timeseries', 'num_custom_timeseries', pinnedHour, original);
    }
  });
});
