import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../../src/graphql/globalId.js';
import { startF5xcStack, type F5xcStack } from '../../../helpers/f5xcStack.js';
import { asTenant, tokenAuth } from '../../../helpers/tokenAuth.js';

/**
 * F5 org scope through the real stack with real bearer tokens (METERQL_AUTH=tokens): a token scoped
 * to two namespaces sees, lists, fetches and reads only those; one also naming the tenant sees the
 * tenant but not its figures of every namespace; a token granted only Datadog never uses the
 * operator's F5 token.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- loosely typed JSON answers
type Json = any;

const HOUR = 3_600_000;
let stack: F5xcStack;
let tenant: string;
let names: string[];
let inScope: [string, string];
let outOfScope: string[];
let start: string;

const ops = asTenant('ops');
const two = asTenant('two');
const withTenant = asTenant('withtenant');
const ddOnly = asTenant('ddonly');
const ddCredentials = asTenant('ddcreds');
const orgId = (namespace: string): string => toGlobalId('F5xcOrg', `${tenant}/${namespace}`);
const upstreamRequests = (): number => stack.sim.log.entries().length;

beforeAll(async () => {
  // The simulated tenant's namespaces are fixed (f5xcCatalog); the tenant's name derives from the seed.
  const probe = await startF5xcStack();
  tenant = probe.sim.world.tenant;
  names = probe.sim.world.namespaces.map((n) => n.name);
  await probe.stop();
  expect(names.length).toBeGreaterThanOrEqual(4);
  inScope = [names[0]!, names[2]!];
  outOfScope = names.filter((n) => !inScope.includes(n));
  const auth = tokenAuth([
    { tenant: 'ops', orgs: '*' },
    { tenant: 'two', orgs: { f5xc: inScope } },
    // `system` names no org (the tenant is named by its name): it must open none of the tenant's figures.
    { tenant: 'withtenant', orgs: { f5xc: [tenant, 'system', inScope[0]] } },
    { tenant: 'ddonly', orgs: { datadog: ['abc123'] } },
    { tenant: 'ddcreds', orgs: '*', providers: ['datadog'] },
  ]);
  stack = await startF5xcStack({ configure: (c) => ({ ...c, auth }) });
  expect(stack.sim.world.tenant).toBe(tenant);
  const last = Math.floor(Date.now() / HOUR) * HOUR;
  start = new Date(last - 30 * HOUR).toISOString().replace('.000Z', 'Z');
});
afterAll(async () => {
  await stack?.stop();
});
beforeEach(() => stack.sim.log.clear());

const ORGS = `{
  orgs(provider: F5XC) { ... on F5xcOrg { id publicId isAccount parent { publicId } children { publicId } } }
  f5xcTenant { publicId children { publicId } }
}`;

describe('F5 org scope', () => {
  it('the operator token sees the tenant and every namespace (what the scoped tokens must not)', async () => {
    const res = await stack.gql<Json>(ORGS, {}, ops);
    expect(res.body.errors, res.text).toBeUndefined();
    expect(res.body.data.orgs.map((o: Json) => o.publicId)).toEqual([tenant, ...names]);
    expect(res.body.data.f5xcTenant.children.map((c: Json) => c.publicId)).toEqual(names);
  });

  it('a token scoped to two namespaces lists only those, without their tenant as parent', async () => {
    const res = await stack.gql<Json>(ORGS, {}, two);
    expect(res.body.errors, res.text).toBeUndefined();
    expect(res.body.data.orgs).toEqual(
      names
        .filter((n) => inScope.includes(n))
        .map((n) => ({ id: orgId(n), publicId: n, isAccount: false, parent: null, children: [] })),
    );
    expect(res.body.data.f5xcTenant).toBeNull();
    expect(res.text).not.toContain(tenant);
  });

  it('a token naming the tenant and one namespace sees the tenant with only that child', async () => {
    const res = await stack.gql<Json>(ORGS, {}, withTenant);
    expect(res.body.errors, res.text).toBeUndefined();
    expect(res.body.data.orgs.map((o: Json) => [o.publicId, o.parent?.publicId ?? null])).toEqual([
      [tenant, null],
      [inScope[0], tenant],
    ]);
    expect(res.body.data.orgs[0].children).toEqual([{ publicId: inScope[0] }]);
    expect(res.body.data.f5xcTenant).toEqual({ publicId: tenant, children: [{ publicId: inScope[0] }] });
  });

  it('node and nodes answer null for the tenant and a namespace outside the scope, reading nothing for them', async () => {
    const [out] = outOfScope;
    const res = await stack.gql<Json>(
      `query($in: ID!, $out: ID!, $tenant: ID!) {
        inNode: node(id: $in) { id ... on F5xcOrg { publicId } }
        outNode: node(id: $out) { id }
        tenantNode: node(id: $tenant) { id }
        nodes(ids: [$out, $in, $tenant]) { id }
      }`,
      { in: orgId(inScope[1]), out: orgId(out!), tenant: orgId('system') },
      two,
    );
    expect(res.body.errors, res.text).toBeUndefined();
    expect(res.body.data).toEqual({
      inNode: { id: orgId(inScope[1]), publicId: inScope[1] },
      outNode: null,
      tenantNode: null,
      nodes: [null, { id: orgId(inScope[1]) }, null],
    });
    // The operator's token finds both.
    const opsRes = await stack.gql<Json>(
      `query($out: ID!, $tenant: ID!) { a: node(id: $out) { id } b: node(id: $tenant) { id } }`,
      { out: orgId(out!), tenant: orgId('system') },
      ops,
    );
    expect(opsRes.body.data).toEqual({ a: { id: orgId(out!) }, b: { id: orgId('system') } });

    // An org outside the scope is refused before the namespace list is read.
    stack.sim.log.clear();
    const outOnly = await stack.gql<Json>(`query($out: ID!) { node(id: $out) { id } }`, { out: orgId(out!) }, two);
    expect(outOnly.body).toEqual({ data: { node: null } });
    expect(upstreamRequests()).toBe(0);
  });

  it("usage and charges of a namespace outside the scope are not there; an in-scope namespace's are as the operator sees them", async () => {
    const figures = `usage(start: "${start}") { namespace objectName quantity } monthlyCharges { amount } currentPeriod { totalCost }`;
    const query = `query($id: ID!) { node(id: $id) { ... on F5xcOrg { publicId ${figures} } } }`;
    for (const out of outOfScope) {
      stack.sim.log.clear();
      const res = await stack.gql<Json>(query, { id: orgId(out) }, two);
      expect(res.body, res.text).toEqual({ data: { node: null } });
      expect(upstreamRequests()).toBe(0);
    }
    const mine = await stack.gql<Json>(query, { id: orgId(inScope[0]) }, two);
    expect(mine.body.errors, mine.text).toBeUndefined();
    const theirs = await stack.gql<Json>(query, { id: orgId(inScope[0]) }, ops);
    expect(mine.body.data).toEqual(theirs.body.data);
    expect(mine.body.data.node.usage.length).toBeGreaterThan(0);
    expect(mine.body.data.node.usage.every((i: Json) => i.namespace === inScope[0])).toBe(true);
  });

  it("the tenant's figures of every namespace are refused to a scoped caller, even one naming the tenant, before any request for them", async () => {
    for (const field of [
      `usage(start: "${start}") { namespace }`,
      'monthlyCharges { amount }',
      'currentPeriod { totalCost }',
    ]) {
      stack.sim.log.clear();
      const res = await stack.gql<Json>(`{ f5xcTenant { publicId ${field} } }`, {}, withTenant);
      expect(res.body.errors?.[0]?.extensions?.code, res.text).toBe('FORBIDDEN');
      expect(res.body.data.f5xcTenant).toEqual({ publicId: tenant, [field.split(/[ (]/)[0]!]: null });
      expect(upstreamRequests()).toBe(0);
      // Reached as a namespace's parent, alike.
      const viaParent = await stack.gql<Json>(
        `query($id: ID!) { node(id: $id) { ... on F5xcOrg { parent { ${field} } } } }`,
        { id: orgId(inScope[0]) },
        withTenant,
      );
      expect(viaParent.body.errors?.[0]?.extensions?.code, viaParent.text).toBe('FORBIDDEN');
      // The operator reads them.
      const opsRes = await stack.gql<Json>(`{ f5xcTenant { ${field} } }`, {}, ops);
      expect(opsRes.body.errors, opsRes.text).toBeUndefined();
    }
  });

  it("hourly-breakdown cursors are the caller's own: another caller's cursor is refused", async () => {
    const query = `query($id: ID!, $after: String) { node(id: $id) { ... on F5xcOrg {
      usage(start: "${start}") { objectName hourlyBreakdown(first: 1, after: $after) { edges { cursor node { start quantity } } } }
    } } }`;
    const first = async (headers: Record<string, string>, after?: string): Promise<Json> => {
      const res = await stack.gql<Json>(query, { id: orgId(inScope[0]), after }, headers);
      return res;
    };
    const opsPage = await first(ops);
    expect(opsPage.body.errors, opsPage.text).toBeUndefined();
    const opsCursor = opsPage.body.data.node.usage[0].hourlyBreakdown.edges[0].cursor as string;
    const mine = await first(two);
    expect(mine.body.errors, mine.text).toBeUndefined();
    const myCursor = mine.body.data.node.usage[0].hourlyBreakdown.edges[0].cursor as string;
    expect(myCursor).not.toBe(opsCursor);
    // A cursor is bound to one item's breakdown: the other items' answer that it is not theirs.
    const firstItem = (res: Json): Json => ({
      page: res.body.data.node.usage[0].hourlyBreakdown,
      errors: (res.body.errors ?? []).filter((e: Json) => e.path[2] === 0).map((e: Json) => e.extensions.code),
    });
    // Its own cursor pages on, to what the operator's cursor reads for the operator.
    const next = firstItem(await first(two, myCursor));
    expect(next.errors).toEqual([]);
    expect(next.page.edges).toHaveLength(1);
    const opsNext = firstItem(await first(ops, opsCursor));
    expect(next.page.edges.map((e: Json) => e.node)).toEqual(opsNext.page.edges.map((e: Json) => e.node));
    // The operator's cursor is not this caller's: its signature is refused before anything is read.
    stack.sim.log.clear();
    const foreign = await first(two, opsCursor);
    expect(foreign.body.errors?.[0]?.extensions?.code, foreign.text).toBe('BAD_USER_INPUT');
    expect(foreign.body.data ?? null).toBeNull();
    expect(upstreamRequests()).toBe(0);
  });

  it("a token granted only Datadog sees no F5 org and sends no F5 request with the operator's token", async () => {
    const res = await stack.gql<Json>(
      `query($ns: ID!, $tenant: ID!) { orgs(provider: F5XC) { id } f5xcTenant { publicId } a: node(id: $ns) { id } b: node(id: $tenant) { id } }`,
      { ns: orgId(inScope[0]), tenant: orgId('system') },
      ddOnly,
    );
    expect(res.body, res.text).toEqual({ data: { orgs: [], f5xcTenant: null, a: null, b: null } });
    expect(upstreamRequests()).toBe(0);
  });

  it('a token of every org but only Datadog credentials finds F5 unauthenticated, with no F5 request', async () => {
    const res = await stack.gql<Json>(
      `query($ns: ID!) { orgs(provider: F5XC) { id } f5xcTenant { publicId } node(id: $ns) { id } }`,
      { ns: orgId(inScope[0]) },
      ddCredentials,
    );
    const codes = (res.body.errors as Json[]).map((e) => [e.path, e.extensions.code]);
    expect(codes).toEqual(
      expect.arrayContaining([
        [['orgs', 0], 'UNAUTHENTICATED'],
        [['f5xcTenant'], 'UNAUTHENTICATED'],
        [['node'], 'UNAUTHENTICATED'],
      ]),
    );
    expect(res.body.data).toEqual({ orgs: [null], f5xcTenant: null, node: null });
    expect(upstreamRequests()).toBe(0);
  });
});
