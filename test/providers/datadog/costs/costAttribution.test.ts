import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStack, type GqlResponse, type Stack } from '../../../helpers/stack.js';
import { decimalText } from '../../../helpers/exactDecimal.js';

interface RestRow {
  id: string;
  attributes: {
    month: string;
    org_name: string;
    public_id: string;
    tag_config_source: string;
    tags: Record<string, string[]> | null;
    updated_at: string;
    values: Record<string, number>;
  };
}
interface Node {
  org: { publicId: string; name: string };
  month: string;
  tags: Array<{ key: string; values: string[] }> | null;
  tagConfigSource: string;
  updatedAt: string;
  values: Array<{ field: string; cost: string | null; percentage: number | null }>;
  cost: string | null;
  percentage: number | null;
}
interface Page {
  monthlyCostAttribution: {
    edges: Array<{ cursor: string; node: Node }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    aggregates: Array<{ aggType: string; field: string; cost: string | null; percentage: number | null }>;
  };
}

const monthOf = (d: Date, back: number): string =>
  new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1)).toISOString().slice(0, 7);

const QUERY = `query($fields: [String!], $s: Month!, $e: Month, $keys: [String!], $sortName: String, $first: Int, $after: String) {
  monthlyCostAttribution(fields: $fields, startMonth: $s, endMonth: $e, tagBreakdownKeys: $keys, sortName: $sortName,
                         sortDirection: asc, first: $first, after: $after) {
    edges { cursor node { org { publicId name } month tags { key values } tagConfigSource updatedAt
                         values { field cost percentage } cost(field: "infra_host_total_cost")
                         percentage(field: "infra_host_percentage_in_org") } }
    pageInfo { hasNextPage endCursor }
    aggregates { aggType field cost percentage }
  }
}`;

/** A REST value as GraphQL carries it: `*_cost` fields as exact decimal text, shares as numbers. */
function figure(field: string, value: number): { cost: string | null; percentage: number | null } {
  return field.endsWith('_cost') ? { cost: decimalText(value), percentage: null } : { cost: null, percentage: value };
}

function expectedNode(r: RestRow): Node {
  const a = r.attributes;
  return {
    org: { publicId: a.public_id, name: a.org_name },
    month: a.month.slice(0, 7),
    tags:
      a.tags === null
        ? null
        : Object.keys(a.tags)
            .sort()
            .map((key) => ({ key, values: a.tags![key]! })),
    tagConfigSource: a.tag_config_source,
    updatedAt: a.updated_at,
    values: Object.entries(a.values).map(([field, value]) => ({ field, ...figure(field, value) })),
    cost: a.values.infra_host_total_cost === undefined ? null : decimalText(a.values.infra_host_total_cost),
    percentage: a.values.infra_host_percentage_in_org ?? null,
  };
}

describe('monthlyCostAttribution, activeBillingDimensions, billingDimensionMapping', () => {
  let stack: Stack;
  let now: Date;
  beforeAll(async () => {
    stack = await startStack({ maxPageSize: 7 });
    now = new Date();
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.sim.log.clear());

  async function restWalk(query: Record<string, string>): Promise<{ rows: RestRow[]; aggregates: unknown[] }> {
    const rows: RestRow[] = [];
    let next: string | null = null;
    let aggregates: unknown[] = [];
    do {
      const res = await stack.rest(
        '/api/v2/cost_by_tag/monthly_cost_attribution',
        next ? { ...query, next_record_id: next } : query,
      );
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      rows.push(...(res.body.data as RestRow[]));
      const meta = res.body.meta as { aggregates: unknown[]; pagination: { next_record_id: string | null } };
      aggregates = meta.aggregates;
      next = meta.pagination.next_record_id;
    } while (next);
    return { rows, aggregates };
  }

  it('pages to the end across several upstream pages and equals the REST walk, aggregates included', async () => {
    const variables = {
      fields: ['infra_host_total_cost', 'infra_host_percentage_in_org', 'logs_ingested_on_demand_cost'],
      s: monthOf(now, 3),
      e: monthOf(now, 1),
      keys: ['team', 'env'],
      sortName: 'infra_host',
      first: 5,
    };
    const nodes: Node[] = [];
    let after: string | null = null;
    let aggregates: Page['monthlyCostAttribution']['aggregates'] = [];
    let pages = 0;
    do {
      const res: GqlResponse<Page> = await stack.gql<Page>(QUERY, { ...variables, after });
      expect(res.body.errors, res.text).toBeUndefined();
      const c: Page['monthlyCostAttribution'] = res.body.data!.monthlyCostAttribution;
      nodes.push(...c.edges.map((e) => e.node));
      aggregates = c.aggregates;
      after = c.pageInfo.hasNextPage ? c.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    const upstreamRequests = stack.sim.log.count({ endpoint: 'GetMonthlyCostAttribution' });
    const rest = await restWalk({
      start_month: variables.s,
      end_month: variables.e,
      fields: [...variables.fields].sort().join(','),
      sort_direction: 'asc',
      sort_name: 'infra_host',
      tag_breakdown_keys: 'team,env',
      include_descendants: 'true',
    });
    expect(rest.rows.length).toBeGreaterThan(14); // several upstream pages of 7
    expect(nodes).toEqual(rest.rows.map(expectedNode));
    expect(aggregates).toEqual(
      (rest.aggregates as Array<{ agg_type: string; field: string; value: number }>).map((a) => ({
        aggType: a.agg_type,
        field: a.field,
        ...figure(a.field, a.value),
      })),
    );
    console.log(
      `monthlyCostAttribution: ${nodes.length} rows in ${pages} GraphQL pages of 5, ${upstreamRequests} upstream pages of 7`,
    );
    expect(pages).toBe(Math.ceil(rest.rows.length / 5));
    // Each GraphQL page resumes from its cursor's upstream page: never more than two reads per page.
    expect(upstreamRequests).toBeLessThanOrEqual(2 * pages);
  });

  it('defaults to all fields (`*`) and totals without tag breakdown', async () => {
    const res = await stack.gql<Page>(QUERY, { s: monthOf(now, 1), e: monthOf(now, 1), first: 100 });
    expect(res.body.errors, res.text).toBeUndefined();
    const calls = stack.sim.log.entries({ endpoint: 'GetMonthlyCostAttribution' });
    expect(calls[0]?.query.fields).toBe('*');
    const nodes = res.body.data!.monthlyCostAttribution.edges.map((e) => e.node);
    expect(nodes).toHaveLength(stack.sim.world.orgs.length);
    expect(nodes.every((n) => n.tags === null)).toBe(true);
    expect(nodes[0]!.values.length).toBeGreaterThan(50);
    const rest = await restWalk({
      start_month: monthOf(now, 1),
      end_month: monthOf(now, 1),
      fields: '*',
      sort_direction: 'asc',
      include_descendants: 'true',
    });
    expect(nodes).toEqual(rest.rows.map(expectedNode));
  });

  it('tag keys in another order or with spaces are one upstream request, sent sorted', async () => {
    stack.sim.log.clear();
    const res = await stack.gql<{ a: { edges: unknown[] }; b: { edges: unknown[] } }>(
      `query($s: Month!) {
        a: monthlyCostAttribution(fields: ["infra_host_total_cost"], startMonth: $s, endMonth: $s, tagBreakdownKeys: ["team", "env"], first: 3) { edges { cursor } }
        b: monthlyCostAttribution(fields: ["infra_host_total_cost"], startMonth: $s, endMonth: $s, tagBreakdownKeys: [" env", "team", "team"], first: 3) { edges { cursor } }
      }`,
      { s: monthOf(now, 1) },
    );
    expect(res.body.errors, res.text).toBeUndefined();
    const calls = stack.sim.log.entries({ endpoint: 'GetMonthlyCostAttribution' });
    expect(calls.map((c) => c.query.tag_breakdown_keys)).toEqual(['env,team']);
    expect(res.body.data!.a.edges).toEqual(res.body.data!.b.edges);
  });

  it('activeBillingDimensions equals GET active_billing_dimensions', async () => {
    const res = await stack.gql<{ activeBillingDimensions: { month: string; values: string[] } }>(
      '{ activeBillingDimensions { month values } }',
    );
    expect(res.body.errors, res.text).toBeUndefined();
    const rest = (await stack.rest('/api/v2/cost_by_tag/active_billing_dimensions', {})).body as {
      data: { attributes: { month: string; values: string[] } };
    };
    expect(res.body.data?.activeBillingDimensions).toEqual({
      month: rest.data.attributes.month.slice(0, 7),
      values: rest.data.attributes.values,
    });
    expect(stack.sim.log.count({ endpoint: 'GetActiveBillingDimensions' })).toBe(2); // ours and the REST check
  });

  it.each([
    ['active', {}],
    ['all', { 'filter[view]': 'all' }],
  ])('billingDimensionMapping (%s) equals GET billing_dimension_mapping', async (view, restQuery) => {
    const month = monthOf(now, 1);
    const res = await stack.gql<{
      billingDimensionMapping: Array<{
        billingDimension: string;
        inAppLabel: string;
        month: string;
        endpoints: Array<{ endpoint: string; keys: string[]; status: string }>;
      }>;
    }>(
      `query($m: Month) { billingDimensionMapping(month: $m${view === 'all' ? ', view: all' : ''}) {
        billingDimension inAppLabel month endpoints { endpoint keys status } } }`,
      { m: month },
    );
    expect(res.body.errors, res.text).toBeUndefined();
    const rest = (await stack.rest('/api/v2/usage/billing_dimension_mapping', { 'filter[month]': month, ...restQuery }))
      .body as {
      data: Array<{
        id: string;
        attributes: {
          in_app_label: string;
          timestamp: string;
          endpoints: Array<{ id: string; keys: string[]; status: string }>;
        };
      }>;
    };
    expect(rest.data.length).toBeGreaterThan(0);
    expect(res.body.data?.billingDimensionMapping).toEqual(
      rest.data.map((d) => ({
        billingDimension: d.id,
        inAppLabel: d.attributes.in_app_label,
        month: d.attributes.timestamp.slice(0, 7),
        endpoints: d.attributes.endpoints.map((e) => ({ endpoint: e.id, keys: e.keys, status: e.status })),
      })),
    );
  });

  it('a JSON:API error body (child-org keys on billing_dimension_mapping) comes back mapped with its detail', async () => {
    const child = stack.sim.world.orgs[2]!;
    const res = await stack.gql(
      '{ billingDimensionMapping { billingDimension } }',
      {},
      {
        'DD-API-KEY': child.apiKey,
        'DD-APPLICATION-KEY': child.appKey,
      },
    );
    expect(res.body.data).toEqual({ billingDimensionMapping: null });
    const err = res.body.errors![0]!;
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
    expect(err.message).toContain(
      'Bad Request: API called with non-parent org keys. Data is only available at the root level org',
    );
  });

  it('org beyond what a record holds is completed from the org directory', async () => {
    const res = await stack.gql<{
      monthlyCostAttribution: { nodes: Array<{ org: { region: string; isAccount: boolean } }> };
    }>(
      `query($s: Month!) { monthlyCostAttribution(fields: ["infra_host_total_cost"], startMonth: $s, endMonth: $s) {
        nodes { org { region isAccount } } } }`,
      { s: monthOf(now, 1) },
    );
    expect(res.body.errors, res.text).toBeUndefined();
    const nodes = res.body.data!.monthlyCostAttribution.nodes;
    expect(nodes.map((n) => n.org)).toEqual(
      stack.sim.world.orgs.map((o, i) => ({ region: o.region, isAccount: i === 0 })),
    );
    expect(stack.sim.log.count({ endpoint: 'GetUsageSummary' })).toBe(1);
  });
});
