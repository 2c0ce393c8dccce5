import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hoursBefore, startStack, type Stack } from '../../helpers/stack.js';

const NO_CACHE = { 'Cache-Control': 'no-cache' };
const HOURLY = `query($start: DateTime!) { hourlyUsage(productFamilies: [logs], start: $start, first: 1) { nodes { hour } } }`;

/**
 * Circuit breakers are per endpoint and credentials scope, and open on a failure rate over a window:
 * one tenant's failures never fail another tenant's requests fast.
 */
describe('circuit breakers per credentials scope', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({}, (c) => c, {
      cache: false,
      retry: { maxAttempts: 1 },
      breaker: { failureRate: 0.5, windowMs: 10_000, minimumAttempts: 4, coolDownMs: 60_000 },
    });
  });
  afterAll(() => stack.stop());

  it("one tenant's failing requests open its circuit only: another tenant's requests still reach the upstream", async () => {
    stack.sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 503, share: 1 });
    const start = hoursBefore(stack.sim.world.now, 24);
    const child = stack.sim.world.orgs.find((o) => o.apiKey !== stack.sim.world.parent.apiKey)!;
    const tenantB = { ...NO_CACHE, 'DD-API-KEY': child.apiKey, 'DD-APPLICATION-KEY': child.appKey };
    // Tenant A (the configured keys): four failures in the window open its circuit.
    for (let i = 0; i < 4; i++) {
      const res = await stack.gql(HOURLY, { start }, NO_CACHE);
      expect(res.body.errors?.[0]?.message).toMatch(/failed \(HTTP 503\)/);
    }
    expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(4);
    const fast = await stack.gql(HOURLY, { start }, NO_CACHE);
    expect(fast.body.errors?.[0]?.message).toMatch(/at least 50% of its attempts in 10 s failed, so it is not called/);
    expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(4);
    // Tenant B, same endpoint: its request goes upstream (and gets the upstream's own answer).
    const other = await stack.gql(HOURLY, { start }, tenantB);
    expect(other.body.errors?.[0]?.message).toMatch(/failed \(HTTP 503\)/);
    expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(5);
    // Tenant A is still failed fast.
    const again = await stack.gql(HOURLY, { start }, NO_CACHE);
    expect(again.body.errors?.[0]?.message).toMatch(/not called/);
    expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(5);
    stack.sim.faults.clear();
  });
});

/**
 * An upstream failing 30% of attempts with 503 is one the retries handle: with 4 attempts a request
 * fails only when all four do (0.3^4 = 0.8%). The breaker (default settings) must not turn chance
 * streaks into cool-downs that fail every request (a breaker opening on 5 consecutive failures
 * failed 18% of requests here).
 */
describe('30% upstream 503s with retries and the default breaker', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({}, (c) => c, { cache: false, retry: { maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 40 } });
  });
  afterAll(() => stack.stop());
  afterEach(() => stack.sim.faults.clear());

  it('fails about as many GraphQL requests as the retries predict', async () => {
    stack.sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 503, share: 0.3 });
    const OPERATIONS = 400;
    const CONCURRENCY = 10;
    let failed = 0;
    let failedFast = 0;
    for (let done = 0; done < OPERATIONS; done += CONCURRENCY) {
      const batch = await Promise.all(
        Array.from({ length: CONCURRENCY }, (_, i) =>
          stack.gql(HOURLY, { start: hoursBefore(stack.sim.world.now, 24 + ((done + i) % 200)) }, NO_CACHE),
        ),
      );
      failed += batch.filter((r) => r.body.errors !== undefined).length;
      failedFast += batch.filter((r) => /not called/.test(r.body.errors?.[0]?.message ?? '')).length;
    }
    const attempts = stack.sim.log.count({ endpoint: 'GetHourlyUsage' });
    const failedAttempts = stack.sim.log.count({ endpoint: 'GetHourlyUsage', status: 503 });
    // The upstream failed about 30% of the attempts it got...
    expect(failedAttempts / attempts).toBeGreaterThan(0.2);
    expect(failedAttempts / attempts).toBeLessThan(0.4);
    // ...and the requests failed at about 0.3^4 = 0.8%, far from 18%.
    expect(failed / OPERATIONS).toBeLessThan(0.03);
    expect(failedFast).toBe(0);
    process.stdout.write(
      `30% 503s: ${failed}/${OPERATIONS} operations failed (${((100 * failed) / OPERATIONS).toFixed(2)}%), ${failedAttempts}/${attempts} attempts failed\n`,
    );
  });
});
