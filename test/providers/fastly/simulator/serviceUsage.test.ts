import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../../src/providers/fastly/simulator/index.js';
import { NOW, SERVICE_USAGE, USAGE_METRICS, call, exactSum, fastlyError, walk, type Json } from './fastlySimHttp.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ now: NOW });
});
afterAll(() => sim.stop());

const naBandwidth = { product_id: 'cdn_usage', usage_type_name: 'North America Bandwidth' };
const details = (body: Json): Json[] => body.data.details;
const meta = (body: Json): Json => body.data.meta;

describe('GET /billing/v3/service-usage-metrics: validation', () => {
  it.each([
    ['product_id without usage_type_name', { product_id: 'cdn_usage' }, "got 'product_id' without 'usage_type_name'"],
    [
      'usage_type_name without product_id',
      { usage_type_name: 'North America Requests' },
      "got 'usage_type_name' without 'product_id'",
    ],
    [
      'a usage type of another product',
      { product_id: 'compute', usage_type_name: 'North America Requests' },
      "got product 'compute' with usage type 'North America Requests'",
    ],
    ['limit 0', { ...naBandwidth, limit: '0' }, "expected an integer from 1 to 10000, got '0'"],
    ['limit 10001', { ...naBandwidth, limit: '10001' }, "got '10001'"],
    ['limit -1', { ...naBandwidth, limit: '-1' }, "got '-1'"],
    ['limit 1.5', { ...naBandwidth, limit: '1.5' }, "got '1.5'"],
    ['limit words', { ...naBandwidth, limit: 'ten' }, "got 'ten'"],
    ['a malformed start_month', { ...naBandwidth, start_month: '2026/01' }, "got '2026/01'"],
    ['a malformed end_month', { ...naBandwidth, end_month: '26-01' }, "got '26-01'"],
    [
      'reversed months',
      { ...naBandwidth, start_month: '2026-02', end_month: '2026-01' },
      'start_month (2026-02) must not be after end_month (2026-01)',
    ],
    ['a cursor that is not one', { ...naBandwidth, cursor: 'not-a-cursor' }, "got 'not-a-cursor'"],
  ])('400 for %s', async (_case, params, message) => {
    const res = await call(sim, SERVICE_USAGE, params);
    expect(res.status).toBe(400);
    expect(res.json).toEqual(fastlyError(400));
    expect(res.json.title).toContain(message);
  });

  it('400 for a tampered cursor, one of another query, and one of another customer', async () => {
    const query = { ...naBandwidth, start_month: '2026-02', limit: '2' };
    const first = await call(sim, SERVICE_USAGE, query);
    const cursor: string = first.json.data.meta.next_cursor;
    expect(cursor).toEqual(expect.any(String));
    expect((await call(sim, SERVICE_USAGE, { ...query, cursor })).status).toBe(200);
    const [offset, fingerprint] = Buffer.from(cursor, 'base64url').toString('utf8').split('.') as [string, string];
    const encode = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');
    const flipped = `${fingerprint[0] === 'a' ? 'b' : 'a'}${fingerprint.slice(1)}`;
    const tampered = [
      encode(`${offset}.${flipped}`),
      encode(`999.${fingerprint}`),
      encode(`${offset}.${fingerprint}x`),
      `${cursor}!`,
    ];
    for (const bad of tampered) {
      const res = await call(sim, SERVICE_USAGE, { ...query, cursor: bad });
      expect(res.status).toBe(400);
      expect(res.json.title).toContain("Invalid value for the parameter 'cursor'");
    }
    const otherQuery = await call(sim, SERVICE_USAGE, { ...query, start_month: '2026-01', cursor });
    expect(otherQuery.status).toBe(400);
    expect(otherQuery.json.title).toContain("Invalid value for the parameter 'cursor'");
    const otherCustomer = await call(sim, SERVICE_USAGE, { ...query, cursor }, sim.world.customers[1]);
    expect(otherCustomer.status).toBe(400);
    // The page size may change between pages: it is not part of the query a cursor belongs to.
    expect((await call(sim, SERVICE_USAGE, { ...query, limit: '5', cursor })).status).toBe(200);
  });
});

describe('GET /billing/v3/service-usage-metrics: data', () => {
  it('pages to the end with limit 3: every service once, the same as one page of 10000, no next_cursor on the last page', async () => {
    const params = { ...naBandwidth, start_month: '2025-06', end_month: '2026-02' };
    const { records, pages } = await walk(sim, SERVICE_USAGE, { ...params, limit: '3' }, details, meta);
    const whole = await call(sim, SERVICE_USAGE, { ...params, limit: '10000' });
    expect(records).toEqual(details(whole.json));
    expect(new Set(records.map((d) => d.service_id)).size).toBe(records.length);
    expect(records.length).toBeGreaterThan(6);
    expect(pages).toHaveLength(Math.ceil(records.length / 3));
    for (const page of pages) {
      expect(meta(page.json)).toMatchObject({ limit: 3, sort: 'service_id', total: records.length });
    }
    expect('next_cursor' in meta(pages.at(-1)!.json)).toBe(false);
    expect(meta(whole.json)).toEqual({ limit: 10000, sort: 'service_id', total: records.length });
    expect(records.map((d) => d.service_id)).toEqual([...records.map((d) => d.service_id)].sort());
    expect(whole.json.data).toMatchObject({
      customer_id: sim.world.customers[0]!.id,
      start_time: '2025-06-01T00:00:00Z',
      end_time: '2026-02-28T23:59:59Z',
      usage_type: 'North America Bandwidth',
      unit: 'GB',
    });
    expect(Object.keys(whole.json.data)).toEqual([
      'customer_id',
      'start_time',
      'end_time',
      'usage_type',
      'unit',
      'details',
      'meta',
    ]);
  });

  it('defaults: limit 1000, the current month', async () => {
    const res = await call(sim, SERVICE_USAGE, naBandwidth);
    expect(res.json.data.meta.limit).toBe(1000);
    expect(res.json.data.start_time).toBe('2026-03-01T00:00:00Z');
    expect(res.json.data.end_time).toBe('2026-03-31T23:59:59Z');
    const explicit = await call(sim, SERVICE_USAGE, { ...naBandwidth, start_month: '2026-03', end_month: '2026-03' });
    expect(res.json).toEqual(explicit.json);
    const startOnly = await call(sim, SERVICE_USAGE, { ...naBandwidth, start_month: '2026-01' });
    expect(startOnly.json.data.end_time).toBe('2026-03-31T23:59:59Z');
  });

  it('per product, usage type and month, the services add up exactly (in decimal) to the usage metric quantity', async () => {
    const metrics = await call(sim, USAGE_METRICS, { start_month: '2025-12', end_month: '2026-02' });
    let drifts = 0;
    for (const m of metrics.json.data as Json[]) {
      const res = await call(sim, SERVICE_USAGE, {
        product_id: m.product_id,
        usage_type_name: m.usage_type,
        start_month: m.month,
        end_month: m.month,
      });
      const units: number[] = details(res.json).map((d) => d.usage_units);
      expect(units.every((u) => u > 0)).toBe(true);
      expect(exactSum(units)).toBe(exactSum([m.quantity]));
      expect(res.json.data.unit).toBe(m.unit);
      if (units.reduce((a, b) => a + b, 0) !== m.quantity) drifts += 1;
    }
    // The data is such that summing as doubles would be wrong somewhere: the decimal sum is what holds.
    expect(drifts).toBeGreaterThan(0);
  });

  it('a range of months sums each service over the months, exactly', async () => {
    const months = ['2025-12', '2026-01', '2026-02'];
    const perMonth = await Promise.all(
      months.map((m) => call(sim, SERVICE_USAGE, { ...naBandwidth, start_month: m, end_month: m })),
    );
    const range = await call(sim, SERVICE_USAGE, { ...naBandwidth, start_month: '2025-12', end_month: '2026-02' });
    for (const d of details(range.json)) {
      const parts = perMonth.flatMap((p) => details(p.json).filter((x) => x.service_id === d.service_id));
      expect(exactSum([d.usage_units])).toBe(exactSum(parts.map((p) => p.usage_units)));
    }
    expect(details(range.json).length).toBeGreaterThanOrEqual(Math.max(...perMonth.map((p) => details(p.json).length)));
  });

  it('service filters to one service; an unknown one has no details', async () => {
    const customer = sim.world.customers[0]!;
    const www = customer.services.find((s) => s.name === 'www.initech.example')!;
    const res = await call(sim, SERVICE_USAGE, {
      ...naBandwidth,
      service: www.id,
      start_month: '2026-02',
      end_month: '2026-02',
    });
    expect(details(res.json)).toEqual([
      {
        customer_id: customer.id,
        service_id: www.id,
        service_name: 'www.initech.example',
        usage_units: Number(
          sim.world.serviceUsageUnits(customer.id, www.id, 'cdn_usage', 'North America Bandwidth', '2026-02'),
        ),
      },
    ]);
    const none = await call(sim, SERVICE_USAGE, { ...naBandwidth, service: 'nosuchservice' });
    expect(res.status).toBe(200);
    expect(details(none.json)).toEqual([]);
    expect(meta(none.json)).toEqual({ limit: 1000, sort: 'service_id', total: 0 });
  });

  it('services without usage of a type are not listed (edge-auth uses only Compute; legacy-www stopped 5 months ago)', async () => {
    const customer = sim.world.customers[0]!;
    const ids = (res: Json): string[] => details(res.json).map((d) => d.service_name);
    const feb = await call(sim, SERVICE_USAGE, { ...naBandwidth, start_month: '2026-02' });
    expect(ids(feb)).not.toContain('edge-auth');
    expect(ids(feb)).not.toContain('legacy-www');
    const compute = await call(sim, SERVICE_USAGE, {
      product_id: 'compute',
      usage_type_name: 'Compute Requests',
      start_month: '2026-02',
    });
    expect(ids(compute)).toContain('edge-auth');
    const older = await call(sim, SERVICE_USAGE, { ...naBandwidth, start_month: '2025-06', end_month: '2025-06' });
    expect(ids(older)).toContain('legacy-www');
    expect(customer.services).toHaveLength(12);
  });

  it('unfiltered: details of every usage type (no usage_type or unit on data), as many as the filtered totals together', async () => {
    const params = { start_month: '2026-02', end_month: '2026-02' };
    const { records, pages } = await walk(sim, SERVICE_USAGE, { ...params, limit: '40' }, details, meta);
    expect(pages.length).toBeGreaterThan(1);
    expect(Object.keys(pages[0]!.json.data)).toEqual(['customer_id', 'start_time', 'end_time', 'details', 'meta']);
    let total = 0;
    const expected: Json[] = [];
    for (const t of sim.world.usageTypes) {
      const res = await call(sim, SERVICE_USAGE, { ...params, product_id: t.productId, usage_type_name: t.usageType });
      total += meta(res.json).total;
      expected.push(...details(res.json));
    }
    expect(records).toEqual(expected);
    expect(meta(pages[0]!.json).total).toBe(total);
  });
});
