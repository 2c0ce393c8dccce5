import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hoursBefore, startStack, type Stack } from '../../helpers/stack.js';
import { ATTEMPTS, FAST_RESILIENCE } from '../../helpers/fastResilience.js';

/**
 * Rate-limit budgets, 429s and deadlines, and circuit breakers, through the whole stack. Assertions
 * are on outcomes and upstream request counts, never on timings.
 */

const HOURLY = `query($start: DateTime!, $end: DateTime) {
  hourlyUsage(productFamilies: [logs], start: $start, end: $end, first: 3) { nodes { hour } }
  orgs { name }
}`;

interface Data {
  hourlyUsage: { nodes: Array<{ hour: string }> } | null;
  orgs: Array<{ name: string }> | null;
}

const NO_CACHE = { 'Cache-Control': 'no-cache' };

describe('pacing by the upstream rate-limit budget', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ rateLimit: { limit: 5, periodSeconds: 1 } }, (c) => c, FAST_RESILIENCE);
  });
  afterAll(() => stack.stop());

  it('12 concurrent operations against a budget of 5 per second: every one answered, not one 429 upstream', async () => {
    const now = stack.sim.world.now;
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        stack.gql<Data>(
          `query($start: DateTime!, $end: DateTime) { hourlyUsage(productFamilies: [logs], start: $start, end: $end, first: 1) { nodes { hour } } }`,
          { start: hoursBefore(now, 200 + i), end: hoursBefore(now, 199 + i) },
        ),
      ),
    );
    for (const res of results) {
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.hourlyUsage?.nodes).toHaveLength(1);
    }
    expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(12);
    expect(stack.sim.log.count({ status: 429 })).toBe(0);
  });
});

describe('429s and the operation deadline', () => {
  let stack: Stack;
  let window: { start: string; end: string };
  beforeAll(async () => {
    stack = await startStack({}, (c) => c, FAST_RESILIENCE);
    window = { start: hoursBefore(stack.sim.world.now, 24 * 6), end: hoursBefore(stack.sim.world.now, 24 * 5) };
  });
  afterAll(() => stack.stop());
  beforeEach(() => {
    stack.sim.faults.clear();
    stack.sim.log.clear();
  });

  it('a 429 with X-RateLimit-Reset: the gateway waits the reset, retries once, and answers the data', async () => {
    const plain = await stack.gql<Data>(HOURLY, window, NO_CACHE);
    expect(plain.body.errors).toBeUndefined();
    stack.sim.log.clear();
    stack.sim.faults.inject({ endpoint: 'GetHourlyUsage', kind: 'rateLimit', resetSeconds: 1 });
    const res = await stack.gql<Data>(HOURLY, window, NO_CACHE);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual(plain.body.data);
    expect(stack.sim.log.entries({ endpoint: 'GetHourlyUsage' }).map((e) => e.status)).toEqual([429, 200]);
  });

  it('a 429 whose reset is beyond the deadline fails at once: UPSTREAM_RATE_LIMITED with retryAfterSeconds', async () => {
    // A child org's keys: its budget is its own, so the spent budget does not leak into other tests.
    const child = stack.sim.world.orgs[1];
    if (!child) throw new Error('no child org');
    const keys = { 'DD-API-KEY': child.apiKey, 'DD-APPLICATION-KEY': child.appKey };
    stack.sim.faults.inject({ endpoint: 'GetHourlyUsage', kind: 'rateLimit', resetSeconds: 120 });
    const res = await stack.gql<Data>(
      `query($start: DateTime!, $end: DateTime) {
        hourlyUsage(productFamilies: [logs], start: $start, end: $end, first: 3) { nodes { hour } }
      }`,
      window,
      { ...keys, ...NO_CACHE },
    );
    expect(res.body.data?.hourlyUsage).toBeNull();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors?.[0]).toMatchObject({
      path: ['hourlyUsage'],
      extensions: { code: 'UPSTREAM_RATE_LIMITED', retryAfterSeconds: 120, upstream: { status: 429 } },
    });
    expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(1);
    // The gateway now knows that budget is spent: the next operation fails without asking.
    const again = await stack.gql<Data>(
      `query($start: DateTime!) { hourlyUsage(productFamilies: [iot], start: $start, first: 1) { nodes { hour } } }`,
      window,
      keys,
    );
    expect(again.body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_RATE_LIMITED');
    expect(again.body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(100);
    expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(1);
    // The parent's budget is untouched.
    const parent = await stack.gql<Data>(HOURLY, window, NO_CACHE);
    expect(parent.body.errors).toBeUndefined();
  });

  it('an upstream that never answers fails the field with UPSTREAM_UNAVAILABLE once the deadline passes', async () => {
    const short = await startStack({}, (c) => ({ ...c, upstreamTimeoutMs: 200 }), {
      ...FAST_RESILIENCE,
      retry: { maxAttempts: 20, baseDelayMs: 5, maxDelayMs: 20 },
      operationDeadlineMs: 500,
    });
    try {
      // The org directory goes into the page cache first: its first computation in the simulator may
      // outlast the short timeout on a busy machine, and this test is about hourly usage.
      for (let i = 0; i < 5; i++) if ((await short.gql<Data>('{ orgs { name } }')).body.data?.orgs) break;
      short.sim.faults.inject({ endpoint: 'GetHourlyUsage', kind: 'timeout', times: 100 });
      const res = await short.gql<Data>(HOURLY, window);
      expect(res.body.data?.hourlyUsage).toBeNull();
      expect(res.body.data?.orgs).toHaveLength(short.sim.world.orgs.length);
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors?.[0]).toMatchObject({
        path: ['hourlyUsage'],
        extensions: { code: 'UPSTREAM_UNAVAILABLE' },
      });
      // The deadline, not the 20 attempts allowed, ended it.
      const tried = short.sim.log.count({ endpoint: 'GetHourlyUsage' });
      expect(tried).toBeGreaterThanOrEqual(1);
      expect(tried).toBeLessThan(20);
    } finally {
      await short.stop();
    }
  });
});

describe('circuit breaker per endpoint', () => {
  let stack: Stack;
  let window: { start: string; end: string };
  const COOL_DOWN_MS = 300;
  beforeAll(async () => {
    stack = await startStack({}, (c) => c, {
      ...FAST_RESILIENCE,
      breaker: { failureThreshold: ATTEMPTS, coolDownMs: COOL_DOWN_MS },
    });
    window = { start: hoursBefore(stack.sim.world.now, 24 * 6), end: hoursBefore(stack.sim.world.now, 24 * 5) };
  });
  afterAll(() => stack.stop());

  it('opens after consecutive failures, fails fast without calling the upstream, and closes after the cool-down', async () => {
    stack.sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 503, times: 1000 });
    const first = await stack.gql<Data>(HOURLY, window, NO_CACHE);
    expect(first.body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(ATTEMPTS);

    // Open: the upstream is not called; the error says why; the other endpoint is unaffected.
    for (let i = 0; i < 3; i++) {
      const fast = await stack.gql<Data>(HOURLY, window, NO_CACHE);
      expect(fast.body.data?.hourlyUsage).toBeNull();
      expect(fast.body.data?.orgs).toHaveLength(stack.sim.world.orgs.length);
      expect(fast.body.errors?.[0]).toMatchObject({
        path: ['hourlyUsage'],
        extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: { endpoint: 'GetHourlyUsage' } },
      });
      expect(fast.body.errors?.[0]?.message).toMatch(/failed 4 times in a row, so it is not called for the next \d+ s/);
    }
    expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(ATTEMPTS);

    // The upstream recovers; after the cool-down one probe closes the circuit.
    stack.sim.faults.clear();
    await new Promise((resolve) => setTimeout(resolve, COOL_DOWN_MS + 50));
    const probe = await stack.gql<Data>(HOURLY, window, NO_CACHE);
    expect(probe.body.errors).toBeUndefined();
    expect(probe.body.data?.hourlyUsage?.nodes).toHaveLength(3);
    const after = await stack.gql<Data>(HOURLY, window, NO_CACHE);
    expect(after.body.errors).toBeUndefined();
    expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(ATTEMPTS + 2);
  });

  it('a failed probe opens the circuit again', async () => {
    stack.sim.log.clear();
    stack.sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 500, times: 1000 });
    await stack.gql<Data>(HOURLY, window, NO_CACHE); // ATTEMPTS failures: open
    await new Promise((resolve) => setTimeout(resolve, COOL_DOWN_MS + 50));
    const probe = await stack.gql<Data>(HOURLY, window, NO_CACHE); // the probe fails: open again
    expect(probe.body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    const fast = await stack.gql<Data>(HOURLY, window, NO_CACHE);
    expect(fast.body.errors?.[0]?.message).toMatch(/not called/);
    expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(ATTEMPTS + 1);
    stack.sim.faults.clear();
  });
});
