import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../../src/providers/fastly/simulator/index.js';
import {
  INVOICES,
  MONTH_TO_DATE,
  NOW,
  USAGE_METRICS,
  call,
  exact,
  exactSum,
  fastlyError,
  walk,
  type Json,
} from './fastlySimHttp.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ now: NOW });
});
afterAll(() => sim.stop());

const data = (body: Json): Json[] => body.data;
const meta = (body: Json): Json => body.meta;

/** The usage metrics of `month` for the primary customer, by usage type. */
async function metricsOf(month: string): Promise<Map<string, Json>> {
  const res = await call(sim, USAGE_METRICS, { start_month: month, end_month: month });
  return new Map((res.json.data as Json[]).map((m) => [`${m.product_id}|${m.usage_type}`, m]));
}

/** The product ids by product name. */
const productIds = (): Map<string, string> => new Map(sim.world.products.map((p) => [p.productName, p.productId]));

describe('GET /billing/v3/invoices', () => {
  it.each([
    ['limit 0', { limit: '0' }, "expected an integer from 1 to 200, got '0'"],
    ['limit 201', { limit: '201' }, "got '201'"],
    ['limit words', { limit: 'all' }, "got 'all'"],
    ['a malformed billing_start_date', { billing_start_date: '01/02/2026' }, "got '01/02/2026'"],
    ['an impossible billing_end_date', { billing_end_date: '2026-02-30' }, "got '2026-02-30'"],
    [
      'reversed dates',
      { billing_start_date: '2026-02-01', billing_end_date: '2026-01-01' },
      'must not be after billing_end_date',
    ],
    ['a cursor that is not one', { cursor: 'abc' }, "Invalid value for the parameter 'cursor'"],
  ])('400 for %s', async (_case, params, message) => {
    const res = await call(sim, INVOICES, params);
    expect(res.status).toBe(400);
    expect(res.json).toEqual(fastlyError(400));
    expect(res.json.title).toContain(message);
  });

  it('pages every posted invoice with limit 4, newest first, exactly once; the last page has no next_cursor', async () => {
    const { records, pages } = await walk(sim, INVOICES, { limit: '4' }, data, meta);
    const whole = await call(sim, INVOICES, {});
    expect(records).toEqual(data(whole.json));
    expect(meta(whole.json)).toEqual({ limit: 100, sort: 'billing_start_date', total: 18 });
    // Every closed month of the history (2024-09 .. 2026-02), February's posted before the clock.
    expect(records.map((i) => i.billing_start_date.slice(0, 7))).toEqual(
      sim.world.customers[0]!.months.slice(0, -1).reverse(),
    );
    expect(new Set(records.map((i) => i.invoice_id)).size).toBe(18);
    expect(pages).toHaveLength(5);
    for (const page of pages)
      expect(meta(page.json)).toMatchObject({ limit: 4, sort: 'billing_start_date', total: 18 });
    expect('next_cursor' in meta(pages.at(-1)!.json)).toBe(false);
    const cursor = meta(pages[0]!.json).next_cursor;
    const otherCustomer = await call(sim, INVOICES, { limit: '4', cursor }, sim.world.customers[1]);
    expect(otherCustomer.status).toBe(400);
  });

  it('billing dates pick the invoices whose billing period overlaps them', async () => {
    const res = await call(sim, INVOICES, { billing_start_date: '2025-11-15', billing_end_date: '2026-01-01' });
    expect(data(res.json).map((i) => i.billing_start_date)).toEqual([
      '2026-01-01T00:00:00Z',
      '2025-12-01T00:00:00Z',
      '2025-11-01T00:00:00Z',
    ]);
    const fromOnly = await call(sim, INVOICES, { billing_start_date: '2026-01-01T00:00:00Z' });
    expect(data(fromOnly.json)).toHaveLength(2);
    const untilOnly = await call(sim, INVOICES, { billing_end_date: '2024-10-31' });
    expect(data(untilOnly.json).map((i) => i.billing_end_date)).toEqual([
      '2024-10-31T23:59:59Z',
      '2024-09-30T23:59:59Z',
    ]);
  });

  it('an invoice: its fields, ISO 8601 dates, posted early in the next month, final', async () => {
    const [latest] = data((await call(sim, INVOICES, { limit: '1' })).json);
    expect(Object.keys(latest)).toEqual([
      'customer_id',
      'invoice_id',
      'invoice_posted_on',
      'billing_start_date',
      'billing_end_date',
      'statement_number',
      'currency_code',
      'monthly_transaction_amount',
      'transaction_line_items',
    ]);
    expect(latest).toMatchObject({
      customer_id: sim.world.customers[0]!.id,
      billing_start_date: '2026-02-01T00:00:00Z',
      billing_end_date: '2026-02-28T23:59:59Z',
      currency_code: 'USD',
    });
    expect(latest.invoice_id).toMatch(/^\d+$/);
    expect(latest.statement_number).toMatch(/^[A-Za-z0-9]+$/);
    expect(latest.invoice_posted_on).toMatch(/^2026-03-0[2-5]T\d{2}:00:00Z$/);
    expect(typeof latest.monthly_transaction_amount).toBe('number');
  });

  it('line items follow from usage and the price list: amount = rate x units, units = the usage metric quantity, total = the sum', async () => {
    const invoices = data((await call(sim, INVOICES, {})).json);
    const ids = productIds();
    let credits = 0;
    for (const invoice of invoices) {
      const month = invoice.billing_start_date.slice(0, 7);
      const metrics = await metricsOf(month);
      const items: Json[] = invoice.transaction_line_items;
      expect(exactSum(items.map((i) => i.amount))).toBe(exactSum([invoice.monthly_transaction_amount]));
      const usageItems = items.filter((i) => i.credit_coupon_code === undefined);
      // One line per product and usage type with usage in the month, and no other.
      expect(usageItems.map((i) => `${ids.get(i.product_name)}|${i.usage_type}`)).toEqual([...metrics.keys()]);
      for (const item of usageItems) {
        const metric = metrics.get(`${ids.get(item.product_name)}|${item.usage_type}`);
        expect(exact(item.amount).toFixed()).toBe(exact(item.rate).times(exact(item.units)).toFixed());
        expect(item.units).toBe(metric.quantity);
        expect(item.description).toBe(metric.name);
        expect(item.region).toBe(metric.region);
        const price = sim.world.usageTypes.find((t) => t.usageType === item.usage_type)!;
        expect(exact(item.rate).toFixed()).toBe(exact(price.rate).toFixed());
        expect(item.amount).toBeGreaterThan(0);
      }
      for (const credit of items.filter((i) => i.credit_coupon_code !== undefined)) {
        credits += 1;
        expect(credit.amount).toBeLessThan(0);
        expect(credit.credit_coupon_code).toMatch(/^[A-Z0-9]+$/);
        expect(exact(credit.amount).toFixed()).toBe(exact(credit.rate).times(exact(credit.units)).toFixed());
        expect(credit.usage_type).toBe('Credit');
      }
    }
    // Now and then, not always.
    expect(credits).toBeGreaterThan(0);
    expect(credits).toBeLessThan(invoices.length);
  });
});

describe('GET /billing/v3/invoices/{invoice_id}', () => {
  it('answers each listed invoice as listed', async () => {
    const invoices = data((await call(sim, INVOICES, {})).json);
    for (const invoice of invoices.slice(0, 4)) {
      const res = await call(sim, `${INVOICES}/${invoice.invoice_id}`);
      expect(res.status).toBe(200);
      expect(res.json).toEqual(invoice);
    }
  });

  it("404 in Fastly's shape for an unknown id and for another customer's invoice", async () => {
    const unknown = await call(sim, `${INVOICES}/12345`);
    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual({ ...fastlyError(404), type: 'not_found', code: 'not_found' });
    expect(unknown.json.title).toContain("got '12345'");
    const theirs = data((await call(sim, INVOICES, {}, sim.world.customers[1])).json)[0];
    const res = await call(sim, `${INVOICES}/${theirs.invoice_id}`);
    expect(res.status).toBe(404);
    expect((await call(sim, `${INVOICES}/${theirs.invoice_id}`, {}, sim.world.customers[1])).status).toBe(200);
  });
});

describe('GET /billing/v3/invoices/month-to-date', () => {
  it('covers the current month only, priced from its live usage; its total is a string equal to the sum', async () => {
    const res = await call(sim, MONTH_TO_DATE);
    expect(res.status).toBe(200);
    const mtd = res.json;
    expect(Object.keys(mtd)).toEqual([
      'customer_id',
      'invoice_id',
      'billing_start_date',
      'billing_end_date',
      'monthly_transaction_amount',
      'transaction_line_items',
    ]);
    expect(mtd).toMatchObject({
      customer_id: sim.world.customers[0]!.id,
      billing_start_date: '2026-03-01T00:00:00Z',
      billing_end_date: '2026-03-31T23:59:59Z',
    });
    expect(mtd.invoice_id).toMatch(/^[A-Za-z0-9]+$/);
    expect(typeof mtd.monthly_transaction_amount).toBe('string');
    const items: Json[] = mtd.transaction_line_items;
    expect(exactSum(items.map((i) => i.amount))).toBe(exact(mtd.monthly_transaction_amount).toFixed());
    const metrics = await metricsOf('2026-03');
    const ids = productIds();
    expect(items.map((i) => `${ids.get(i.product_name)}|${i.usage_type}`)).toEqual([...metrics.keys()]);
    for (const item of items) {
      expect('credit_coupon_code' in item).toBe(false);
      expect(exact(item.amount).toFixed()).toBe(exact(item.rate).times(exact(item.units)).toFixed());
      expect(item.units).toBe(metrics.get(`${ids.get(item.product_name)}|${item.usage_type}`).quantity);
    }
    const listed = data((await call(sim, INVOICES, { billing_start_date: '2026-03-01' })).json);
    expect(listed).toEqual([]);
  });

  it('before the closed month is posted, it is neither listed nor month-to-date, yet its usage is reported', async () => {
    const early = await startSimulator({ now: new Date('2026-03-01T05:00:00Z') });
    try {
      const listed = data((await call(early, INVOICES, {})).json);
      expect(listed[0].billing_start_date).toBe('2026-01-01T00:00:00Z');
      const mtd = (await call(early, MONTH_TO_DATE)).json;
      expect(mtd.billing_start_date).toBe('2026-03-01T00:00:00Z');
      const feb = (await call(early, USAGE_METRICS, { start_month: '2026-02', end_month: '2026-02' })).json.data;
      expect(feb.length).toBeGreaterThan(0);
      expect(feb[0].last_updated_at).toBe('2026-03-01T05:00:00Z');
    } finally {
      await early.stop();
    }
  });

  it('at the very start of a month nothing has accrued: no line items, total "0"', async () => {
    const start = await startSimulator({ now: new Date('2026-04-01T00:30:00Z') });
    try {
      const mtd = (await call(start, MONTH_TO_DATE)).json;
      expect(mtd.transaction_line_items).toEqual([]);
      expect(mtd.monthly_transaction_amount).toBe('0');
    } finally {
      await start.stop();
    }
  });
});
