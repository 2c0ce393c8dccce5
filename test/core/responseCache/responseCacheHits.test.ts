import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { hoursBefore, startStack, type Stack } from '../../helpers/stack.js';
import { documentSha256, getGraphql, postGraphql } from '../../helpers/rawGraphql.js';
import { PROVIDERS } from '../../../src/providers/registry.js';

/**
 * The whole-response cache in front of Apollo, through the real stack: the page cache is off and one
 * attempt is made, so every upstream request an operation makes is in the simulator's log, and an
 * operation answered from the response cache makes none.
 */

const QUERY = `query Usage($start: DateTime!, $end: DateTime, $first: Int) {
  hourlyUsage(productFamilies: [logs], start: $start, end: $end, first: $first) { nodes { org { publicId } hour measurements { usageType value } } }
}`;

/** The value of the samples of one metric whose labels include `labels`, summed; 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string>): number {
  let total = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    if (!Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) continue;
    total += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return total;
}

describe('response cache: hits', () => {
  let stack: Stack;
  let hoursBack = 24 * 8;
  /** A settled window no earlier test asked for. */
  const freshWindow = (): { start: string; end: string } => {
    hoursBack += 30;
    return {
      start: hoursBefore(stack.sim.world.now, hoursBack),
      end: hoursBefore(stack.sim.world.now, hoursBack - 24),
    };
  };
  const upstream = (): number => stack.sim.log.count();
  const logged = (): Array<{ msg?: string; operationName?: string | null; cache?: string; outcome?: string }> =>
    stack.logLines.map((l) => JSON.parse(l) as { msg?: string }).filter((l) => l.msg === 'graphql operation');

  beforeAll(async () => {
    stack = await startStack({}, (c) => ({ ...c, responseCache: { maxBytes: 8 * 1024 * 1024 } }));
  });
  afterAll(() => stack.stop());
  beforeEach(() => {
    stack.sim.faults.clear();
    stack.sim.log.clear();
  });

  it('a repeated operation gets the identical bytes and makes no upstream request', async () => {
    const variables = { ...freshWindow(), first: 5 };
    const first = await postGraphql(stack.gateway.url, { query: QUERY, variables });
    expect(first.status).toBe(200);
    expect(JSON.parse(first.text)).toMatchObject({ data: { hourlyUsage: { nodes: expect.any(Array) } } });
    const made = upstream();
    expect(made).toBeGreaterThan(0);
    const second = await postGraphql(stack.gateway.url, { query: QUERY, variables });
    expect(second.status).toBe(200);
    expect(second.text).toBe(first.text);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    expect(upstream()).toBe(made);
  });

  it('every answer says in Server-Timing whether the cache served it and how long the gateway took', async () => {
    const variables = { ...freshWindow(), first: 3 };
    const timing = /^meterql;desc="(hit|miss|bypass)";dur=(\d+\.\d{3})$/;
    const miss = await postGraphql(stack.gateway.url, { query: QUERY, variables });
    const made = upstream();
    const hit = await postGraphql(stack.gateway.url, { query: QUERY, variables });
    expect(upstream()).toBe(made);
    const bypass = await postGraphql(stack.gateway.url, { query: QUERY, variables }, { 'cache-control': 'no-cache' });
    expect([miss, hit, bypass].map((a) => timing.exec(String(a.headers['server-timing']))?.[1])).toEqual([
      'miss',
      'hit',
      'bypass',
    ]);
    expect(upstream()).toBe(2 * made);
    for (const answer of [miss, hit, bypass]) {
      expect(Number(timing.exec(String(answer.headers['server-timing']))?.[2])).toBeGreaterThan(0);
    }
  });

  it('variables in another key order are the same request; other values are another', async () => {
    const { start, end } = freshWindow();
    const a = await postGraphql(stack.gateway.url, { query: QUERY, variables: { start, end, first: 3 } });
    const made = upstream();
    const b = await postGraphql(stack.gateway.url, { query: QUERY, variables: { first: 3, end, start } });
    expect(b.text).toBe(a.text);
    expect(upstream()).toBe(made);
    const c = await postGraphql(stack.gateway.url, { query: QUERY, variables: { start, end, first: 2 } });
    expect(JSON.parse(c.text).data.hourlyUsage.nodes).toHaveLength(2);
    expect(upstream()).toBeGreaterThan(made);
  });

  it('the same body bytes are the same request only with the same keyed headers and content type', async () => {
    // The gateway remembers the key of a request it has seen by its bytes and headers as sent.
    const variables = { ...freshWindow(), first: 2 };
    const bytes = JSON.stringify({ query: QUERY, variables });
    const send = async (headers: Record<string, string>): Promise<{ status: number; text: string; made: number }> => {
      const before = upstream();
      const res = await request(stack.gateway.url, { method: 'POST', headers, body: bytes });
      return { status: res.statusCode, text: await res.body.text(), made: upstream() - before };
    };
    const json = { 'content-type': 'application/json' };
    const first = await send(json);
    expect(first.made).toBeGreaterThan(0);
    expect(await send(json)).toEqual({ ...first, made: 0 });
    // Another accept: Apollo writes another content type, so it is executed, not served the kept bytes.
    const graphqlJson = await send({ ...json, accept: 'application/graphql-response+json' });
    expect(graphqlJson.made).toBeGreaterThan(0);
    // Other keys: the simulator refuses them; the kept answer is not theirs.
    const otherKeys = await send({ ...json, 'dd-api-key': 'not-a-key', 'dd-application-key': 'not-a-key' });
    expect(otherKeys.made).toBeGreaterThan(0);
    expect(JSON.parse(otherKeys.text).errors).toBeDefined();
    // The same bytes as text/plain are not JSON to Apollo: refused, never the kept answer.
    const plain = await send({ 'content-type': 'text/plain', 'apollo-require-preflight': 'true' });
    expect(plain.status).toBe(400);
    expect(plain.made).toBe(0);
    // One variable changed in the same text is another request.
    const changed = await request(stack.gateway.url, {
      method: 'POST',
      headers: json,
      body: bytes.replace('"first":2', '"first":1'),
    });
    expect(JSON.parse(await changed.body.text()).data.hourlyUsage.nodes).toHaveLength(1);
  });

  it('a body that does not parse is refused every time it is sent', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await request(stack.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": "{ providers { name } }"',
      });
      expect(res.statusCode).toBe(400);
      expect(await res.body.text()).toContain('does not parse');
    }
  });

  it('another operation name or another document is another request', async () => {
    const variables = { ...freshWindow(), first: 2 };
    await postGraphql(stack.gateway.url, { query: QUERY, variables });
    const made = upstream();
    const renamed = QUERY.replace('query Usage(', 'query Usage2(');
    await postGraphql(stack.gateway.url, { query: renamed, variables });
    expect(upstream()).toBeGreaterThan(made);
  });

  it('an answer with errors is never kept: the same operation goes upstream again', async () => {
    const variables = { ...freshWindow(), first: 2 };
    stack.sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 503, times: 1 });
    const failed = await postGraphql(stack.gateway.url, { query: QUERY, variables });
    expect(JSON.parse(failed.text).errors[0].extensions.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(failed.headers['cache-control']).toBe('no-store');
    expect(failed.headers.etag).toBeUndefined();
    const after = upstream();
    const ok = await postGraphql(stack.gateway.url, { query: QUERY, variables });
    expect(JSON.parse(ok.text).errors).toBeUndefined();
    expect(upstream()).toBeGreaterThan(after);
    expect(ok.headers['cache-control']).toMatch(/^private, max-age=\d+$/);
  });

  it('a partial answer (data beside a failed field) is never kept', async () => {
    const { start, end } = freshWindow();
    const query = `query Partial($start: DateTime!, $end: DateTime) {
      providers { name }
      hourlyUsage(productFamilies: [logs], start: $start, end: $end, first: 1) { nodes { hour } }
    }`;
    stack.sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 400, times: 1 });
    const partial = await postGraphql(stack.gateway.url, { query, variables: { start, end } });
    const body = JSON.parse(partial.text) as { data: { providers: unknown[] }; errors?: unknown[] };
    expect(body.data.providers).toHaveLength(PROVIDERS.length);
    expect(body.errors).toHaveLength(1);
    expect(partial.headers['cache-control']).toBe('no-store');
    const after = upstream();
    const whole = await postGraphql(stack.gateway.url, { query, variables: { start, end } });
    expect(JSON.parse(whole.text).errors).toBeUndefined();
    expect(upstream()).toBeGreaterThan(after);
  });

  it('Cache-Control: no-cache goes to the upstream again and keeps the fresh answer', async () => {
    const variables = { ...freshWindow(), first: 2 };
    const first = await postGraphql(stack.gateway.url, { query: QUERY, variables });
    const made = upstream();
    const fresh = await postGraphql(stack.gateway.url, { query: QUERY, variables }, { 'cache-control': 'no-cache' });
    expect(fresh.text).toBe(first.text);
    const refreshed = upstream();
    expect(refreshed).toBe(2 * made);
    const again = await postGraphql(stack.gateway.url, { query: QUERY, variables });
    expect(again.text).toBe(first.text);
    expect(upstream()).toBe(refreshed);
  });

  it('Cache-Control: no-store neither reads nor keeps', async () => {
    const variables = { ...freshWindow(), first: 2 };
    const first = await postGraphql(stack.gateway.url, { query: QUERY, variables }, { 'cache-control': 'no-store' });
    expect(first.headers['cache-control']).toBe('no-store');
    const made = upstream();
    await postGraphql(stack.gateway.url, { query: QUERY, variables });
    expect(upstream()).toBe(2 * made);
  });

  it('every operation is logged and counted with its cache status, hits included', async () => {
    const base = stack.gateway.url.replace(/\/graphql$/, '');
    const metrics = async (): Promise<string> => (await request(`${base}/metrics`)).body.text();
    const query = `query Dashboard($start: DateTime!, $end: DateTime) { hourlyUsage(productFamilies: [logs], start: $start, end: $end, first: 2) { nodes { hour } } }`;
    const variables = freshWindow();
    const before = await metrics();
    const linesBefore = logged().length;
    await postGraphql(stack.gateway.url, { query, variables });
    await postGraphql(stack.gateway.url, { query, variables });
    await postGraphql(stack.gateway.url, { query, variables });
    await postGraphql(stack.gateway.url, { query, variables }, { 'cache-control': 'no-cache' });
    const after = await metrics();
    const delta = (cache: string): number =>
      sample(after, 'meterql_graphql_operations_total', { operation: 'Dashboard', outcome: 'ok', cache }) -
      sample(before, 'meterql_graphql_operations_total', { operation: 'Dashboard', outcome: 'ok', cache });
    expect([delta('miss'), delta('hit'), delta('bypass')]).toEqual([1, 2, 1]);
    expect(
      sample(after, 'meterql_graphql_operation_duration_seconds_count', { operation: 'Dashboard', cache: 'hit' }) -
        sample(before, 'meterql_graphql_operation_duration_seconds_count', { operation: 'Dashboard', cache: 'hit' }),
    ).toBe(2);
    const lines = logged()
      .slice(linesBefore)
      .map((l) => [l.operationName, l.outcome, l.cache]);
    expect(lines).toEqual([
      ['Dashboard', 'ok', 'miss'],
      ['Dashboard', 'ok', 'hit'],
      ['Dashboard', 'ok', 'hit'],
      ['Dashboard', 'ok', 'bypass'],
    ]);
  });

  it('a persisted query sent by its hash alone is answered from the answer to its document', async () => {
    const variables = { ...freshWindow(), first: 2 };
    const persistedQuery = { version: 1, sha256Hash: documentSha256(QUERY) };
    const full = await postGraphql(stack.gateway.url, { query: QUERY, variables, extensions: { persistedQuery } });
    expect(JSON.parse(full.text).errors).toBeUndefined();
    const made = upstream();
    const byHash = await postGraphql(stack.gateway.url, { variables, extensions: { persistedQuery } });
    expect(byHash.text).toBe(full.text);
    expect(upstream()).toBe(made);
    // A hash that contradicts the document is Apollo's to refuse, never a cache hit.
    const wrong = await postGraphql(stack.gateway.url, {
      query: QUERY,
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: documentSha256('{ providers { name } }') } },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.text).not.toBe(full.text);
  });

  it("a GET that Apollo's CSRF prevention refuses is refused even when its answer is kept", async () => {
    const variables = { ...freshWindow(), first: 2 };
    const preflight = { 'apollo-require-preflight': 'true' };
    const first = await getGraphql(stack.gateway.url, QUERY, variables, preflight);
    expect(first.status).toBe(200);
    const made = upstream();
    const again = await getGraphql(stack.gateway.url, QUERY, variables, preflight);
    expect(again.text).toBe(first.text);
    expect(upstream()).toBe(made);
    const simple = await getGraphql(stack.gateway.url, QUERY, variables);
    expect(simple.status).toBe(400);
    expect(simple.text).toContain('Cross-Site Request Forgery');
  });
});
