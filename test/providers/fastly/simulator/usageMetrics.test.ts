import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../../src/providers/fastly/simulator/index.js';
import { USAGE_METRICS, NOW, call, exact, fastlyError, type Json } from './fastlySimHttp.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ now: NOW });
});
afterAll(() => sim.stop());

describe('GET /billing/v3/usage-metrics', () => {
  it.each([
    ['start_month missing', { end_month: '2026-02' }, "The parameter 'start_month' is required"],
    ['end_month missing', { start_month: '2026-02' }, "The parameter 'end_month' is required"],
    ['end_month empty', { start_month: '2026-02', end_month: '' }, "The parameter 'end_month' is required"],
    ['a month without its zero', { start_month: '2026-2', end_month: '2026-02' }, "got '2026-2'"],
    ['month 13', { start_month: '2026-01', end_month: '2026-13' }, "got '2026-13'"],
    ['a day', { start_month: '2026-01-01', end_month: '2026-02' }, "got '2026-01-01'"],
    ['words', { start_month: 'january', end_month: '2026-02' }, "got 'january'"],
    [
      'reversed',
      { start_month: '2026-03', end_month: '2026-01' },
      'start_month (2026-03) must not be after end_month (2026-01)',
    ],
    ['four months', { start_month: '2025-11', end_month: '2026-02' }, 'at most 3 months per request'],
    ['a year', { start_month: '2025-01', end_month: '2025-12' }, '(12 months)'],
  ])('400 for %s, in Fastly error shape', async (_case, params, message) => {
    const res = await call(sim, USAGE_METRICS, params);
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ ...fastlyError(400), type: 'bad_request', code: 'bad_request' });
    expect(res.json.title).toContain(message);
  });

  it('answers three months inclusive, ordered by month, then product and usage type as the catalog lists them', async () => {
    const res = await call(sim, USAGE_METRICS, { start_month: '2026-01', end_month: '2026-03' });
    expect(res.status).toBe(200);
    const data: Json[] = res.json.data;
    expect(new Set(data.map((m) => m.month))).toEqual(new Set(['2026-01', '2026-02', '2026-03']));
    const order = sim.world.usageTypes.map((t) => `${t.productId}|${t.usageType}`);
    const keys = data.map((m) => `${m.month}|${order.indexOf(`${m.product_id}|${m.usage_type}`)}`);
    expect(data.every((m) => order.includes(`${m.product_id}|${m.usage_type}`))).toBe(true);
    const sorted = [...data].sort((a, b) =>
      a.month !== b.month
        ? a.month < b.month
          ? -1
          : 1
        : order.indexOf(`${a.product_id}|${a.usage_type}`) - order.indexOf(`${b.product_id}|${b.usage_type}`),
    );
    expect(data.map((m) => `${m.month}|${m.product_id}|${m.usage_type}`)).toEqual(
      sorted.map((m) => `${m.month}|${m.product_id}|${m.usage_type}`),
    );
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(data[0])).toEqual([
      'month',
      'usage_type',
      'name',
      'region',
      'unit',
      'quantity',
      'raw_quantity',
      'product_id',
      'last_updated_at',
    ]);
  });

  it('names the region inside regional usage types; non-regional products are Global; unit is "unit" for counts', async () => {
    const { json } = await call(sim, USAGE_METRICS, { start_month: '2026-02', end_month: '2026-02' });
    const data: Json[] = json.data;
    const na = data.find((m) => m.product_id === 'cdn_usage' && m.usage_type === 'North America Requests');
    expect(na).toMatchObject({
      region: 'North America',
      unit: 'unit',
      name: 'Full-Site Delivery - North America Requests',
    });
    const bw = data.find((m) => m.usage_type === 'Europe Bandwidth');
    expect(bw).toMatchObject({ product_id: 'cdn_usage', region: 'Europe', unit: 'GB' });
    for (const m of data.filter((d) => d.product_id !== 'cdn_usage')) expect(m.region).toBe('Global');
    for (const m of data) {
      expect(m.quantity).toBeGreaterThan(0);
      if (m.unit === 'GB') {
        // raw_quantity is bytes: quantity x 10^9, exactly.
        expect(exact(m.raw_quantity).toFixed()).toBe(exact(m.quantity).times(1e9).toFixed());
      } else {
        expect(Number.isInteger(m.quantity)).toBe(true);
        expect(m.raw_quantity).toBe(m.quantity);
      }
    }
    expect(data.some((m) => m.unit === 'GB' && !Number.isInteger(m.quantity))).toBe(true);
  });

  it('closed months are settled, the current month is live (last_updated_at is the data clock)', async () => {
    const { json } = await call(sim, USAGE_METRICS, { start_month: '2026-01', end_month: '2026-03' });
    const data: Json[] = json.data;
    for (const m of data.filter((d) => d.month === '2026-03')) expect(m.last_updated_at).toBe('2026-03-10T12:00:00Z');
    for (const m of data.filter((d) => d.month === '2026-02')) expect(m.last_updated_at).toBe('2026-03-02T06:00:00Z');
    for (const m of data.filter((d) => d.month === '2026-01')) expect(m.last_updated_at).toBe('2026-02-02T06:00:00Z');
    // The running month has accrued about a third of a month (9.5 of 31 days): well below February.
    const quantity = (month: string): number =>
      data.find((d) => d.month === month && d.usage_type === 'North America Requests').quantity;
    expect(quantity('2026-03')).toBeLessThan(quantity('2026-02') * 0.6);
  });

  it('months outside the customer history answer no records; the history is the current month and 18 closed ones', async () => {
    const customer = sim.world.customers[0]!;
    expect(customer.months).toHaveLength(19);
    expect(customer.months.at(-1)).toBe('2026-03');
    expect(customer.months[0]).toBe('2024-09');
    const before = await call(sim, USAGE_METRICS, { start_month: '2024-06', end_month: '2024-08' });
    expect(before.json).toEqual({ data: [] });
    const edge = await call(sim, USAGE_METRICS, { start_month: '2024-07', end_month: '2024-09' });
    expect(new Set(edge.json.data.map((m: Json) => m.month))).toEqual(new Set(['2024-09']));
    const future = await call(sim, USAGE_METRICS, { start_month: '2026-04', end_month: '2026-06' });
    expect(future.json).toEqual({ data: [] });
  });
});
