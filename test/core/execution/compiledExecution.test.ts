import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hoursBefore, startStack, type GqlResponse, type Stack } from '../../helpers/stack.js';
import { EXAMPLE_QUERY, exampleVariables } from '../../../src/providers/datadog/datadogExample.js';

/**
 * The gateway's operations run through the compiled executor (src/execution). These are the cases a
 * compiled path is known to get wrong, and the gateway's real operations answered both ways: as
 * compiled, and by graphql-js (an `@include` directive sends an operation there: the compiled path
 * leaves directives to graphql-js).
 */
describe('compiled execution through the gateway', () => {
  let stack: Stack;
  let start: string;
  let end: string;
  beforeAll(async () => {
    stack = await startStack();
    start = hoursBefore(stack.sim.world.now, 24 * 5);
    end = hoursBefore(stack.sim.world.now, 24 * 4);
  });
  afterAll(() => stack.stop());
  beforeEach(() => {
    stack.sim.faults.clear();
    stack.sim.log.clear();
  });

  /** The same operation executed by graphql-js: one more root field, `__typename`, behind `@include`. */
  function viaGraphqlJs(query: string): string {
    const last = query.lastIndexOf('}');
    return `${query.slice(0, last)} __typename @include(if: true) }${query.slice(last + 1)}`;
  }

  /** Runs `query` compiled and by graphql-js: the two answers must be the same. */
  async function expectSameBothWays(query: string, variables: Record<string, unknown>): Promise<GqlResponse> {
    const compiled = await stack.gql(query, variables);
    const reference = await stack.gql(viaGraphqlJs(query), variables);
    expect(reference.body.data?.__typename ?? 'Query').toBe('Query');
    if (reference.body.data) delete reference.body.data.__typename;
    expect(compiled.status).toBe(reference.status);
    expect(compiled.body).toEqual(reference.body);
    return compiled;
  }

  it('nodes(ids:) with one failing and one missing ID keeps both positions: [obj, null, null]', async () => {
    const orgs = await stack.gql<{ orgs: Array<{ id: string }> }>(`{ orgs { id } }`);
    const known = orgs.body.data!.orgs[1]!.id;
    const missing = Buffer.from('DatadogOrg:nope').toString('base64');
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`;
    const res = await stack.gql<{ nodes: Array<{ id: string } | null> }>(query, { ids: [known, 'not-an-id', missing] });
    expect(res.body.data?.nodes).toEqual([{ id: known }, null, null]);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors?.[0]).toMatchObject({ path: ['nodes', 1], extensions: { code: 'BAD_USER_INPUT' } });
    expect(res.body.errors?.[0]?.message).toMatch(/Argument "id" must be an ID.*but got: "not-an-id"/);
    const twoNulls = await stack.gql<{ nodes: Array<{ id: string } | null> }>(query, { ids: ['not-an-id', missing] });
    expect(twoNulls.body.data?.nodes).toEqual([null, null]);
    await expectSameBothWays(query, { ids: [known, 'not-an-id', missing, 'also-bad'] });
  });

  it('a bad DateTime variable is refused with the scalar own message, BAD_USER_INPUT, before any upstream call', async () => {
    const query = `query($start: DateTime!) { hourlyUsage(start: $start) { nodes { hour } } }`;
    const res = await stack.gql(query, { start: 'yesterday' });
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors?.[0]?.message).toMatch(
      /^Variable "\$start" got invalid value "yesterday"; DateTime must be YYYY-MM-DDThh, YYYY-MM-DD or ISO-8601 .*but got: "yesterday"$/,
    );
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(stack.sim.log.count()).toBe(0);
    await expectSameBothWays(query, { start: 'yesterday' });
  });

  it('the 100-record dashboard query and the GraphiQL example answer the same both ways', async () => {
    const dashboard = await expectSameBothWays(
      `query Dashboard($start: DateTime!, $end: DateTime!) {
        hourlyUsage(productFamilies: [infra_hosts, logs, indexed_spans], start: $start, end: $end, includeDescendants: true, first: 100) {
          nodes { id org { publicId name } productFamily hour measurements { usageType value } }
          edges { cursor node { hour } }
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        }
      }`,
      { start, end },
    );
    expect((dashboard.body.data as { hourlyUsage: { nodes: unknown[] } }).hourlyUsage.nodes).toHaveLength(100);
    const example = await expectSameBothWays(EXAMPLE_QUERY, exampleVariables(stack.sim.world.now));
    expect(example.body.errors).toBeUndefined();
  });

  it('fragments, aliases and __typename on the Org and Node interfaces answer the same both ways', async () => {
    const orgs = await stack.gql<{ orgs: Array<{ id: string }> }>(`{ orgs { id } }`);
    const ids = orgs.body.data!.orgs.map((o) => o.id);
    const res = await expectSameBothWays(
      `fragment OrgFields on Org { __typename id name provider }
      fragment Usage on DatadogOrg { usage: hourlyUsage(productFamilies: [rum], start: $start, end: $end, first: 2) { nodes { hour } } }
      query($ids: [ID!]!, $start: DateTime!, $end: DateTime!) {
        account { ...OrgFields isAccount children { publicId } }
        all: orgs { ...OrgFields ... on DatadogOrg { region parent { name } ...Usage } }
        nodes(ids: $ids) { __typename id ... on Org { name } }
      }`,
      { ids, start, end },
    );
    expect(res.body.errors).toBeUndefined();
  });

  it('a failing upstream propagates through non-null fields the same both ways (one error per nulled position)', async () => {
    // Every org directory read fails: `isAccount` (non-null) fails on every record, nulling the
    // non-null record, the non-null list, and so the connection; `account` fails on its own.
    stack.sim.faults.inject({ endpoint: 'GetUsageSummary', status: 500, times: 1_000 });
    const res = await expectSameBothWays(
      `query($start: DateTime!, $end: DateTime!) {
        account { name }
        hourlyUsage(productFamilies: [infra_hosts, logs], start: $start, end: $end, first: 5) { nodes { hour org { name isAccount } } }
      }`,
      { start, end },
    );
    expect(res.body.data).toEqual({ account: null, hourlyUsage: null });
    expect(res.body.errors?.map((e) => e.path)).toEqual([['account'], ['hourlyUsage', 'nodes', 0, 'org', 'isAccount']]);
  });
});
