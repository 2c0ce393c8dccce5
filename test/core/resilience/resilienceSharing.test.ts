import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hoursBefore, startStack, type Stack } from '../../helpers/stack.js';
import { ATTEMPTS, FAST_RESILIENCE } from '../../helpers/fastResilience.js';

/**
 * Work shared across GraphQL operations: identical upstream requests in flight are made once
 * (single-flight), and upstream pages are kept between operations (page cache) per credentials.
 */

const QUERY = `query($start: DateTime!, $end: DateTime) {
  hourlyUsage(productFamilies: [logs], start: $start, end: $end, first: 4) { nodes { org { publicId } hour measurements { usageType value } } }
}`;

interface Data {
  hourlyUsage: { nodes: Array<{ org: { publicId: string }; hour: string }> } | null;
}

const NO_CACHE = { 'Cache-Control': 'no-cache' };

describe('single-flight and the page cache', () => {
  let stack: Stack;
  let window: { start: string; end: string };
  let hoursBack = 24 * 6;
  /** A window no earlier test has asked for (so the cache holds nothing for it). */
  const freshWindow = (): { start: string; end: string } => {
    hoursBack += 30;
    return {
      start: hoursBefore(stack.sim.world.now, hoursBack),
      end: hoursBefore(stack.sim.world.now, hoursBack - 24),
    };
  };
  const hourly = (): number => stack.sim.log.count({ endpoint: 'GetHourlyUsage' });

  beforeAll(async () => {
    stack = await startStack({}, (c) => c, FAST_RESILIENCE);
  });
  afterAll(() => stack.stop());
  beforeEach(() => {
    stack.sim.faults.clear();
    stack.sim.log.clear();
    stack.sim.configure({ latencyMs: 0 });
    window = freshWindow();
  });

  it('two concurrent identical operations make one upstream request and get the same answer', async () => {
    stack.sim.configure({ latencyMs: 150 }); // both are in flight together
    const [a, b] = await Promise.all([
      stack.gql<Data>(QUERY, window, NO_CACHE),
      stack.gql<Data>(QUERY, window, NO_CACHE),
    ]);
    expect(a.body.errors).toBeUndefined();
    expect(a.body.data?.hourlyUsage?.nodes).toHaveLength(4);
    expect(b.body).toEqual(a.body);
    expect(hourly()).toBe(1);
  });

  it('a failure in flight reaches every waiter and is not remembered', async () => {
    stack.sim.configure({ latencyMs: 100 });
    stack.sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 503, times: ATTEMPTS });
    const [a, b] = await Promise.all([
      stack.gql<Data>(QUERY, window, NO_CACHE),
      stack.gql<Data>(QUERY, window, NO_CACHE),
    ]);
    for (const res of [a, b]) {
      expect(res.body.data?.hourlyUsage).toBeNull();
      expect(res.body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    }
    expect(hourly()).toBe(ATTEMPTS);
    const again = await stack.gql<Data>(QUERY, window);
    expect(again.body.errors).toBeUndefined();
    expect(hourly()).toBe(ATTEMPTS + 1);
  });

  it('concurrent operations with different keys are not shared', async () => {
    stack.sim.configure({ latencyMs: 100 });
    const child = stack.sim.world.orgs[1];
    if (!child) throw new Error('no child org');
    const childKeys = { 'DD-API-KEY': child.apiKey, 'DD-APPLICATION-KEY': child.appKey };
    await Promise.all([
      stack.gql<Data>(QUERY, window, NO_CACHE),
      stack.gql<Data>(QUERY, window, { ...NO_CACHE, ...childKeys }),
    ]);
    expect(hourly()).toBe(2);
  });

  it('a repeated query is answered from the cache: no new upstream request, the same answer', async () => {
    const first = await stack.gql<Data>(QUERY, window);
    expect(first.body.errors).toBeUndefined();
    expect(hourly()).toBe(1);
    const second = await stack.gql<Data>(QUERY, window);
    expect(second.body).toEqual(first.body);
    expect(hourly()).toBe(1);
    // Cache-Control: no-cache goes to the upstream again.
    const fresh = await stack.gql<Data>(QUERY, window, NO_CACHE);
    expect(fresh.body).toEqual(first.body);
    expect(hourly()).toBe(2);
  });

  it('two credential pairs never share a cache entry', async () => {
    const parent = await stack.gql<Data>(QUERY, window);
    expect(hourly()).toBe(1);
    const child = stack.sim.world.orgs[1];
    if (!child) throw new Error('no child org');
    const keys = { 'DD-API-KEY': child.apiKey, 'DD-APPLICATION-KEY': child.appKey };
    const asChild = await stack.gql<Data>(QUERY, window, keys);
    expect(hourly()).toBe(2);
    expect(asChild.body.errors).toBeUndefined();
    // Each sees its own org's records.
    expect(new Set(parent.body.data?.hourlyUsage?.nodes.map((n) => n.org.publicId))).toEqual(
      new Set([stack.sim.world.parent.publicId]),
    );
    expect(new Set(asChild.body.data?.hourlyUsage?.nodes.map((n) => n.org.publicId))).toEqual(
      new Set([child.publicId]),
    );
    // And each is cached for its own keys.
    await stack.gql<Data>(QUERY, window, keys);
    await stack.gql<Data>(QUERY, window);
    expect(hourly()).toBe(2);
  });

  it('a fault response is never cached', async () => {
    stack.sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 500, times: ATTEMPTS });
    const failed = await stack.gql<Data>(QUERY, window);
    expect(failed.body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    stack.sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 200, body: '{"data": 5}' });
    const wrongShape = await stack.gql<Data>(QUERY, window);
    expect(wrongShape.body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(hourly()).toBe(ATTEMPTS + 1);
    const ok = await stack.gql<Data>(QUERY, window);
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data?.hourlyUsage?.nodes).toHaveLength(4);
    expect(hourly()).toBe(ATTEMPTS + 2);
    await stack.gql<Data>(QUERY, window);
    expect(hourly()).toBe(ATTEMPTS + 2);
  });
});
