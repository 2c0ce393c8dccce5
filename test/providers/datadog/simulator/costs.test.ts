import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../../src/providers/datadog/simulator/index.js';
import { BILLING_DIMENSIONS } from '../../../../src/providers/datadog/simulator/billingCatalog.js';
import { NOW, call, walkHourly } from './simHttp.js';

const HISTORICAL = '/api/v2/usage/historical_cost';
const ESTIMATED = '/api/v2/usage/estimated_cost';
const PROJECTED = '/api/v2/usage/projected_cost';
const ATTRIBUTION = '/api/v2/cost_by_tag/monthly_cost_attribution';
const ACTIVE = '/api/v2/cost_by_tag/active_billing_dimensions';
const MAPPING = '/api/v2/usage/billing_dimension_mapping';
const NON_PARENT = 'API called with non-parent org keys. Data is only available at the root level org';

interface Charge {
  product_name: string;
  charge_type: string;
  cost: number;
}
interface Row {
  type: string;
  id: string;
  attributes: {
    org_name: string;
    public_id: string;
    date: string;
    total_cost?: number;
    projected_total_cost?: number;
    charges: Charge[];
  };
}

const micros = (x: number): number => Math.round(x * 1e6);
const charge = (row: Row, product: string, type: string): number =>
  row.attributes.charges.find((c) => c.product_name === product && c.charge_type === type)?.cost ?? NaN;

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ now: NOW }); // 2026-03-10T12: February closed but not final until 03-16
});
afterAll(() => sim.stop());

async function rows(path: string, params: Record<string, string>): Promise<Row[]> {
  const res = await call(sim, path, params);
  expect(res.status, res.text).toBe(200);
  return res.json.data as Row[];
}

describe('cost endpoints: parameters and errors', () => {
  it.each([
    [HISTORICAL, {}, "The parameter 'start_month' is required"],
    [HISTORICAL, { start_month: 'Feb' }, "Invalid value for the parameter 'start_month': expected an ISO-8601"],
    [
      HISTORICAL,
      { start_month: '2026-01', view: 'org' },
      "Invalid value for the parameter 'view': expected 'summary' or 'sub-org', got 'org'",
    ],
    [
      HISTORICAL,
      { start_month: '2024-12' },
      "expected a month within the 15-month retention (2025-01 or later), got '2024-12'",
    ],
    [HISTORICAL, { start_month: '2026-02', end_month: '2026-01' }, 'end_month must not be before start_month'],
    [ESTIMATED, { start_month: '2026-02', start_date: '2026-03-01' }, 'Specify start_month or start_date, not both'],
    [ESTIMATED, {}, 'One of the parameters start_month or start_date is required'],
    [ESTIMATED, { start_month: '2025-12' }, "expected at most 2 months in the past (2026-01 or later), got '2025-12'"],
    [
      ESTIMATED,
      { start_date: '2025-12-31' },
      "expected at most 2 months in the past (2026-01 or later), got '2025-12-31'",
    ],
    [ESTIMATED, { start_month: '2026-02', end_date: '2026-03-01' }, 'end_date goes with start_date'],
    [ESTIMATED, { start_date: '2026-02-01', cost_aggregation: 'sum' }, "expected 'cumulative', got 'sum'"],
    [PROJECTED, { view: 'all' }, "Invalid value for the parameter 'view'"],
    [ATTRIBUTION, { start_month: '2026-01' }, "The parameter 'fields' is required"],
    [ATTRIBUTION, { start_month: '2026-01', fields: 'not_a_product' }, "unknown field 'not_a_product'"],
    [
      ATTRIBUTION,
      { start_month: '2026-01', fields: '*', sort_name: 'nope' },
      "Invalid value for the parameter 'sort_name'",
    ],
    [ATTRIBUTION, { start_month: '2026-01', fields: '*', sort_direction: 'up' }, "expected 'desc' or 'asc', got 'up'"],
    [
      ATTRIBUTION,
      { start_month: '2026-01', fields: '*', next_record_id: 'bogus' },
      "Invalid value for the parameter 'next_record_id'",
    ],
  ])('%s %j -> 400', async (path, params, message) => {
    const res = await call(sim, path, params);
    expect(res.status).toBe(400);
    expect(res.json.errors).toHaveLength(1);
    expect(res.json.errors[0]).toContain(message);
  });

  it('parent-only endpoints answer child-org keys with the recorded 400, before looking at the parameters', async () => {
    const child = sim.world.orgs[1]!;
    for (const [path, params] of [
      [HISTORICAL, { start_month: '2026-01' }],
      [ESTIMATED, { view: 'sub-org', start_month: '2026-02', start_date: '2026-02-01' }], // recorded with both
      [PROJECTED, {}],
      [ATTRIBUTION, { start_month: '2026-01', end_month: '2026-01', fields: 'not_a_product' }], // recorded
    ] as const) {
      const res = await call(sim, path, params, child);
      expect(res.status).toBe(400);
      expect(res.json).toEqual({ errors: [NON_PARENT] });
    }
    // The mapping answers a JSON:API error object (recorded shape).
    const mapping = await call(sim, MAPPING, {}, child);
    expect(mapping.status).toBe(400);
    expect(mapping.json).toEqual({
      errors: [
        {
          id: null,
          links: null,
          status: '400',
          code: null,
          title: 'Bad Request',
          detail: NON_PARENT,
          source: null,
          meta: null,
        },
      ],
    });
    // Active billing dimensions needs only usage_read: child keys are served.
    expect((await call(sim, ACTIVE, {}, child)).status).toBe(200);
  });

  it('accepts months and days as the official clients send them (full ISO-8601 date-times)', async () => {
    const a = await rows(HISTORICAL, { start_month: '2026-01-21T21:58:43.871Z', end_month: '2026-01' });
    const b = await rows(HISTORICAL, { start_month: '2026-01', end_month: '2026-01' });
    expect(a).toEqual(b);
    expect(a).toHaveLength(1); // summary is the default view
    expect(a[0]!.attributes.date).toBe('2026-01-01T00:00:00+00:00');
  });
});

describe('cost endpoints: one consistent bill', () => {
  it('historical: closed months only (February included before it is final, March absent)', async () => {
    const data = await rows(HISTORICAL, { start_month: '2026-01', end_month: '2026-03', view: 'sub-org' });
    expect(new Set(data.map((r) => r.attributes.date))).toEqual(
      new Set(['2026-01-01T00:00:00+00:00', '2026-02-01T00:00:00+00:00']),
    );
    expect(data).toHaveLength(2 * sim.world.orgs.length);
    expect(data.every((r) => r.type === 'cost_by_org' && /^[0-9a-f]{64}$/.test(r.id))).toBe(true);
    expect(await rows(HISTORICAL, { start_month: '2026-03' })).toEqual([]); // as recorded for a running month
  });

  it('every row: total = committed + on_demand per product, total_cost = sum of totals (to the micro-dollar)', async () => {
    const data = [
      ...(await rows(HISTORICAL, { start_month: '2026-01', end_month: '2026-02', view: 'sub-org' })),
      ...(await rows(ESTIMATED, { start_month: '2026-02', view: 'summary' })),
    ];
    for (const row of data) {
      const products = [...new Set(row.attributes.charges.map((c) => c.product_name))];
      expect(products).toEqual(BILLING_DIMENSIONS.map((d) => d.id));
      let total = 0;
      for (const p of products) {
        expect(micros(charge(row, p, 'total'))).toBe(
          micros(charge(row, p, 'committed')) + micros(charge(row, p, 'on_demand')),
        );
        total += micros(charge(row, p, 'total'));
      }
      expect(micros(row.attributes.total_cost!)).toBe(total);
    }
  });

  it('the orgs of the sub-org view add up to the summary view, charge by charge', async () => {
    for (const [path, params] of [
      [HISTORICAL, { start_month: '2026-01', end_month: '2026-02' }],
      [ESTIMATED, { start_month: '2026-02' }],
      [PROJECTED, {}],
    ] as const) {
      const orgs = await rows(path, { ...params, view: 'sub-org' });
      const summary = await rows(path, { ...params, view: 'summary' });
      expect(summary.every((r) => r.attributes.public_id === sim.world.parent.publicId)).toBe(true);
      for (const s of summary) {
        const same = orgs.filter((r) => r.attributes.date === s.attributes.date);
        expect(same).toHaveLength(sim.world.orgs.length);
        for (const c of s.attributes.charges) {
          const sum = same.reduce((acc, r) => acc + micros(charge(r, c.product_name, c.charge_type)), 0);
          expect(micros(c.cost), `${path} ${c.product_name} ${c.charge_type}`).toBe(sum);
        }
      }
    }
  });

  it('the estimate of the previous month equals its historical cost; the daily estimates add up to it', async () => {
    const historical = await rows(HISTORICAL, { start_month: '2026-02', end_month: '2026-02', view: 'sub-org' });
    const estimated = await rows(ESTIMATED, { start_month: '2026-02', end_month: '2026-02', view: 'sub-org' });
    expect(estimated.map((r) => r.attributes)).toEqual(historical.map((r) => r.attributes));
    const perDay = await rows(ESTIMATED, { start_date: '2026-02-01', end_date: '2026-02-28', view: 'summary' });
    expect(perDay).toHaveLength(28);
    const monthly = (await rows(ESTIMATED, { start_month: '2026-02', end_month: '2026-02', view: 'summary' }))[0]!;
    for (const c of monthly.attributes.charges) {
      const sum = perDay.reduce((acc, r) => acc + micros(charge(r, c.product_name, c.charge_type)), 0);
      expect(sum, `${c.product_name} ${c.charge_type}`).toBe(micros(c.cost));
    }
    const cumulative = await rows(ESTIMATED, {
      start_date: '2026-02-27',
      end_date: '2026-03-02',
      view: 'summary',
      cost_aggregation: 'cumulative',
    });
    expect(cumulative.map((r) => r.attributes.date)).toEqual([
      '2026-02-27T00:00:00+00:00',
      '2026-02-28T00:00:00+00:00',
      '2026-03-01T00:00:00+00:00',
      '2026-03-02T00:00:00+00:00',
    ]);
    expect(cumulative[1]!.attributes.charges).toEqual(monthly.attributes.charges);
    // A new month starts from zero: the cumulative 1st equals the per-day 1st.
    const firstOfMarch = (
      await rows(ESTIMATED, { start_date: '2026-03-01', end_date: '2026-03-01', view: 'summary' })
    )[0]!;
    expect(cumulative[2]!.attributes).toEqual(firstOfMarch.attributes);
  });

  it('estimates cover the current and previous month only; the current month is month-to-date', async () => {
    const data = await rows(ESTIMATED, { start_month: '2026-01', view: 'summary' });
    expect(data.map((r) => r.attributes.date)).toEqual(['2026-02-01T00:00:00+00:00', '2026-03-01T00:00:00+00:00']);
    const days = await rows(ESTIMATED, { start_date: '2026-03-01', view: 'summary' });
    expect(days.map((r) => r.attributes.date.slice(0, 10))).toEqual(
      Array.from({ length: 10 }, (_, i) => `2026-03-${String(i + 1).padStart(2, '0')}`),
    );
  });

  it('the projection scales the month-to-date sums to the whole month', async () => {
    const projected = (await rows(PROJECTED, { view: 'summary' }))[0]!;
    expect(projected.type).toBe('projected_cost');
    expect(projected.attributes.date).toBe('2026-03-31T00:00:00Z');
    expect(new Set(projected.attributes.charges.map((c) => c.charge_type))).toEqual(
      new Set(['projected_committed', 'projected_on_demand', 'total']),
    );
    const mtd = (await rows(ESTIMATED, { start_month: '2026-03', view: 'summary' }))[0]!;
    // Logs ingestion is billed on a sum: 9.5 days reported of 31, so the projection is about 3x.
    const ratio = charge(projected, 'logs_ingested', 'total') / charge(mtd, 'logs_ingested', 'total');
    expect(ratio).toBeGreaterThan(2.5);
    expect(ratio).toBeLessThan(4);
    expect(micros(projected.attributes.projected_total_cost!)).toBe(
      projected.attributes.charges.filter((c) => c.charge_type === 'total').reduce((a, c) => a + micros(c.cost), 0),
    );
  });

  it("an org's cost follows from its hourly usage and the price list (apm_trace_search: sum, all on demand)", async () => {
    const parent = sim.world.parent;
    const { records } = await walkHourly(sim, {
      'filter[timestamp][start]': '2026-01-01T00',
      'filter[timestamp][end]': '2026-02-01T00',
      'filter[product_families]': 'indexed_spans',
    });
    expect(records).toHaveLength(31 * 24);
    const sum = records.reduce(
      (acc, r) =>
        acc +
        ((r.attributes.measurements as Array<{ usage_type: string; value: number | null }>).find(
          (m) => m.usage_type === 'indexed_events_count',
        )?.value ?? 0),
      0,
    );
    const data = await rows(HISTORICAL, { start_month: '2026-01', end_month: '2026-01', view: 'sub-org' });
    const own = data.find((r) => r.attributes.public_id === parent.publicId)!;
    const dim = BILLING_DIMENSIONS.find((d) => d.id === 'apm_trace_search')!;
    expect(charge(own, 'apm_trace_search', 'committed')).toBe(0);
    expect(charge(own, 'apm_trace_search', 'on_demand')).toBeCloseTo(
      Math.round(sum / dim.divisor) * dim.onDemandPrice,
      5,
    );
  });
});

describe('GET monthly_cost_attribution', () => {
  it('rows of each org add up to its historical cost for the month; percentages add up to 100 per org', async () => {
    const fields = BILLING_DIMENSIONS.flatMap((d) => [
      `${d.id}_on_demand_cost`,
      `${d.id}_committed_cost`,
      `${d.id}_total_cost`,
      `${d.id}_percentage_in_org`,
      `${d.id}_percentage_in_account`,
    ]);
    const res = await call(sim, ATTRIBUTION, {
      start_month: '2026-01',
      end_month: '2026-02',
      fields: '*',
      tag_breakdown_keys: 'team,service',
    });
    expect(res.status, res.text).toBe(200);
    const data = res.json.data as Array<{
      type: string;
      attributes: { month: string; public_id: string; tags: Record<string, string[]>; values: Record<string, number> };
    }>;
    expect(Object.keys(data[0]!.attributes.values)).toEqual(fields);
    expect(data.every((r) => r.type === 'cost_by_tag' && r.attributes.tags !== null)).toBe(true);
    const historical = await rows(HISTORICAL, { start_month: '2026-01', end_month: '2026-02', view: 'sub-org' });
    expect(new Set(data.map((r) => r.attributes.month))).toEqual(new Set(historical.map((r) => r.attributes.date)));
    for (const h of historical) {
      const mine = data.filter(
        (r) => r.attributes.public_id === h.attributes.public_id && r.attributes.month === h.attributes.date,
      );
      expect(mine.length).toBeGreaterThan(1);
      for (const d of BILLING_DIMENSIONS) {
        for (const [suffix, type] of [
          ['committed_cost', 'committed'],
          ['on_demand_cost', 'on_demand'],
          ['total_cost', 'total'],
        ] as const) {
          const sum = mine.reduce((acc, r) => acc + micros(r.attributes.values[`${d.id}_${suffix}`]!), 0);
          expect(sum, `${d.id}_${suffix}`).toBe(micros(charge(h, d.id, type)));
        }
        const pct = mine.reduce((acc, r) => acc + r.attributes.values[`${d.id}_percentage_in_org`]!, 0);
        expect(pct).toBeCloseTo(100, 6);
      }
    }
    // Aggregates are sums over every row.
    const agg = (res.json.meta.aggregates as Array<{ agg_type: string; field: string; value: number }>).find(
      (a) => a.field === 'infra_host_total_cost',
    )!;
    expect(agg.agg_type).toBe('sum');
    expect(micros(agg.value)).toBe(
      data.reduce((acc, r) => acc + micros(r.attributes.values.infra_host_total_cost!), 0),
    );
    expect(res.json.meta.pagination.next_record_id).toBeNull();
  });

  it('pages with next_record_id to exactly the single-page answer; sort_name orders each month by total cost', async () => {
    const params = {
      start_month: '2026-01',
      end_month: '2026-02',
      fields: 'infra_host_total_cost,dbm_host_percentage_in_account',
      tag_breakdown_keys: 'env',
      sort_name: 'infra_host',
      sort_direction: 'desc',
    };
    const whole = await call(sim, ATTRIBUTION, params);
    sim.configure({ maxPageSize: 3 });
    try {
      const pages: unknown[] = [];
      let next: string | null = null;
      do {
        const page = await call(sim, ATTRIBUTION, next ? { ...params, next_record_id: next } : params);
        expect(page.status, page.text).toBe(200);
        expect(page.json.meta.aggregates).toEqual(whole.json.meta.aggregates); // repeated on every page
        pages.push(...page.json.data);
        next = page.json.meta.pagination.next_record_id;
      } while (next);
      expect(pages).toEqual(whole.json.data);
      const cursor = (await call(sim, ATTRIBUTION, params)).json.meta.pagination.next_record_id as string;
      const foreign = await call(sim, ATTRIBUTION, { ...params, sort_direction: 'asc', next_record_id: cursor });
      expect(foreign.status).toBe(400);
    } finally {
      sim.configure({ maxPageSize: 500 });
    }
    const data = whole.json.data as Array<{ attributes: { month: string; values: Record<string, number> } }>;
    for (const month of ['2026-01-01T00:00:00+00:00', '2026-02-01T00:00:00+00:00']) {
      const costs = data
        .filter((r) => r.attributes.month === month)
        .map((r) => r.attributes.values.infra_host_total_cost!);
      expect(costs).toEqual([...costs].sort((a, b) => b - a));
    }
  });

  it('without descendants only the parent org; the running month is absent (as recorded)', async () => {
    const own = await call(sim, ATTRIBUTION, { start_month: '2026-02', fields: '*', include_descendants: 'false' });
    expect(new Set(own.json.data.map((r: { attributes: { public_id: string } }) => r.attributes.public_id))).toEqual(
      new Set([sim.world.parent.publicId]),
    );
    const running = await call(sim, ATTRIBUTION, {
      start_month: '2026-03-01T19:43:19.607Z',
      end_month: '2026-03-03T19:43:19.607Z',
      fields: 'infra_host_total_cost',
    });
    expect(running.json.data).toEqual([]);
  });
});

describe('billing dimensions', () => {
  it('active billing dimensions: the catalog ids used in the last closed month', async () => {
    const res = await call(sim, ACTIVE);
    expect(res.status).toBe(200);
    expect(res.json.data.type).toBe('billing_dimensions');
    expect(res.json.data.attributes).toEqual({
      month: '2026-02-01T00:00:00Z',
      values: BILLING_DIMENSIONS.map((d) => d.id),
    });
  });

  it('the mapping ties each dimension to its billable-summary key, hourly usage type and attribution type', async () => {
    const res = await call(sim, MAPPING, { 'filter[month]': '2026-02', 'filter[view]': 'all' });
    expect(res.status).toBe(200);
    const data = res.json.data as Array<{
      id: string;
      type: string;
      attributes: { timestamp: string; endpoints: Array<{ id: string; keys: string[]; status: string }> };
    }>;
    expect(data.map((d) => d.id)).toEqual(BILLING_DIMENSIONS.map((d) => d.id));
    for (const d of BILLING_DIMENSIONS) {
      const item = data.find((x) => x.id === d.id)!;
      expect(item.type).toBe('billing_dimensions');
      expect(item.attributes.timestamp).toBe('2026-02-01T00:00:00Z');
      const keys = Object.fromEntries(item.attributes.endpoints.map((e) => [e.id, e.keys]));
      expect(keys['api/v1/usage/billable-summary']).toEqual([d.billableKey]);
      expect(keys['api/v2/usage/hourly_usage']).toEqual([`${d.family}:${d.usageType}`]);
      expect(keys['api/v1/usage/hourly-attribution']).toEqual([d.attributionType]);
    }
    const bad = await call(sim, MAPPING, { 'filter[view]': 'everything' });
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0].detail).toContain("'filter[view]': expected 'active' or 'all'");
    // A future month has no usage: no active dimension.
    expect((await call(sim, MAPPING, { 'filter[month]': '2026-06' })).json.data).toEqual([]);
  });
});
