import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hoursBefore, startStack, type Stack } from '../../helpers/stack.js';
import { asTenant, tokenAuth } from '../../helpers/tokenAuth.js';

/** Waits until the simulator has seen no new hourly-usage request for a while; returns the count. */
async function settled(stack: Stack): Promise<number> {
  let count = stack.sim.log.count({ endpoint: 'GetHourlyUsage' });
  for (;;) {
    await new Promise((r) => setTimeout(r, 150));
    const now = stack.sim.log.count({ endpoint: 'GetHourlyUsage' });
    if (now === count) return count;
    count = now;
  }
}

/**
 * What only a trusted caller may spend the shared upstream budget on: bypassing cached answers
 * (`Cache-Control: no-cache`) and bulk read-ahead. The stack keeps pages and answers (the defaults).
 */
describe('cache bypass and read-ahead only for trusted callers', () => {
  let stack: Stack;
  beforeAll(async () => {
    // Callers told apart by their bearer tokens: `ops` is trusted, `guest` is not.
    const auth = tokenAuth([{ tenant: 'ops', trusted: true }, { tenant: 'guest' }]);
    stack = await startStack({}, (c) => ({ ...c, auth }), { retry: { maxAttempts: 1 } });
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.sim.log.clear());

  it('an untrusted no-cache request is answered from the caches; a trusted one reads upstream again', async () => {
    const query = '{ orgs { publicId name } }';
    expect((await stack.gql(query, {}, asTenant('guest'))).body.errors).toBeUndefined();
    const first = stack.sim.log.entries().length;
    expect(first).toBeGreaterThan(0);

    const guest = await stack.gql(query, {}, asTenant('guest', { 'cache-control': 'no-cache' }));
    expect(guest.body.errors).toBeUndefined();
    expect(stack.sim.log.entries()).toHaveLength(first);

    const ops = await stack.gql(query, {}, asTenant('ops', { 'cache-control': 'no-cache' }));
    expect(ops.body).toEqual(guest.body);
    expect(stack.sim.log.entries().length).toBeGreaterThan(first);
  });

  it('a bulk page reads ahead for a trusted caller only', async () => {
    const query = `query($start: DateTime!, $end: DateTime!) {
      hourlyUsage(productFamilies: [infra_hosts, logs], start: $start, end: $end, includeDescendants: true, first: 500) {
        nodes { hour } pageInfo { hasNextPage }
      }
    }`;
    const now = stack.sim.world.now;
    // Two windows of six days each, so neither reads what the other has cached.
    const guestWindow = { start: hoursBefore(now, 24 * 20), end: hoursBefore(now, 24 * 14) };
    const opsWindow = { start: hoursBefore(now, 24 * 13), end: hoursBefore(now, 24 * 7) };

    const guest = await stack.gql(query, guestWindow, asTenant('guest'));
    expect(guest.body.errors).toBeUndefined();
    const guestCalls = await settled(stack);
    stack.sim.log.clear();
    const ops = await stack.gql(query, opsWindow, asTenant('ops'));
    expect(ops.body.errors).toBeUndefined();
    const opsCalls = await settled(stack);

    // Five orgs, two families: 240 records per 24 h window. The page's own reads take four of the six
    // windows (three for 501 records, one opened early); read-ahead reads the other two, for ops only.
    expect(guestCalls).toBe(4);
    expect(opsCalls).toBe(6);
  });
});
