import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hoursBefore, restHourlyUsage, restKey, startStack, type Stack } from '../../../helpers/stack.js';
import { NODE_FIELDS as NODE, nodeKey, type HourlyUsageNodesPage as Page } from '../../../helpers/hourlyUsageNodes.js';
import type { LoggedRequest } from '../../../../src/providers/datadog/simulator/index.js';

/** The simulator's fixed latency: a request arriving less than this after another was sent before the other was answered. */
const LATENCY_MS = 150;

/**
 * Per-org hourly usage (`orgs { ... on DatadogOrg { hourlyUsage } }` and the like): the upstream
 * requests it makes and when, from the simulator's request log, and its records against direct REST
 * walks.
 */
describe('per-org hourly usage', () => {
  let stack: Stack;
  let day: { start: string; end: string };
  beforeAll(async () => {
    stack = await startStack({ latencyMs: LATENCY_MS });
    day = { start: hoursBefore(stack.sim.world.now, 24 * 6), end: hoursBefore(stack.sim.world.now, 24 * 5) };
    // The simulator answers in this process: warm its usage summary up, so that computing it does not
    // hold the event loop and stamp the requests arriving meanwhile late.
    expect((await stack.gql(`{ orgs { name } }`)).body.errors).toBeUndefined();
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.sim.log.clear());

  const hourly = (): LoggedRequest[] => stack.sim.log.entries({ endpoint: 'GetHourlyUsage' });
  const summary = (): LoggedRequest[] => stack.sim.log.entries({ endpoint: 'GetUsageSummary' });
  /** Whether two requests were in flight together (the later arrived before the earlier was answered). */
  const together = (a: LoggedRequest, b: LoggedRequest): boolean =>
    Math.abs(a.at.getTime() - b.at.getTime()) < LATENCY_MS;

  /** The REST walk of every org's records over a window, as keys, in upstream order. */
  async function everyOrg(window: { start: string; end: string }, families: string): Promise<string[]> {
    const keys: string[] = [];
    for (let t = new Date(`${window.start}:00:00Z`); t < new Date(`${window.end}:00:00Z`);) {
      const next = new Date(t.getTime() + 24 * 3_600_000);
      const records = await restHourlyUsage(stack, {
        'filter[timestamp][start]': t.toISOString().slice(0, 13),
        'filter[timestamp][end]': next.toISOString().slice(0, 13),
        'filter[product_families]': families,
        'filter[include_descendants]': 'true',
      });
      keys.push(...records.map(restKey));
      t = next;
    }
    return keys;
  }
  const ofOrg = (keys: readonly string[], publicId: string): string[] =>
    keys.filter((k) => k.startsWith(`${publicId}|`));

  it('orgs { hourlyUsage } over 24 h: the hourly request goes beside the org directory, one round trip', async () => {
    const res = await stack.gql<{ orgs: Array<{ publicId: string; hourlyUsage: Page }> }>(
      `query($start: DateTime!, $end: DateTime) {
        orgs { ... on DatadogOrg { publicId hourlyUsage(productFamilies: [infra_hosts], start: $start, end: $end) { nodes { ${NODE} } } } }
      }`,
      day,
    );
    expect(res.body.errors).toBeUndefined();
    const [directory] = summary();
    const calls = hourly();
    expect(summary()).toHaveLength(1);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.query['filter[include_descendants]']).toBe('true');
    expect(together(directory!, calls[0]!)).toBe(true);

    const expected = await everyOrg(day, 'infra_hosts');
    const orgs = res.body.data?.orgs ?? [];
    expect(orgs.map((o) => o.publicId)).toEqual(stack.sim.world.orgs.map((o) => o.publicId));
    for (const org of orgs) {
      expect(org.hourlyUsage.nodes.map(nodeKey)).toEqual(ofOrg(expected, org.publicId));
      expect(org.hourlyUsage.nodes).toHaveLength(24);
    }
  });

  it('account { hourlyUsage children { hourlyUsage } } and the account-only view beside them: one round trip too', async () => {
    const view = `hourlyUsage(productFamilies: [logs], start: $start, end: $end, first: 50) { nodes { ${NODE} } }`;
    const res = await stack.gql<{
      mine: Page;
      account: { publicId: string; hourlyUsage: Page; children: Array<{ publicId: string; hourlyUsage: Page }> };
    }>(
      `query($start: DateTime!, $end: DateTime) {
        mine: hourlyUsage(productFamilies: [logs], start: $start, end: $end, first: 50) { nodes { ${NODE} } }
        account { publicId ${view} children { publicId ${view} } }
      }`,
      day,
    );
    expect(res.body.errors).toBeUndefined();
    const calls = hourly();
    expect(summary()).toHaveLength(1);
    expect(calls).toHaveLength(1);
    expect(together(summary()[0]!, calls[0]!)).toBe(true);

    const expected = await everyOrg(day, 'logs');
    const { account, mine } = res.body.data!;
    expect(account.publicId).toBe(stack.sim.world.parent.publicId);
    expect(mine.nodes.map(nodeKey)).toEqual(ofOrg(expected, account.publicId));
    expect(account.hourlyUsage.nodes.map(nodeKey)).toEqual(ofOrg(expected, account.publicId));
    expect(account.children).toHaveLength(stack.sim.world.orgs.length - 1);
    for (const child of account.children) {
      expect(child.hourlyUsage.nodes.map(nodeKey)).toEqual(ofOrg(expected, child.publicId));
    }
  });

  it('orgs { hourlyUsage } over 72 h reads the three multi-org windows and no account-only request (4 calls, not 5)', async () => {
    const days = { start: day.start, end: hoursBefore(stack.sim.world.now, 24 * 3) };
    const res = await stack.gql<{ orgs: Array<{ publicId: string; hourlyUsage: Page }> }>(
      `query($start: DateTime!, $end: DateTime) {
        orgs { ... on DatadogOrg { publicId hourlyUsage(productFamilies: [infra_hosts], start: $start, end: $end, first: 100) { nodes { ${NODE} } pageInfo { hasNextPage endCursor } } } }
      }`,
      days,
    );
    expect(res.body.errors).toBeUndefined();
    expect(stack.sim.log.count()).toBe(4);
    expect(summary()).toHaveLength(1);
    expect(hourly().map((c) => [c.query['filter[timestamp][start]'], c.query['filter[include_descendants]']])).toEqual([
      [days.start, 'true'],
      [hoursBefore(stack.sim.world.now, 24 * 5), 'true'],
      [hoursBefore(stack.sim.world.now, 24 * 4), 'true'],
    ]);
    const expected = await everyOrg(days, 'infra_hosts');
    for (const org of res.body.data?.orgs ?? []) {
      expect(org.hourlyUsage.nodes.map(nodeKey)).toEqual(ofOrg(expected, org.publicId));
      expect(org.hourlyUsage.nodes).toHaveLength(72);
      expect(org.hourlyUsage.pageInfo.hasNextPage).toBe(false);
    }
  });

  it("the account org's cursor from such a read resumes on its own, from the windows it was read from", async () => {
    const days = { start: day.start, end: hoursBefore(stack.sim.world.now, 24 * 3) };
    const view = (after: string) =>
      `hourlyUsage(productFamilies: [infra_hosts], start: $start, end: $end, first: $first${after}) { nodes { ${NODE} } pageInfo { hasNextPage endCursor } }`;
    const first = await stack.gql<{ orgs: Array<{ publicId: string; hourlyUsage: Page }> }>(
      `query($start: DateTime!, $end: DateTime, $first: Int) { orgs { ... on DatadogOrg { publicId ${view('')} } } }`,
      { ...days, first: 30 },
    );
    expect(first.body.errors).toBeUndefined();
    // Every org reads two windows for 31 records; the account org rides them.
    expect(hourly().map((c) => c.query['filter[include_descendants]'])).toEqual(['true', 'true']);
    const parent = stack.sim.world.parent.publicId;
    const head = first.body.data!.orgs.find((o) => o.publicId === parent)!.hourlyUsage;
    expect(head.pageInfo.hasNextPage).toBe(true);

    stack.sim.log.clear();
    const rest = await stack.gql<{ org: { hourlyUsage: Page } }>(
      `query($start: DateTime!, $end: DateTime, $first: Int, $after: String, $id: String!) { org(publicId: $id) { ... on DatadogOrg { ${view(', after: $after')} } } }`,
      { ...days, first: 100, after: head.pageInfo.endCursor, id: parent },
    );
    expect(rest.body.errors).toBeUndefined();
    const tail = rest.body.data!.org.hourlyUsage;
    expect(tail.pageInfo.hasNextPage).toBe(false);
    // Resumed in the second window (where the cursor sits) and read on into the third.
    expect(hourly().map((c) => c.query['filter[timestamp][start]'])).toEqual([
      hoursBefore(stack.sim.world.now, 24 * 5),
      hoursBefore(stack.sim.world.now, 24 * 4),
    ]);
    const own = await restHourlyUsage(stack, {
      'filter[timestamp][start]': days.start,
      'filter[timestamp][end]': days.end,
      'filter[product_families]': 'infra_hosts',
    });
    expect([...head.nodes, ...tail.nodes].map(nodeKey)).toEqual(own.map(restKey));
  });
});
