import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../../../helpers/stack.js';
import { costFinalizedAt } from '../../../../src/providers/datadog/api/costLimits.js';
import { decimalText } from '../../../helpers/exactDecimal.js';

interface RestCharge {
  product_name: string;
  charge_type: string;
  cost: number;
}
interface RestCost {
  type: string;
  id: string;
  attributes: {
    public_id: string;
    org_name: string;
    region: string;
    date: string;
    total_cost?: number;
    projected_total_cost?: number;
    charges: RestCharge[];
  };
}
interface GqlCost {
  org: { publicId: string; name: string; region: string };
  month: string;
  day: string | null;
  date: string;
  /** Exact decimal text. */
  totalCost: string;
  isFinal: boolean | null;
  charges: Array<{ productName: string; chargeType: string; cost: string }>;
}

const COST_FIELDS = `org { publicId name region } month day date totalCost isFinal charges { productName chargeType cost }`;

const monthOf = (d: Date, back: number): string =>
  new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1)).toISOString().slice(0, 7);

/** What the GraphQL row must be for a REST row: amounts as the exact decimal text of the REST numbers. */
function expected(r: RestCost, kind: 'historical' | 'estimated' | 'projected', daily: boolean, now: Date): GqlCost {
  const a = r.attributes;
  const date = new Date(a.date);
  return {
    org: { publicId: a.public_id, name: a.org_name, region: a.region },
    month: date.toISOString().slice(0, 7),
    day: daily ? date.toISOString().slice(0, 10) : null,
    date: date.toISOString().replace('.000Z', 'Z'),
    totalCost: decimalText((kind === 'projected' ? a.projected_total_cost : a.total_cost) as number),
    isFinal: kind === 'historical' ? now >= costFinalizedAt(date) : null,
    charges: a.charges.map((c) => ({
      productName: c.product_name,
      chargeType: c.charge_type,
      cost: decimalText(c.cost),
    })),
  };
}

/** Query.costs / Org.costs against the simulator's REST answers for the same arguments. */
describe('costs: historical, estimated and projected', () => {
  let stack: Stack;
  let now: Date;
  beforeAll(async () => {
    stack = await startStack();
    now = new Date();
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.sim.log.clear());

  const restCosts = async (path: string, query: Record<string, string>): Promise<RestCost[]> => {
    const res = await stack.rest(path, query);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.data as RestCost[];
  };

  it.each([
    ['SUB_ORG', 'sub-org'],
    ['SUMMARY', 'summary'],
  ])('HISTORICAL, view %s, equals GET historical_cost', async (view, restView) => {
    const startMonth = monthOf(now, 4);
    const endMonth = monthOf(now, 1);
    const res = await stack.gql<{ costs: GqlCost[] }>(
      `query($s: Month, $e: Month) { costs(kind: HISTORICAL, view: ${view}, startMonth: $s, endMonth: $e) { ${COST_FIELDS} } }`,
      { s: startMonth, e: endMonth },
    );
    expect(res.body.errors, res.text).toBeUndefined();
    expect(stack.sim.log.entries({ endpoint: 'GetHistoricalCostByOrg' }).map((e) => e.query)).toEqual([
      { start_month: startMonth, end_month: endMonth, view: restView },
    ]);
    const rest = await restCosts('/api/v2/usage/historical_cost', {
      start_month: startMonth,
      end_month: endMonth,
      view: restView,
    });
    expect(rest).toHaveLength(4 * (view === 'SUB_ORG' ? stack.sim.world.orgs.length : 1));
    expect(res.body.data?.costs).toEqual(rest.map((r) => expected(r, 'historical', false, now)));
    // Two months back is always final; the month before is final from the 16th on (written out here,
    // not with the code's own rule).
    const costs = res.body.data?.costs ?? [];
    expect(costs[0]?.isFinal).toBe(true);
    const lastMonth = costs[costs.length - 1]!;
    const [y, m] = lastMonth.month.split('-').map(Number) as [number, number];
    expect(lastMonth.isFinal).toBe(now.getTime() >= Date.UTC(y, m, 16)); // (1-based m: the 16th of the next month)
  });

  it('ESTIMATED by month and by day (per day and cumulative) equals GET estimated_cost', async () => {
    const today = now.toISOString().slice(0, 10);
    const firstOfPrevious = `${monthOf(now, 1)}-01`;
    const cases: Array<[string, Record<string, unknown>, Record<string, string>, boolean]> = [
      ['startMonth: $s', { s: monthOf(now, 1) }, { start_month: monthOf(now, 1), end_month: monthOf(now, 0) }, false],
      [
        'startDate: $s, endDate: $e',
        { s: firstOfPrevious, e: today },
        { start_date: firstOfPrevious, end_date: today },
        true,
      ],
      [
        'startDate: $s, costAggregation: cumulative',
        { s: firstOfPrevious },
        { start_date: firstOfPrevious, end_date: today, cost_aggregation: 'cumulative' },
        true,
      ],
    ];
    for (const [args, variables, restQuery, daily] of cases) {
      stack.sim.log.clear();
      const decl = args.includes('startMonth') ? '$s: Month' : args.includes('$e') ? '$s: Date, $e: Date' : '$s: Date';
      const res = await stack.gql<{ costs: GqlCost[] }>(
        `query(${decl}) { costs(kind: ESTIMATED, ${args}) { ${COST_FIELDS} } }`,
        variables,
      );
      expect(res.body.errors, res.text).toBeUndefined();
      const calls = stack.sim.log.entries({ endpoint: 'GetEstimatedCostByOrg' });
      expect(calls.map((c) => c.query)).toEqual([{ view: 'sub-org', ...restQuery }]);
      const rest = await restCosts('/api/v2/usage/estimated_cost', { view: 'sub-org', ...restQuery });
      expect(rest.length).toBeGreaterThan(0);
      expect(res.body.data?.costs).toEqual(rest.map((r) => expected(r, 'estimated', daily, now)));
    }
  });

  it('PROJECTED equals GET projected_cost; charges filter by product and type', async () => {
    const res = await stack.gql<{ costs: GqlCost[]; totals: Array<{ charges: GqlCost['charges'] }> }>(
      `{ costs(kind: PROJECTED, view: SUMMARY) { ${COST_FIELDS} }
         totals: costs(kind: PROJECTED, view: SUMMARY) { charges(productName: "infra_host", chargeType: "total") { productName chargeType cost } } }`,
    );
    expect(res.body.errors, res.text).toBeUndefined();
    expect(stack.sim.log.count({ endpoint: 'GetProjectedCost' })).toBe(1);
    const rest = await restCosts('/api/v2/usage/projected_cost', { view: 'summary' });
    expect(res.body.data?.costs).toEqual(rest.map((r) => expected(r, 'projected', false, now)));
    const infra = rest[0]!.attributes.charges.find((c) => c.product_name === 'infra_host' && c.charge_type === 'total');
    expect(res.body.data?.totals[0]?.charges).toEqual([
      { productName: 'infra_host', chargeType: 'total', cost: decimalText(infra!.cost) },
    ]);
  });

  it('orgs { costs } is one upstream request for every org (plus the org directory), each org keeping its rows', async () => {
    const s = monthOf(now, 3);
    const e = monthOf(now, 2);
    const res = await stack.gql<{
      orgs: Array<{ publicId: string; costs: GqlCost[] }>;
      all: GqlCost[];
    }>(
      `query($s: Month, $e: Month) {
        orgs { ... on DatadogOrg { publicId costs(kind: HISTORICAL, startMonth: $s, endMonth: $e) { ${COST_FIELDS} } } }
        all: costs(kind: HISTORICAL, startMonth: $s, endMonth: $e) { ${COST_FIELDS} }
      }`,
      { s, e },
    );
    expect(res.body.errors, res.text).toBeUndefined();
    const counts = {
      historical: stack.sim.log.count({ endpoint: 'GetHistoricalCostByOrg' }),
      directory: stack.sim.log.count({ endpoint: 'GetUsageSummary' }),
      total: stack.sim.log.count(),
    };
    console.log('orgs { costs(HISTORICAL) } + costs(HISTORICAL):', counts);
    expect(counts).toEqual({ historical: 1, directory: 1, total: 2 });
    const rest = await restCosts('/api/v2/usage/historical_cost', { start_month: s, end_month: e, view: 'sub-org' });
    const orgs = res.body.data?.orgs ?? [];
    expect(orgs).toHaveLength(stack.sim.world.orgs.length);
    for (const org of orgs) {
      expect(org.costs).toEqual(
        rest.filter((r) => r.attributes.public_id === org.publicId).map((r) => expected(r, 'historical', false, now)),
      );
      expect(org.costs).toHaveLength(2);
    }
    expect(res.body.data?.all).toEqual(rest.map((r) => expected(r, 'historical', false, now)));
  });

  it('two different argument sets are two upstream requests', async () => {
    const res = await stack.gql(
      `query($a: Month, $b: Month) {
        orgs { ... on DatadogOrg { a: costs(kind: HISTORICAL, startMonth: $a, endMonth: $a) { totalCost }
               b: costs(kind: HISTORICAL, startMonth: $b, endMonth: $b) { totalCost } } }
      }`,
      { a: monthOf(now, 2), b: monthOf(now, 3) },
    );
    expect(res.body.errors, res.text).toBeUndefined();
    const historical = stack.sim.log.count({ endpoint: 'GetHistoricalCostByOrg' });
    console.log('orgs { a: costs(...) b: costs(...) }: historical requests =', historical);
    expect(historical).toBe(2);
  });

  it('child-org keys: the upstream 400 comes back mapped on the field, siblings survive', async () => {
    const child = stack.sim.world.orgs[1]!;
    const res = await stack.gql<{ costs: null; activeBillingDimensions: { values: string[] } | null }>(
      `{ costs(kind: PROJECTED) { totalCost } activeBillingDimensions { values } }`,
      {},
      { 'DD-API-KEY': child.apiKey, 'DD-APPLICATION-KEY': child.appKey },
    );
    expect(res.body.data?.costs).toBeNull();
    expect(res.body.data?.activeBillingDimensions?.values.length).toBeGreaterThan(0);
    expect(res.body.errors).toHaveLength(1);
    const err = res.body.errors![0]!;
    expect(err.path).toEqual(['costs']);
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
    expect(err.message).toContain('API called with non-parent org keys. Data is only available at the root level org');
    expect(err.extensions?.upstream).toMatchObject({ endpoint: 'GetProjectedCost', status: 400 });
  });
});
