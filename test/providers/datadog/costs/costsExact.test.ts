import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../../../helpers/stack.js';
import { decimalSumText, decimalText } from '../../../helpers/exactDecimal.js';

interface RestCharge {
  product_name: string;
  charge_type: string;
  cost: number;
}
interface RestCost {
  attributes: { public_id: string; date: string; total_cost?: number; charges: RestCharge[] };
}
interface GqlCost {
  totalCost: string;
  charges: Array<{ productName: string; chargeType: string; cost: string }>;
}

const monthOf = (d: Date, back: number): string =>
  new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1)).toISOString().slice(0, 7);

const totalCharges = (r: RestCost): number[] =>
  r.attributes.charges.filter((c) => c.charge_type === 'total').map((c) => c.cost);

/**
 * Money is exact: amounts come back as decimal strings equal to what the upstream sent, and the sums
 * the gateway computes are exact decimal sums (never float sums, which drift).
 */
describe('costs: money is exact', () => {
  let stack: Stack;
  let now: Date;
  beforeAll(async () => {
    // A fixed clock: the months read, and so how many rows a float sum gets wrong, never move.
    stack = await startStack({ now: new Date('2026-11-20T10:00:00Z') });
    now = stack.sim.world.now;
  });
  afterAll(() => stack.stop());
  beforeEach(() => {
    stack.sim.faults.clear();
    stack.sim.log.clear();
  });

  const HISTORICAL = `query($s: Month, $e: Month) {
    costs(kind: HISTORICAL, startMonth: $s, endMonth: $e) { totalCost charges { productName chargeType cost } }
  }`;

  it('totalCost is the exact decimal sum of the total charges, as sent and as summed by the gateway when the upstream omits it', async () => {
    const s = monthOf(now, 3);
    const e = monthOf(now, 1);
    const rest = (await stack.rest('/api/v2/usage/historical_cost', { start_month: s, end_month: e, view: 'sub-org' }))
      .body as { data: RestCost[] };
    expect(rest.data.length).toBe(3 * stack.sim.world.orgs.length);
    // The simulator's totals are the exact sums of its total charges (an independent decimal sum).
    const exactTotals = rest.data.map((r) => decimalSumText(totalCharges(r)));
    expect(rest.data.map((r) => decimalText(r.attributes.total_cost!))).toEqual(exactTotals);
    const chargeCount = rest.data.reduce((acc, r) => acc + totalCharges(r).length, 0);
    const floatDrifts = rest.data.filter(
      (r, i) => decimalText(totalCharges(r).reduce((acc, c) => acc + c, 0)) !== exactTotals[i],
    ).length;
    console.log(
      `${rest.data.length} rows, ${chargeCount} total charges; a float sum would be off in ${floatDrifts} rows`,
    );
    expect(chargeCount).toBeGreaterThan(10 * rest.data.length); // many charges with micro-dollars each
    // The data is one where float summing is wrong, so the equalities below prove exact sums.
    expect(floatDrifts).toBeGreaterThan(0);

    stack.sim.log.clear();
    const passed = await stack.gql<{ costs: GqlCost[] }>(HISTORICAL, { s, e });
    expect(passed.body.errors, passed.text).toBeUndefined();
    expect(passed.body.data?.costs.map((c) => c.totalCost)).toEqual(exactTotals);
    expect(stack.sim.log.count({ endpoint: 'GetHistoricalCostByOrg' })).toBe(1);

    // The same answer without `total_cost`: the gateway adds the total charges itself.
    const withoutTotals = {
      data: rest.data.map((r) => ({ ...r, attributes: { ...r.attributes, total_cost: undefined } })),
    };
    expect(JSON.stringify(withoutTotals)).not.toContain('total_cost');
    stack.sim.faults.inject({ endpoint: 'GetHistoricalCostByOrg', status: 200, body: JSON.stringify(withoutTotals) });
    stack.sim.log.clear();
    const summed = await stack.gql<{ costs: GqlCost[] }>(HISTORICAL, { s, e });
    expect(summed.body.errors, summed.text).toBeUndefined();
    expect(summed.body.data?.costs.map((c) => c.totalCost)).toEqual(exactTotals);
    expect(summed.body.data?.costs.map((c) => c.charges)).toEqual(passed.body.data?.costs.map((c) => c.charges));
    expect(stack.sim.log.count({ endpoint: 'GetHistoricalCostByOrg' })).toBe(1);
  });

  it('no float drift, no rounding: sums, int64 amounts, long and exponent literals come back digit for digit', async () => {
    const month = monthOf(now, 2);
    const row = (id: string, totalCost: string | null, charges: Array<[string, string, string]>): string =>
      `{"type":"cost_by_org","id":"${id}","attributes":{"org_name":"Acme","public_id":"abc123","region":"us",` +
      `"date":"${month}-01T00:00:00+00:00",${totalCost === null ? '' : `"total_cost":${totalCost},`}"charges":[` +
      charges
        .map(([product, type, cost]) => `{"product_name":"${product}","charge_type":"${type}","cost":${cost}}`)
        .join(',') +
      ']}}';
    // Written by hand: these literals are exactly what the upstream sends.
    const body = `{"data":[${[
      row('drift', null, [
        ['infra_host', 'committed', '0.1'],
        ['infra_host', 'total', '0.1'],
        ['logs_ingested', 'on_demand', '0.2'],
        ['logs_ingested', 'total', '0.2'],
      ]),
      row(
        'tenths',
        null,
        Array.from({ length: 10 }, (_, i): [string, string, string] => [`product_${i}`, 'total', '0.1']),
      ),
      row('int64', '12345678901234567890', [['infra_host', 'total', '12345678901234567890']]),
      row('long', '123456789.123456', [
        ['infra_host', 'total', '123456789.123456'],
        ['logs_ingested', 'total', '1e-6'],
        ['apm_host', 'total', '1.5E3'],
      ]),
      row('upstreamDrift', '0.30000000000000004', [['infra_host', 'total', '0.30000000000000004']]),
    ].join(',')}]}`;
    // What float summation would answer instead.
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(Array.from({ length: 10 }, () => 0.1).reduce((a, b) => a + b, 0)).not.toBe(1);

    stack.sim.faults.inject({ endpoint: 'GetHistoricalCostByOrg', status: 200, body });
    const res = await stack.gql<{ costs: GqlCost[] }>(HISTORICAL, { s: month, e: month });
    expect(res.body.errors, res.text).toBeUndefined();
    expect(stack.sim.log.count({ endpoint: 'GetHistoricalCostByOrg' })).toBe(1);
    const costs = res.body.data!.costs;
    expect(costs.map((c) => c.totalCost)).toEqual([
      '0.3',
      '1',
      '12345678901234567890',
      '123456789.123456',
      '0.30000000000000004', // the upstream's own figure, reported as sent
    ]);
    expect(costs[0]!.charges.map((c) => c.cost)).toEqual(['0.1', '0.1', '0.2', '0.2']);
    expect(costs[2]!.charges.map((c) => c.cost)).toEqual(['12345678901234567890']);
    expect(costs[3]!.charges.map((c) => c.cost)).toEqual(['123456789.123456', '0.000001', '1500']);
    // On the wire: JSON strings, never numbers.
    expect(res.text).toContain('"totalCost":"0.3"');
    expect(res.text).toContain('"totalCost":"12345678901234567890"');
    expect(res.text).not.toMatch(/"(totalCost|cost)":\d/);
  });

  it('cost attribution: costs exact as strings, shares as numbers, values and aggregates alike', async () => {
    const month = monthOf(now, 1);
    const parent = stack.sim.world.parent;
    const body =
      `{"data":[{"type":"cost_by_tag","id":"r1","attributes":{"month":"${month}-01T00:00:00+00:00",` +
      `"org_name":"${parent.name}","public_id":"${parent.publicId}","tag_config_source":"x","tags":null,` +
      `"updated_at":"${month}-28T23:00:00Z","values":{"infra_host_total_cost":0.1,"logs_ingested_total_cost":12345678901234567890,` +
      `"infra_host_percentage_in_org":33.3333,"apm_host_total_cost":"n/a"}}}],` +
      `"meta":{"aggregates":[{"agg_type":"sum","field":"infra_host_total_cost","value":0.30000000000000004},` +
      `{"agg_type":"sum","field":"logs_ingested_total_cost","value":12345678901234567890},` +
      `{"agg_type":"sum","field":"infra_host_percentage_in_org","value":100}],"pagination":{"next_record_id":null}}}`;
    stack.sim.faults.inject({ endpoint: 'GetMonthlyCostAttribution', status: 200, body });
    const res = await stack.gql<{
      monthlyCostAttribution: {
        nodes: Array<{
          values: Array<{ field: string; cost: string | null; percentage: number | null }>;
          logs: string | null;
          share: number | null;
          absent: string | null;
        }>;
        aggregates: Array<{ field: string; cost: string | null; percentage: number | null }>;
      };
    }>(
      `query($s: Month!) {
        monthlyCostAttribution(startMonth: $s, endMonth: $s) {
          nodes { values { field cost percentage } logs: cost(field: "logs_ingested_total_cost")
                  share: percentage(field: "infra_host_percentage_in_org") absent: cost(field: "rum_total_cost") }
          aggregates { field cost percentage }
        }
      }`,
      { s: month },
    );
    expect(res.body.errors, res.text).toBeUndefined();
    expect(stack.sim.log.count({ endpoint: 'GetMonthlyCostAttribution' })).toBe(1);
    const c = res.body.data!.monthlyCostAttribution;
    expect(c.nodes).toEqual([
      {
        values: [
          { field: 'infra_host_total_cost', cost: '0.1', percentage: null },
          { field: 'logs_ingested_total_cost', cost: '12345678901234567890', percentage: null },
          { field: 'infra_host_percentage_in_org', cost: null, percentage: 33.3333 },
          { field: 'apm_host_total_cost', cost: null, percentage: null },
        ],
        logs: '12345678901234567890',
        share: 33.3333,
        absent: null,
      },
    ]);
    expect(c.aggregates).toEqual([
      { field: 'infra_host_total_cost', cost: '0.30000000000000004', percentage: null },
      { field: 'logs_ingested_total_cost', cost: '12345678901234567890', percentage: null },
      { field: 'infra_host_percentage_in_org', cost: null, percentage: 100 },
    ]);
  });
});
