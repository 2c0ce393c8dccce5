import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hoursBefore, startStack, type Stack } from '../../../helpers/stack.js';

/**
 * The batching rules of DESIGN.md, proven by counting requests in the simulator's log. Each test
 * prints its measured counts so the figures can be reported.
 */
describe('batching and de-duplication within one operation', () => {
  let stack: Stack;
  let start: string;
  let end: string;
  beforeAll(async () => {
    stack = await startStack();
    start = hoursBefore(stack.sim.world.now, 24 * 5);
    end = hoursBefore(stack.sim.world.now, 24 * 4);
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.sim.log.clear());

  const hourly = () => stack.sim.log.entries({ endpoint: 'GetHourlyUsage' });

  it('selections differing only in product families become one call with the families joined', async () => {
    const res = await stack.gql<{
      a: { nodes: Array<{ productFamily: string }> };
      b: { nodes: Array<{ productFamily: string }> };
    }>(
      `query($start: DateTime!, $end: DateTime) {
        a: hourlyUsage(productFamilies: [infra_hosts], start: $start, end: $end, first: 1000) { nodes { productFamily } }
        b: hourlyUsage(productFamilies: [logs, timeseries], start: $start, end: $end, first: 1000) { nodes { productFamily } }
      }`,
      { start, end },
    );
    expect(res.body.errors).toBeUndefined();
    expect(new Set(res.body.data?.a.nodes.map((n) => n.productFamily))).toEqual(new Set(['infra_hosts']));
    expect(new Set(res.body.data?.b.nodes.map((n) => n.productFamily))).toEqual(new Set(['logs', 'timeseries']));
    expect(res.body.data?.a.nodes).toHaveLength(24);
    expect(res.body.data?.b.nodes).toHaveLength(48);
    const calls = hourly();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.query['filter[product_families]']).toBe('infra_hosts,logs,timeseries');
    expect(stack.sim.log.count()).toBe(1);
  });

  it('family sets whose union would not fit one upstream page keep their own requests', async () => {
    // All 55 families x 24 h = 1320 records: merging would make the narrow view page through them all.
    const query = `query($start: DateTime!, $end: DateTime, $after: String) {
      wide: hourlyUsage(start: $start, end: $end, first: 2) { nodes { hour } }
      narrow: hourlyUsage(productFamilies: [iot], start: $start, end: $end, first: 10, after: $after) {
        nodes { productFamily } pageInfo { hasNextPage endCursor }
      }
    }`;
    const res = await stack.gql<{ narrow: { nodes: unknown[]; pageInfo: { endCursor: string } } }>(query, {
      start,
      end,
    });
    expect(res.body.errors).toBeUndefined();
    const calls = hourly().map((c) => c.query['filter[product_families]']);
    expect(calls.sort()).toEqual(['all', 'iot']);
    stack.sim.log.clear();
    const next = await stack.gql<{ narrow: { nodes: unknown[] } }>(
      query.replace(/wide: hourlyUsage\(start: \$start, end: \$end, first: 2\) \{ nodes \{ hour \} \}/, ''),
      { start, end, after: res.body.data?.narrow.pageInfo.endCursor },
    );
    expect(next.body.errors).toBeUndefined();
    expect(next.body.data?.narrow.nodes).toHaveLength(10);
    // Resuming the narrow view reads its own one-page stream again, nothing of the wide one.
    expect(hourly().map((c) => c.query['filter[product_families]'])).toEqual(['iot']);
  });

  it('orgs { hourlyUsage } over 24 h is one include_descendants call, split by org', async () => {
    const res = await stack.gql<{
      orgs: Array<{ publicId: string; hourlyUsage: { nodes: Array<{ org: { publicId: string } }> } }>;
    }>(
      `query($start: DateTime!, $end: DateTime) {
        orgs { ... on DatadogOrg { publicId hourlyUsage(productFamilies: [infra_hosts], start: $start, end: $end, first: 100) { nodes { org { publicId } } } } }
      }`,
      { start, end },
    );
    expect(res.body.errors).toBeUndefined();
    const orgs = res.body.data?.orgs ?? [];
    expect(orgs).toHaveLength(stack.sim.world.orgs.length);
    for (const org of orgs) {
      expect(org.hourlyUsage.nodes).toHaveLength(24);
      expect(org.hourlyUsage.nodes.every((n) => n.org.publicId === org.publicId)).toBe(true);
    }
    const calls = hourly();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.query['filter[include_descendants]']).toBe('true');
    expect(stack.sim.log.count({ endpoint: 'GetUsageSummary' })).toBe(1);
  });

  it('the account-only view joins the multi-org call when both ask for the same window', async () => {
    const res = await stack.gql<{ mine: { nodes: Array<{ org: { publicId: string } }> } }>(
      `query($start: DateTime!, $end: DateTime) {
        mine: hourlyUsage(productFamilies: [logs], start: $start, end: $end, first: 100) { nodes { org { publicId } } }
        orgs { ... on DatadogOrg { hourlyUsage(productFamilies: [infra_hosts], start: $start, end: $end, first: 1) { nodes { hour } } } }
      }`,
      { start, end },
    );
    expect(res.body.errors).toBeUndefined();
    const mine = res.body.data?.mine.nodes ?? [];
    expect(mine).toHaveLength(24);
    expect(mine.every((n) => n.org.publicId === stack.sim.world.parent.publicId)).toBe(true);
    expect(hourly()).toHaveLength(1);
    expect(hourly()[0]?.query['filter[product_families]']).toBe('infra_hosts,logs');
  });

  it('identical upstream requests within an operation are made once', async () => {
    const res = await stack.gql(
      `query($start: DateTime!, $end: DateTime) {
        a: hourlyUsage(productFamilies: [dbm], start: $start, end: $end, first: 3) { nodes { hour } }
        b: hourlyUsage(productFamilies: [dbm], start: $start, end: $end, first: 5) { nodes { hour } }
        account { org: publicId }
        orgs { name }
      }`,
      { start, end },
    );
    expect(res.body.errors).toBeUndefined();
    expect(hourly()).toHaveLength(1);
    expect(stack.sim.log.count({ endpoint: 'GetUsageSummary' })).toBe(1);
  });

  it('node(id:) lookups of the same hour share one call', async () => {
    const listed = await stack.gql<{ orgs: Array<{ hourlyUsage: { nodes: Array<{ id: string }> } }> }>(
      `query($start: DateTime!) { orgs { ... on DatadogOrg { hourlyUsage(productFamilies: [iot], start: $start, first: 1) { nodes { id } } } } }`,
      { start },
    );
    const ids = (listed.body.data?.orgs ?? []).map((o) => o.hourlyUsage.nodes[0]?.id);
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    stack.sim.log.clear();
    const res = await stack.gql<{ nodes: Array<{ id: string; productFamily: string } | null> }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on HourlyUsage { productFamily } } }`,
      { ids },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.nodes.map((n) => n?.id)).toEqual(ids);
    expect(hourly()).toHaveLength(1);
    expect(stack.sim.log.count()).toBe(1);
  });

  it('a naive plan would have made one call per org and field: the figures', async () => {
    const query = `query($start: DateTime!, $end: DateTime) {
      orgs { ... on DatadogOrg { a: hourlyUsage(productFamilies: [infra_hosts], start: $start, end: $end, first: 24) { nodes { hour } }
             b: hourlyUsage(productFamilies: [logs], start: $start, end: $end, first: 24) { nodes { hour } } } }
    }`;
    const res = await stack.gql(query, { start, end });
    expect(res.body.errors).toBeUndefined();
    const naive = stack.sim.world.orgs.length * 2 + 1;
    const measured = stack.sim.log.count();
    console.log(
      `batching: ${stack.sim.world.orgs.length} orgs x 2 families over 24 h: ${measured} upstream calls (naive plan: ${naive})`,
    );
    expect(measured).toBe(2); // one summary + one hourly call
  });
});
