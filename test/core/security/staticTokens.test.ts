import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../src/graphql/globalId.js';
import { PROVIDERS } from '../../../src/providers/registry.js';
import { readAuthConfig, type AuthConfig } from '../../../src/security/authConfig.js';
import { createDatadogWorld } from '../../../src/providers/datadog/simulator/index.js';
import { hoursBefore, startStack, type Stack } from '../../helpers/stack.js';

/**
 * METERQL_AUTH=tokens through the real stack: a token file with a full-access operator token and a
 * tenant scoped to two child orgs; every refusal happens before any upstream request.
 */

const OPS_TOKEN = 'ops-token-0123456789abcdef';
const ACME_TOKEN = 'acme-token-0123456789abcdef';
const METRICS_TOKEN = 'metrics-token-0123456789';
const hex = (token: string): string => createHash('sha256').update(token).digest('hex');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- loosely typed JSON answers
type Json = any;

describe('static bearer tokens (METERQL_AUTH=tokens)', () => {
  let stack: Stack;
  let inScope: [string, string];
  let outOfScope: string;
  let stackAuth: AuthConfig;
  const ops = { authorization: `Bearer ${OPS_TOKEN}` };
  const acme = { authorization: `Bearer ${ACME_TOKEN}` };

  beforeAll(async () => {
    // The simulated account (its org IDs derive from the seed): the parent org, then its children.
    // The tenant sees two children.
    const world = createDatadogWorld({ seed: 'meterql', now: new Date(), dataDelayHours: () => 72 });
    const orgs = world.orgs.map((o) => o.publicId);
    expect(orgs.length).toBeGreaterThanOrEqual(4);
    inScope = [orgs[1]!, orgs[2]!];
    outOfScope = orgs[3]!;
    const dir = mkdtempSync(join(tmpdir(), 'meterql-auth-'));
    const file = join(dir, 'tokens.json');
    writeFileSync(
      file,
      JSON.stringify({
        tokens: [
          { sha256: hex(OPS_TOKEN), tenant: 'ops', orgs: '*', trusted: true },
          { sha256: hex(ACME_TOKEN), tenant: 'acme', orgs: { datadog: inScope } },
        ],
      }),
    );
    stackAuth = readAuthConfig(
      { METERQL_AUTH: 'tokens', METERQL_AUTH_TOKENS_FILE: file, METERQL_METRICS_TOKEN: METRICS_TOKEN },
      '127.0.0.1',
      PROVIDERS.map((p) => p.name),
      true,
    );
    stack = await startStack({}, (config) => ({ ...config, auth: stackAuth }));
    expect(stack.sim.world.orgs.map((o) => o.publicId)).toEqual(orgs);
  });
  afterAll(() => stack.stop());

  it('refuses a request without a token: 401, WWW-Authenticate: Bearer, a JSON error, 0 upstream requests', async () => {
    stack.sim.log.clear();
    for (const headers of [
      {},
      { authorization: 'Bearer not-a-known-token' },
      { authorization: 'Basic b3BzOm9wcw==' },
    ]) {
      const res = await request(stack.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ orgs { publicId } costs(kind: PROJECTED) { totalCost } }' }),
      });
      expect(res.statusCode).toBe(401);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer realm="meterql"/);
      const body = (await res.body.json()) as Json;
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    // A GET with the query in the URL is refused alike.
    const get = await request(`${stack.gateway.url}?query=${encodeURIComponent('{ orgs { publicId } }')}`, {
      headers: { accept: 'application/json' },
    });
    expect(get.statusCode).toBe(401);
    await get.body.text();
    expect(stack.sim.log.entries()).toHaveLength(0);
  });

  it('a known token reads; the operator token sees every org', async () => {
    const res = await stack.gql<{ orgs: Array<{ publicId: string }> }>('{ orgs { publicId } }', {}, ops);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.orgs.map((o) => o.publicId)).toEqual(stack.sim.world.orgs.map((o) => o.publicId));
  });

  it('per-request provider keys are refused (403) unless the operator allows them, before any work', async () => {
    stack.sim.log.clear();
    const res = await stack.gql(
      '{ orgs { publicId } }',
      {},
      {
        ...acme,
        'dd-api-key': stack.sim.world.parent.apiKey,
        'dd-application-key': stack.sim.world.parent.appKey,
      },
    );
    expect(res.status).toBe(403);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.text).not.toContain(stack.sim.world.parent.apiKey);
    expect(stack.sim.log.entries()).toHaveLength(0);
  });

  it('a token scoped to two orgs lists, fetches and reaches only those', async () => {
    const { world } = stack.sim;
    const res = await stack.gql<Json>(
      `query($in: String!, $out: String!, $inId: ID!, $outId: ID!, $parentId: ID!) {
        orgs { publicId parent { publicId } children { publicId } }
        account { publicId }
        inOrg: org(publicId: $in) { publicId parent { publicId } }
        outOrg: org(publicId: $out) { publicId }
        inNode: node(id: $inId) { id ... on DatadogOrg { publicId } }
        outNode: node(id: $outId) { id }
        parentNode: node(id: $parentId) { id }
        nodes(ids: [$outId, $inId, $parentId]) { id }
        fastlyCustomer { publicId }
      }`,
      {
        in: inScope[0],
        out: outOfScope,
        inId: toGlobalId('DatadogOrg', inScope[0]),
        outId: toGlobalId('DatadogOrg', outOfScope),
        parentId: toGlobalId('DatadogOrg', world.parent.publicId),
      },
      acme,
    );
    expect(res.body.errors, res.text).toBeUndefined();
    const data = res.body.data;
    expect(data.orgs.map((o: Json) => o.publicId)).toEqual(inScope);
    // The parent is outside the scope: not listed, not reachable as anyone's parent.
    expect(data.orgs.every((o: Json) => o.parent === null && o.children.length === 0)).toBe(true);
    expect(data.account).toBeNull();
    expect(data.inOrg).toEqual({ publicId: inScope[0], parent: null });
    expect(data.outOrg).toBeNull();
    expect(data.inNode).toEqual({ id: toGlobalId('DatadogOrg', inScope[0]), publicId: inScope[0] });
    expect(data.outNode).toBeNull();
    expect(data.parentNode).toBeNull();
    expect(data.nodes).toEqual([null, { id: toGlobalId('DatadogOrg', inScope[0]) }, null]);
    expect(data.fastlyCustomer).toBeNull();
    for (const hidden of [outOfScope, world.parent.publicId]) expect(res.text).not.toContain(hidden);
  });

  it('whole-account root fields are refused for the scoped token before any upstream request', async () => {
    const start = hoursBefore(stack.sim.world.now, 48);
    for (const query of [
      `{ hourlyUsageAttribution(usageType: infra_host_usage, start: "${start}") { edges { node { org { publicId } } } } }`,
      `{ hourlyUsage(start: "${start}", includeDescendants: true) { edges { node { org { publicId } } } } }`,
      `{ costs(kind: PROJECTED) { org { publicId } totalCost } }`,
      `{ usageSummary(startMonth: "${start.slice(0, 7)}") { months { orgs { org { publicId } } } } }`,
    ]) {
      stack.sim.log.clear();
      const res = await stack.gql(query, {}, acme);
      expect(res.body.errors?.[0]?.extensions?.code, `${query}: ${res.text}`).toBe('FORBIDDEN');
      expect(res.body.data ?? null).toBeNull();
      expect(stack.sim.log.entries()).toHaveLength(0);
    }
  });

  it("per-org data: an org's attribution records are its own; another org's usage node is not there", async () => {
    const start = hoursBefore(stack.sim.world.now, 48);
    const end = hoursBefore(stack.sim.world.now, 24);
    // The account's records cover other orgs too (what a scoped caller must never see).
    const all = await stack.gql<Json>(
      `{ hourlyUsageAttribution(usageType: infra_host_usage, start: "${start}", end: "${end}", first: 1000) { edges { node { org { publicId } } } } }`,
      {},
      ops,
    );
    const everyOrg = new Set(all.body.data.hourlyUsageAttribution.edges.map((e: Json) => e.node.org.publicId));
    expect(everyOrg.has(outOfScope)).toBe(true);
    const mine = await stack.gql<Json>(
      `query($org: String!) { org(publicId: $org) {
        hourlyUsageAttribution(usageType: infra_host_usage, start: "${start}", end: "${end}", first: 1000) { edges { node { org { publicId } } } }
      } }`,
      { org: inScope[0] },
      acme,
    );
    expect(mine.body.errors, mine.text).toBeUndefined();
    const edges = mine.body.data.org.hourlyUsageAttribution.edges as Json[];
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((e) => e.node.org.publicId === inScope[0])).toBe(true);
    expect(mine.text).not.toContain(outOfScope);

    // An HourlyUsage node of the org outside the scope, as the operator sees it, is null for the tenant.
    const usage = await stack.gql<Json>(
      `query($org: String!) { org(publicId: $org) { hourlyUsage(start: "${start}", end: "${end}", first: 1) { edges { node { id } } } } }`,
      { org: outOfScope },
      ops,
    );
    const hiddenId = usage.body.data.org.hourlyUsage.edges[0].node.id as string;
    const ownUsage = await stack.gql<Json>(
      `query($org: String!) { org(publicId: $org) { hourlyUsage(start: "${start}", end: "${end}", first: 1) { edges { node { id } } } } }`,
      { org: inScope[1] },
      acme,
    );
    const ownId = ownUsage.body.data.org.hourlyUsage.edges[0].node.id as string;
    stack.sim.log.clear();
    const nodes = await stack.gql<Json>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      { ids: [hiddenId, ownId] },
      acme,
    );
    expect(nodes.body.errors, nodes.text).toBeUndefined();
    expect(nodes.body.data.nodes).toEqual([null, { id: ownId }]);
  });

  it("cursors: another caller's cursor and a tampered one are refused; the own cursor pages on within the org", async () => {
    const start = hoursBefore(stack.sim.world.now, 48);
    const end = hoursBefore(stack.sim.world.now, 24);
    const page = (after: string | null, headers: Record<string, string>, org: string | null) =>
      stack.gql<Json>(
        org === null
          ? `query($after: String) { c: hourlyUsageAttribution(usageType: infra_host_usage, start: "${start}", end: "${end}", first: 3, after: $after) { edges { node { org { publicId } } } pageInfo { endCursor } } }`
          : `query($org: String!, $after: String) { org(publicId: $org) { c: hourlyUsageAttribution(usageType: infra_host_usage, start: "${start}", end: "${end}", first: 3, after: $after) { edges { node { org { publicId } } } pageInfo { endCursor } } } }`,
        org === null ? { after } : { org, after },
        headers,
      );
    // The operator's cursor into the whole account (positioned among other orgs' records).
    const opsPage = await page(null, ops, null);
    const opsCursor = opsPage.body.data.c.pageInfo.endCursor as string;
    const reused = await page(opsCursor, acme, inScope[0]);
    expect(reused.body.errors?.length, reused.text).toBeGreaterThan(0);
    expect(reused.body.data?.org?.c ?? null).toBeNull();
    expect(reused.text).not.toContain(outOfScope);

    // The operator's cursor into the very same org connection: signed for another caller, refused too.
    const sameView = await page(
      (await page(null, ops, inScope[0])).body.data.org.c.pageInfo.endCursor,
      acme,
      inScope[0],
    );
    expect(sameView.body.errors?.[0]?.extensions?.code, sameView.text).toBe('BAD_USER_INPUT');

    const own = await page(null, acme, inScope[0]);
    const cursor = own.body.data.org.c.pageInfo.endCursor as string;
    // Tampered: one character of the signed cursor changed.
    const i = Math.floor(cursor.length / 2);
    const tampered = cursor.slice(0, i) + (cursor[i] === 'A' ? 'B' : 'A') + cursor.slice(i + 1);
    const bad = await page(tampered, acme, inScope[0]);
    expect(bad.body.errors?.[0]?.extensions?.code, bad.text).toBe('BAD_USER_INPUT');
    // The own cursor pages on: still only the org's records.
    const next = await page(cursor, acme, inScope[0]);
    expect(next.body.errors, next.text).toBeUndefined();
    const edges = next.body.data.org.c.edges as Json[];
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((e) => e.node.org.publicId === inScope[0])).toBe(true);
  });

  it('FOCUS rows, in the graph and in exports, are only those of the orgs in scope; an export needs a token', async () => {
    const query = `{ focusCharges(providers: [DATADOG], first: 1000) { nodes { subAccountId } failures { code } } }`;
    const subAccounts = async (headers: Record<string, string>): Promise<string[]> => {
      const res = await stack.gql<Json>(query, {}, headers);
      expect(res.body.errors, res.text).toBeUndefined();
      expect(res.body.data.focusCharges.failures).toEqual([]);
      return [...new Set<string>(res.body.data.focusCharges.nodes.map((n: Json) => n.subAccountId))].sort();
    };
    // The operator sees rows of orgs outside the tenant's scope; the tenant only its own orgs'.
    expect(await subAccounts(ops)).toContain(outOfScope);
    const seen = await subAccounts(acme);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((id) => inScope.includes(id))).toBe(true);

    const origin = stack.gateway.url.replace(/\/graphql$/, '');
    stack.sim.log.clear();
    const anonymous = await request(`${origin}/export/focus.ndjson?providers=DATADOG`);
    expect(anonymous.statusCode).toBe(401);
    await anonymous.body.dump();
    expect(stack.sim.log.entries()).toHaveLength(0);
    const exported = await request(`${origin}/export/focus.ndjson?providers=DATADOG`, { headers: acme });
    expect(exported.statusCode).toBe(200);
    const rows = (await exported.body.text())
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => inScope.includes(row.SubAccountId))).toBe(true);
  });

  it('/metrics needs the metrics token: not a tenant token, not none', async () => {
    const metricsUrl = stack.gateway.url.replace(/\/graphql$/, '/metrics');
    for (const headers of [{}, acme, ops, { authorization: 'Bearer wrong-metrics-token-000' }]) {
      const res = await request(metricsUrl, { headers });
      expect(res.statusCode).toBe(401);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(await res.body.text()).not.toContain('meterql_');
    }
    const ok = await request(metricsUrl, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(ok.statusCode).toBe(200);
    expect(await ok.body.text()).toContain('meterql_');
  });

  it('with the caches on: an answer kept for one token is never served to another; only a trusted caller bypasses them', async () => {
    const cached = await startStack({}, (config) => ({ ...config, auth: stackAuth }), {});
    try {
      const query = '{ orgs { publicId } }';
      const first = await cached.gql<Json>(query, {}, ops);
      expect(first.body.data.orgs).toHaveLength(cached.sim.world.orgs.length);
      const again = await cached.gql<Json>(query, {}, ops);
      expect(again.text).toBe(first.text);
      const scoped = await cached.gql<Json>(query, {}, acme);
      expect(scoped.body.data.orgs.map((o: Json) => o.publicId)).toEqual(inScope);
      // Cache-Control: no-cache reaches the upstream only for a trusted caller (ops), not for acme.
      const noCache = { 'cache-control': 'no-cache' };
      cached.sim.log.clear();
      await cached.gql(query, {}, { ...acme, ...noCache });
      expect(cached.sim.log.entries()).toHaveLength(0);
      await cached.gql(query, {}, { ...ops, ...noCache });
      expect(cached.sim.log.entries().length).toBeGreaterThan(0);
    } finally {
      await cached.stop();
    }
  });

  it('health and readiness stay open (no data)', async () => {
    const res = await request(stack.gateway.url.replace(/\/graphql$/, '/healthz'));
    expect(res.statusCode).toBe(200);
    await res.body.text();
  });
});
