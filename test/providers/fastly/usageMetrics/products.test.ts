import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decimalFromJson, formatDecimal, type Decimal } from '../../../../src/money/decimal.js';
import { startFastlyStack, type FastlyStack } from '../../../helpers/fastlyStack.js';
import { monthsBefore } from '../../../helpers/stack.js';

const USAGE = '/billing/v3/usage-metrics';
const ENDPOINT = 'getUsageMetrics';

interface RestMetric {
  month: string;
  usage_type: string;
  name: string;
  region: string | null;
  unit: string;
  quantity: number;
  raw_quantity: number;
  product_id: string;
}
interface Measurement {
  month: string;
  productId: string;
  usageType: string;
  name: string;
  region: string | null;
  unit: string;
  quantity: string;
  rawQuantity: string;
}
interface Product {
  productId: string;
  measurements: Measurement[];
}

const QUERY = `query($start: Month!, $end: Month, $productIds: [String!]) {
  fastlyCustomer {
    products(start: $start, end: $end, productIds: $productIds) {
      productId
      measurements { month productId usageType name region unit quantity rawQuantity }
    }
  }
}`;

const key = (m: { month: string; productId: string; usageType: string }): string =>
  `${m.month}|${m.productId}|${m.usageType}`;

describe('FastlyOrg.products (through the gateway, against direct REST calls)', () => {
  let stack: FastlyStack;
  let now: Date;
  beforeAll(async () => {
    stack = await startFastlyStack();
    now = stack.fastly.world.now;
  });
  afterAll(() => stack.stop());
  beforeEach(() => {
    stack.fastly.faults.clear();
    stack.fastly.log.clear();
  });

  /** The ground truth: the usage metrics of `start`..`end`, read 3 months at a time. */
  async function restMetrics(startBack: number, endBack: number): Promise<Measurement[]> {
    const out: Measurement[] = [];
    for (let back = startBack; back >= endBack; back -= 3) {
      const last = Math.max(endBack, back - 2);
      const res = await stack.rest(USAGE, { start_month: monthsBefore(now, back), end_month: monthsBefore(now, last) });
      expect(res.status).toBe(200);
      for (const r of res.body.data as RestMetric[]) {
        out.push({
          month: r.month,
          productId: r.product_id,
          usageType: r.usage_type,
          name: r.name,
          region: r.region ?? null,
          unit: r.unit,
          quantity: formatDecimal(decimalFromJson(r.quantity) as Decimal),
          rawQuantity: formatDecimal(decimalFromJson(r.raw_quantity) as Decimal),
        });
      }
    }
    return out;
  }

  it('answers a year of usage by product exactly as the upstream, in 4 requests of 3 months', async () => {
    const expected = await restMetrics(11, 0);
    expect(expected.length).toBeGreaterThan(50);
    stack.fastly.log.clear();
    const res = await stack.gql<{ fastlyCustomer: { products: Product[] } }>(QUERY, { start: monthsBefore(now, 11) });
    expect(res.body.errors).toBeUndefined();
    const products = res.body.data!.fastlyCustomer.products;
    const got = products.flatMap((p) => p.measurements);
    expect(new Set(got.map(key)).size).toBe(got.length);
    expect(got.map(key).sort()).toEqual(expected.map(key).sort());
    const byKey = new Map(expected.map((m) => [key(m), m]));
    for (const m of got) expect(m).toEqual(byKey.get(key(m)));
    // Grouped by product, products in ID order, each product's rows its own, months in order.
    expect(products.map((p) => p.productId)).toEqual([...new Set(expected.map((m) => m.productId))].sort());
    for (const p of products) {
      expect(p.measurements.every((m) => m.productId === p.productId)).toBe(true);
      const months = p.measurements.map((m) => m.month);
      expect(months).toEqual([...months].sort());
    }
    // Several delivery regions, several units, fractional quantities.
    expect(new Set(got.map((m) => m.region)).size).toBeGreaterThan(2);
    expect(got.some((m) => m.quantity.includes('.'))).toBe(true);

    const calls = stack.fastly.log.entries({ endpoint: ENDPOINT });
    expect(calls.map((c) => [c.query.start_month, c.query.end_month])).toEqual(
      expect.arrayContaining([
        [monthsBefore(now, 11), monthsBefore(now, 9)],
        [monthsBefore(now, 8), monthsBefore(now, 6)],
        [monthsBefore(now, 5), monthsBefore(now, 3)],
        [monthsBefore(now, 2), monthsBefore(now, 0)],
      ]),
    );
    expect(calls).toHaveLength(4);
    expect(stack.fastly.log.count()).toBe(5); // + the customer
  });

  it('plans every month one operation asks for together: overlapping and adjacent ranges cost one request per 3 months', async () => {
    const res = await stack.gql<{ fastlyCustomer: Record<string, Product[]> }>(
      `query($a: Month!, $b: Month!, $c: Month!, $d: Month!) { fastlyCustomer {
        x: products(start: $a, end: $b) { productId }
        y: products(start: $c, end: $d, productIds: ["cdn_usage"]) { productId measurements { month } }
      } }`,
      { a: monthsBefore(now, 5), b: monthsBefore(now, 3), c: monthsBefore(now, 4), d: monthsBefore(now, 2) },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.fastlyCustomer.y!.map((p) => p.productId)).toEqual(['cdn_usage']);
    const calls = stack.fastly.log.entries({ endpoint: ENDPOINT });
    // Months 5..2 back: one request of 3 months and one of 1.
    expect(calls.map((c) => [c.query.start_month, c.query.end_month]).sort()).toEqual(
      [
        [monthsBefore(now, 5), monthsBefore(now, 3)],
        [monthsBefore(now, 2), monthsBefore(now, 2)],
      ].sort(),
    );
  });

  it("reads the customer's fields beside the customer, not after its answer: one round trip, not two", async () => {
    // The customer request fails: fields that waited for its answer would never be read. Their
    // requests in the log show they were sent without waiting (the price: they are spent when the
    // customer cannot be read).
    stack.fastly.faults.inject({ endpoint: 'getLoggedInCustomer', status: 500 });
    const res = await stack.gql<{ fastlyCustomer: null }>(
      `query($start: Month!) { fastlyCustomer { name products(start: $start) { productId } monthToDate { total } } }`,
      { start: monthsBefore(now, 4) },
    );
    expect(res.body.data!.fastlyCustomer).toBeNull();
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(
      stack.fastly.log
        .entries()
        .map((e) => e.endpoint)
        .sort(),
    ).toEqual(['getLoggedInCustomer', 'getMonthToDateInvoice', 'getUsageMetrics', 'getUsageMetrics']);
  });

  it('reads nothing ahead when a field may be skipped', async () => {
    const res = await stack.gql<{ fastlyCustomer: { name: string } }>(
      `query($start: Month!) { fastlyCustomer { name products(start: $start) @include(if: false) { productId } } }`,
      { start: monthsBefore(now, 4) },
    );
    expect(res.body.errors).toBeUndefined();
    expect(stack.fastly.log.entries().map((e) => e.endpoint)).toEqual(['getLoggedInCustomer']);
  });

  it('defaults `end` to the current month', async () => {
    const res = await stack.gql<{ fastlyCustomer: { products: Product[] } }>(QUERY, { start: monthsBefore(now, 1) });
    expect(res.body.errors).toBeUndefined();
    const months = new Set(res.body.data!.fastlyCustomer.products.flatMap((p) => p.measurements.map((m) => m.month)));
    expect([...months].sort()).toEqual([monthsBefore(now, 1), monthsBefore(now, 0)]);
    expect(stack.fastly.log.entries({ endpoint: ENDPOINT }).map((c) => c.query.end_month)).toEqual([
      monthsBefore(now, 0),
    ]);
  });

  it.each([
    [{ start: 'nope' }, 'Month'],
    [{ start: '2999-01' }, 'Argument "start" must not be in the future'],
    [{ start: 'M-2', end: 'M-4' }, 'Argument "end" must not be before "start"'],
    [{ start: 'M-40', end: 'M-0' }, 'must span at most 36 months, but got 41'],
    [{ start: 'M-2', productIds: [] }, 'Argument "productIds" must name at least one product'],
  ])('refuses %j before any upstream call', async (vars, message) => {
    const resolved = Object.fromEntries(
      Object.entries(vars).map(([k, v]) => [
        k,
        typeof v === 'string' && v.startsWith('M-') ? monthsBefore(now, Number(v.slice(2))) : v,
      ]),
    );
    const res = await stack.gql(QUERY, resolved);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.message).toContain(message);
    expect(stack.fastly.log.count()).toBe(0);
  });
});
