import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFastlyStack, type FastlyStack } from '../../../helpers/fastlyStack.js';
import { monthsBefore } from '../../../helpers/stack.js';

interface Org {
  __typename: string;
  id: string;
  provider: string;
  publicId: string;
  name: string;
  isAccount: boolean;
}
interface GqlError {
  message: string;
  path?: Array<string | number>;
  extensions?: Record<string, unknown>;
}

const ORGS = `{ orgs { __typename id provider publicId name isAccount } }`;

describe('Datadog and Fastly side by side', () => {
  let stack: FastlyStack;
  beforeAll(async () => {
    stack = await startFastlyStack({ datadog: {} });
  });
  afterAll(() => stack.stop());
  beforeEach(() => {
    for (const sim of [stack.fastly, stack.datadog!]) {
      sim.faults.clear();
      sim.log.clear();
    }
  });

  it('lists both providers and their orgs: Datadog parent first, then children, then the Fastly customer', async () => {
    const providers = await stack.gql<{ providers: Array<{ name: string; mode: string }> }>(
      '{ providers { name mode } }',
    );
    expect(providers.body.data!.providers).toEqual([
      { name: 'DATADOG', mode: 'REAL' },
      { name: 'FASTLY', mode: 'REAL' },
      { name: 'F5XC', mode: 'UNCONFIGURED' },
    ]);
    const res = await stack.gql<{ orgs: Org[] }>(ORGS);
    expect(res.body.errors).toBeUndefined();
    const orgs = res.body.data!.orgs;
    const customer = stack.fastly.world.customers[0]!;
    const datadogOrgs = orgs.filter((o) => o.provider === 'DATADOG');
    expect(datadogOrgs.length).toBe(stack.datadog!.world.orgs.length);
    expect(orgs.at(-1)).toEqual({
      __typename: 'FastlyOrg',
      id: expect.any(String),
      provider: 'FASTLY',
      publicId: customer.id,
      name: customer.name,
      isAccount: true,
    });
    expect(stack.fastly.log.entries().map((e) => e.endpoint)).toEqual(['getLoggedInCustomer']);

    const only = await stack.gql<{ orgs: Org[] }>('{ orgs(provider: FASTLY) { publicId } }');
    expect(only.body.data!.orgs).toEqual([{ publicId: customer.id }]);
    const node = await stack.gql<{ node: Org }>(
      `query($id: ID!) { node(id: $id) { ... on FastlyOrg { publicId name } } }`,
      {
        id: orgs.at(-1)!.id,
      },
    );
    expect(node.body.data!.node).toEqual({ publicId: customer.id, name: customer.name });
  });

  it('batches across providers: one upstream call per distinct (endpoint, arguments)', async () => {
    const now = stack.fastly.world.now;
    const res = await stack.gql<{ orgs: Array<Record<string, unknown>> }>(
      `query($start: Month!, $from: DateTime!, $to: DateTime!) { orgs {
        publicId
        ... on DatadogOrg { hourlyUsage(start: $from, end: $to, productFamilies: [infra_hosts], first: 5) { edges { cursor } } }
        ... on FastlyOrg { products(start: $start) { productId } again: products(start: $start) { productId } monthToDate { total } }
      } }`,
      {
        start: monthsBefore(now, 5),
        from: new Date(stack.datadog!.world.now.getTime() - 4 * 3_600_000).toISOString(),
        to: new Date(stack.datadog!.world.now.getTime() - 3_600_000).toISOString(),
      },
    );
    expect(res.body.errors).toBeUndefined();
    const fastlyCalls = stack.fastly.log.entries().map((e) => `${e.endpoint} ${JSON.stringify(e.query)}`);
    expect(new Set(fastlyCalls).size).toBe(fastlyCalls.length);
    // The customer, months 5..3 and 2..0 back, the open period.
    expect(fastlyCalls).toHaveLength(4);
    const datadogCalls = stack.datadog!.log.entries().map((e) => `${e.endpoint} ${JSON.stringify(e.query)}`);
    expect(new Set(datadogCalls).size).toBe(datadogCalls.length);
  });

  it('Fastly down: Datadog fields intact, Fastly fields UPSTREAM_UNAVAILABLE on their own paths', async () => {
    stack.fastly.faults.inject({ status: 500, times: 100 });
    const res = await stack.gql<{ orgs: Array<Org | null>; account: { name: string }; fastlyCustomer: null }>(
      `{ account { name } fastlyCustomer { name } orgs { provider publicId } }`,
    );
    expect(res.status).toBe(200);
    const data = res.body.data!;
    expect(data.account.name).toBe(stack.datadog!.world.parent.name);
    expect(data.fastlyCustomer).toBeNull();
    // Datadog's orgs listed; Fastly's entry null with its error at its index.
    const datadogCount = stack.datadog!.world.orgs.length;
    expect(data.orgs).toHaveLength(datadogCount + 1);
    expect(data.orgs.slice(0, datadogCount).every((o) => o?.provider === 'DATADOG')).toBe(true);
    expect(data.orgs[datadogCount]).toBeNull();
    const errors = res.body.errors as GqlError[];
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining([['fastlyCustomer'], ['orgs', datadogCount]]));
    for (const e of errors) {
      expect(e.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
      expect((e.extensions?.upstream as { provider: string }).provider).toBe('fastly');
    }
  });

  it('Datadog down: Fastly fields intact, Datadog fields UPSTREAM_UNAVAILABLE on their own paths', async () => {
    stack.datadog!.faults.inject({ status: 500, times: 100 });
    const res = await stack.gql<{ orgs: Array<Org | null>; account: null; fastlyCustomer: { name: string } }>(
      `{ account { name } fastlyCustomer { name } orgs { provider publicId } }`,
    );
    const data = res.body.data!;
    expect(data.account).toBeNull();
    expect(data.fastlyCustomer.name).toBe(stack.fastly.world.customers[0]!.name);
    expect(data.orgs).toEqual([null, { provider: 'FASTLY', publicId: stack.fastly.world.customers[0]!.id }]);
    const errors = res.body.errors as GqlError[];
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining([['account'], ['orgs', 0]]));
    for (const e of errors) {
      expect(e.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
      expect((e.extensions?.upstream as { provider: string }).provider).toBe('datadog');
    }
  });

  it("a request's own Fastly-Key reads its own customer; another tenant's cursor is refused", async () => {
    const other = stack.fastly.world.customers[1]!;
    const res = await stack.gql<{
      fastlyCustomer: { publicId: string; invoices: { pageInfo: { endCursor: string } } };
    }>(
      '{ fastlyCustomer { publicId invoices(first: 1) { pageInfo { endCursor } } } }',
      {},
      { 'Fastly-Key': other.token },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.fastlyCustomer.publicId).toBe(other.id);
    expect(res.text).not.toContain(other.token);
    const cursor = res.body.data!.fastlyCustomer.invoices.pageInfo.endCursor;
    const reuse = await stack.gql(
      `query($c: String) { fastlyCustomer { invoices(first: 1, after: $c) { totalCount } } }`,
      {
        c: cursor,
      },
    );
    expect(reuse.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(stack.logLines.join('\n')).not.toContain(other.token);
  });
  // Last: the gateway then paces Fastly until the announced reset.
  it('Fastly rate-limited: a typed UPSTREAM_RATE_LIMITED error on the Fastly path only', async () => {
    stack.fastly.faults.inject({ kind: 'rateLimit', times: 100, resetSeconds: 60 });
    const res = await stack.gql<{ account: { name: string }; fastlyCustomer: null }>(
      `{ account { name } fastlyCustomer { name } }`,
    );
    expect(res.body.data!.account.name).toBe(stack.datadog!.world.parent.name);
    expect(res.body.data!.fastlyCustomer).toBeNull();
    expect(res.body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['fastlyCustomer'], 'UPSTREAM_RATE_LIMITED'],
    ]);
  });
});
