import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  decimalFromJson,
  sumDecimals,
  parseDecimal,
  formatDecimal,
  type Decimal,
} from '../../../../src/money/decimal.js';
import { restWalk, startFastlyStack, type FastlyStack } from '../../../helpers/fastlyStack.js';
import { monthsBefore } from '../../../helpers/stack.js';

const SERVICE_USAGE = '/billing/v3/service-usage-metrics';
const ENDPOINT = 'getServiceLevelUsage';

interface Service {
  serviceId: string;
  serviceName: string;
  usageUnits: string;
  unit: string;
  usageType: string;
}
interface Page {
  totalCount: number | null;
  edges: Array<{ cursor: string; node: Service }>;
  nodes: Array<{ serviceId: string }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}
interface Measurement {
  month: string;
  productId: string;
  usageType: string;
  unit: string;
  quantity: string;
  services: Page;
}

const FIELD = `totalCount edges { cursor node { serviceId serviceName usageUnits unit usageType } } nodes { serviceId }
  pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;
const QUERY = `query($start: Month!, $end: Month, $ids: [String!], $types: [String!], $first: Int, $after: String, $last: Int, $before: String) {
  fastlyCustomer { products(start: $start, end: $end, productIds: $ids, usageTypes: $types) { productId measurements {
    month productId usageType unit quantity
    services(first: $first, after: $after, last: $last, before: $before) { ${FIELD} }
  } } }
}`;

type Data = { fastlyCustomer: { products: Array<{ productId: string; measurements: Measurement[] }> } };

describe('FastlyMeasurement.services (through the gateway, against direct REST walks)', () => {
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

  async function measurements(back: number, productId?: string): Promise<Measurement[]> {
    const res = await stack.gql<Data>(QUERY, {
      start: monthsBefore(now, back),
      end: monthsBefore(now, back),
      ...(productId ? { ids: [productId] } : {}),
      first: 1000,
    });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.fastlyCustomer.products.flatMap((p) => p.measurements);
  }

  /** The ground truth: the service-usage list of a measurement, walked with `limit` per page. */
  async function restServices(m: { productId: string; usageType: string; month: string }, limit = 2) {
    return restWalk(
      stack,
      SERVICE_USAGE,
      {
        product_id: m.productId,
        usage_type_name: m.usageType,
        start_month: m.month,
        end_month: m.month,
        limit: String(limit),
      },
      (body) => {
        const data = body.data as { details: unknown[]; meta?: Record<string, unknown> };
        return { records: data.details, meta: data.meta };
      },
    );
  }

  it("answers every measurement's services as the upstream lists them, and they sum exactly to its quantity", async () => {
    const all = await measurements(2);
    expect(all.length).toBeGreaterThan(10);
    // One upstream call per measurement (product, usage type, month), each the whole list at once.
    expect(stack.fastly.log.count({ endpoint: ENDPOINT })).toBe(all.length);
    for (const m of all) {
      const rest = await restServices(m, 1000);
      const expected = (rest.records as Array<{ service_id: string; service_name: string; usage_units: number }>).map(
        (d) => ({
          serviceId: d.service_id,
          serviceName: d.service_name,
          usageUnits: formatDecimal(decimalFromJson(d.usage_units) as Decimal),
          unit: m.unit,
          usageType: m.usageType,
        }),
      );
      expect(m.services.edges.map((e) => e.node)).toEqual(expected);
      expect(m.services.nodes).toEqual(expected.map((e) => ({ serviceId: e.serviceId })));
      expect(m.services.totalCount).toBe(rest.total);
      const sum = sumDecimals(m.services.edges.map((e) => parseDecimal(e.node.usageUnits) as Decimal));
      expect(formatDecimal(sum)).toBe(m.quantity);
    }
  });

  it('pages forward and backward through a long list exactly, over the upstream cursor chain', async () => {
    const all = await measurements(3);
    const m = all.reduce((a, b) => (b.services.edges.length > a.services.edges.length ? b : a));
    const rest = await restServices(m, 1000);
    const ids = (rest.records as Array<{ service_id: string }>).map((d) => d.service_id);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    const vars = { start: m.month, end: m.month, ids: [m.productId], types: [m.usageType] };
    const pick = (data: Data): Page => {
      const [only, ...more] = data.fastlyCustomer.products[0]!.measurements;
      expect(more).toEqual([]);
      return only!.services;
    };

    // Forward, 2 at a time.
    const forward: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res = await stack.gql<Data>(QUERY, { ...vars, first: 2, after });
      expect(res.body.errors).toBeUndefined();
      const page = pick(res.body.data!);
      forward.push(...page.edges.map((e) => e.node.serviceId));
      pages++;
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(forward).toEqual(ids);
    expect(pages).toBe(Math.ceil(ids.length / 2));

    // Backward, 2 at a time, from the end.
    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const res = await stack.gql<Data>(QUERY, { ...vars, last: 2, before, first: null });
      expect(res.body.errors).toBeUndefined();
      const page = pick(res.body.data!);
      backward.unshift(...page.edges.map((e) => e.node.serviceId));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(backward).toEqual(ids);
  });

  it('refuses a tampered cursor before any upstream call', async () => {
    const all = await measurements(1, 'cdn_usage');
    const m = all[0]!;
    stack.fastly.log.clear();
    const res = await stack.gql<Data>(QUERY, {
      start: m.month,
      end: m.month,
      ids: [m.productId],
      types: [m.usageType],
      first: 1,
      after: `${m.services.edges[0]!.cursor.slice(0, -3)}xyz`,
    });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.message).toMatch(/cursor/i);
    expect(stack.fastly.log.count()).toBe(0);
  });

  it('reads one list once per operation, however many fields select it', async () => {
    const month = monthsBefore(now, 4);
    const res = await stack.gql<Record<string, { products: Array<{ measurements: Measurement[] }> }>>(
      `query($m: Month!) {
        a: fastlyCustomer { products(start: $m, end: $m, productIds: ["cdn_usage"]) { measurements { services(first: 5) { totalCount } } } }
        b: fastlyCustomer { products(start: $m, end: $m, productIds: ["cdn_usage"]) { measurements { services(first: 5) { totalCount } } } }
      }`,
      { m: month },
    );
    expect(res.body.errors).toBeUndefined();
    const n = res.body.data!.a!.products[0]!.measurements.length;
    expect(n).toBeGreaterThan(1);
    expect(stack.fastly.log.count({ endpoint: ENDPOINT })).toBe(n);
    expect(stack.fastly.log.count({ endpoint: 'getUsageMetrics' })).toBe(1);
    expect(stack.fastly.log.count({ endpoint: 'getLoggedInCustomer' })).toBe(1);
  });
});
