import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hoursBefore, startStack, type Stack } from '../../helpers/stack.js';
import { postGraphql } from '../../helpers/rawGraphql.js';
import { MemoryResponseCache } from '../../../src/responseCache/memoryResponseCache.js';
import type { CachedResponse, ResponseCache } from '../../../src/responseCache/responseCache.js';

/**
 * Tenants never share answers: a request that brings its own keys (DD-API-KEY + DD-APPLICATION-KEY
 * of a child org of the simulated account) is answered for those keys only, however often another
 * tenant asked the same. The store is the in-memory one behind a recorder (a store like Redis would
 * be), so the test also sees that no key, and no variable, is ever in a cache key.
 */

/** A {@link ResponseCache} that remembers every key it was asked for. */
class RecordingResponseCache implements ResponseCache {
  readonly keys: string[] = [];
  private readonly inner = new MemoryResponseCache({ maxBytes: 8 * 1024 * 1024 });
  get(key: string): Promise<CachedResponse | undefined> {
    this.keys.push(key);
    return this.inner.get(key);
  }
  set(key: string, value: CachedResponse, ttlMs: number): Promise<void> {
    this.keys.push(key);
    return this.inner.set(key, value, ttlMs);
  }
}

const QUERY = `query Mine($start: DateTime!, $end: DateTime) {
  hourlyUsage(productFamilies: [logs], start: $start, end: $end, first: 4) { nodes { org { publicId } hour } }
}`;

interface Data {
  hourlyUsage: { nodes: Array<{ org: { publicId: string } }> };
}

describe('response cache: tenants', () => {
  let stack: Stack;
  const store = new RecordingResponseCache();
  let variables: { start: string; end: string };
  const upstream = (): number => stack.sim.log.count();
  const keysOf = (i: number): Record<string, string> => {
    const org = stack.sim.world.orgs[i];
    if (!org) throw new Error(`the simulated account has no org ${i}`);
    return { 'DD-API-KEY': org.apiKey, 'DD-APPLICATION-KEY': org.appKey };
  };
  const ask = (headers: Record<string, string> = {}) =>
    postGraphql(stack.gateway.url, { query: QUERY, variables }, headers);
  const publicIdsIn = (text: string): Set<string> => {
    const data = (JSON.parse(text) as { data: Data }).data;
    return new Set(data.hourlyUsage.nodes.map((n) => n.org.publicId));
  };

  beforeAll(async () => {
    stack = await startStack({}, (c) => ({ ...c, responseCache: { maxBytes: 8 * 1024 * 1024 } }), undefined, {
      responseCache: store,
    });
    variables = { start: hoursBefore(stack.sim.world.now, 24 * 9), end: hoursBefore(stack.sim.world.now, 24 * 8) };
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.sim.log.clear());

  it('two tenants asking the same get their own answers, each kept for its own keys', async () => {
    const childA = stack.sim.world.orgs[1]!;
    const childB = stack.sim.world.orgs[2]!;
    const a = await ask(keysOf(1));
    expect(publicIdsIn(a.text)).toEqual(new Set([childA.publicId]));
    const afterA = upstream();
    expect(afterA).toBeGreaterThan(0);
    // The same operation for another tenant is asked upstream with that tenant's keys.
    const b = await ask(keysOf(2));
    expect(publicIdsIn(b.text)).toEqual(new Set([childB.publicId]));
    expect(upstream()).toBe(2 * afterA);
    expect(b.headers.etag).not.toBe(a.headers.etag);
    // Each tenant's repeat is its own answer, from the cache.
    const a2 = await ask(keysOf(1));
    const b2 = await ask(keysOf(2));
    expect(a2.text).toBe(a.text);
    expect(b2.text).toBe(b.text);
    expect(upstream()).toBe(2 * afterA);
  });

  it("a request without keys (the configured parent's) never gets a tenant's answer, nor a tenant the parent's", async () => {
    const parent = stack.sim.world.parent;
    const configured = await ask();
    expect(publicIdsIn(configured.text)).toEqual(new Set([parent.publicId]));
    const tenant = await ask(keysOf(1));
    expect(publicIdsIn(tenant.text)).toEqual(new Set([stack.sim.world.orgs[1]!.publicId]));
    const configuredAgain = await ask();
    expect(configuredAgain.text).toBe(configured.text);
  });

  it('a tenant sending one key header without the other gets the error, never a kept answer', async () => {
    await ask(keysOf(1));
    const org = stack.sim.world.orgs[1]!;
    const half = await ask({ 'DD-API-KEY': org.apiKey });
    expect(
      (JSON.parse(half.text) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code,
    ).toBe('UNAUTHENTICATED');
    expect(half.headers['cache-control']).toBe('no-store');
  });

  it('no cache key holds a key or a variable in clear', () => {
    expect(store.keys.length).toBeGreaterThan(0);
    const secrets = stack.sim.world.orgs.flatMap((o) => [o.apiKey, o.appKey]);
    for (const key of store.keys) {
      expect(key).toMatch(/^r1:[A-Za-z0-9_-]{43}$/);
      for (const secret of secrets) expect(key).not.toContain(secret);
      expect(key).not.toContain(variables.start);
    }
  });
});
