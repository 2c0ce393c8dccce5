import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PLAIN_UPSTREAM,
  hoursBefore,
  type GqlResponse,
  restHourlyUsage,
  restKey,
  startStack,
  type Stack,
} from '../../../helpers/stack.js';
import {
  NODE_FIELDS as NODE,
  nodeKey,
  type HourlyUsageNode as Node,
  type HourlyUsageNodesPage as Page,
} from '../../../helpers/hourlyUsageNodes.js';

const QUERY = `query($start: DateTime!, $end: DateTime!, $after: String) {
  hourlyUsage(productFamilies: [infra_hosts, logs], start: $start, end: $end, includeDescendants: true, first: 500, after: $after) {
    nodes { ${NODE} } pageInfo { hasNextPage endCursor }
  }
}`;

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

async function pageThrough(
  stack: Stack,
  vars: { start: string; end: string },
): Promise<{ nodes: Node[]; newCalls: number[] }> {
  const nodes: Node[] = [];
  const newCalls: number[] = [];
  let after: string | null = null;
  for (;;) {
    const before = await settled(stack);
    const res: GqlResponse<{ hourlyUsage: Page }> = await stack.gql<{ hourlyUsage: Page }>(QUERY, { ...vars, after });
    expect(res.body.errors).toBeUndefined();
    // The page's own requests and whatever it read ahead in the background.
    newCalls.push((await settled(stack)) - before);
    const page: Page = (res.body.data as { hourlyUsage: Page }).hourlyUsage;
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return { nodes, newCalls };
    after = page.pageInfo.endCursor;
  }
}

describe('bulk reads read ahead into the page cache', () => {
  // Six 24 h windows of every org (5) and two families: 240 records each, one upstream page each.
  let start: string;
  let end: string;

  describe('with the page cache (the default)', () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({}, (c) => c, { retry: { maxAttempts: 1 } });
      start = hoursBefore(stack.sim.world.now, 24 * 10);
      end = hoursBefore(stack.sim.world.now, 24 * 4);
    });
    afterAll(() => stack.stop());

    it('after the first page, every later page of a 500-record walk is served without waiting on the upstream', async () => {
      const { nodes, newCalls } = await pageThrough(stack, { start, end });
      // The first page reads the windows it needs (and one more its prefetch estimate opened early);
      // read-ahead fetches the rest in the background; the later pages find every window cached.
      expect(newCalls).toEqual([6, 0, 0]);
      // Every window was read exactly once in all.
      expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(6);
      // ...and the pages hold exactly the upstream's records, in order.
      const rest: Array<Record<string, unknown>> = [];
      for (let d = 10; d > 4; d--) {
        rest.push(
          ...(await restHourlyUsage(stack, {
            'filter[timestamp][start]': hoursBefore(stack.sim.world.now, 24 * d),
            'filter[timestamp][end]': hoursBefore(stack.sim.world.now, 24 * (d - 1)),
            'filter[product_families]': 'infra_hosts,logs',
            'filter[include_descendants]': 'true',
          })),
        );
      }
      expect(nodes.map(nodeKey)).toEqual(rest.map(restKey));
    });
  });

  describe('small pages with the page cache', () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({}, (c) => c, { retry: { maxAttempts: 1 } });
    });
    afterAll(() => stack.stop());

    it('ask the upstream for just the page (plus one record), and resume from the cached page', async () => {
      const vars = { start: hoursBefore(stack.sim.world.now, 24 * 12), end: hoursBefore(stack.sim.world.now, 24 * 11) };
      const small = `query($start: DateTime!, $end: DateTime!, $after: String) {
        hourlyUsage(productFamilies: [infra_hosts, logs], start: $start, end: $end, includeDescendants: true, first: 10, after: $after) {
          nodes { ${NODE} } pageInfo { hasNextPage endCursor }
        }
      }`;
      const rest = await restHourlyUsage(stack, {
        'filter[timestamp][start]': vars.start,
        'filter[timestamp][end]': vars.end,
        'filter[product_families]': 'infra_hosts,logs',
        'filter[include_descendants]': 'true',
      });
      const read = async (after: string | null): Promise<Page> => {
        const res: GqlResponse<{ hourlyUsage: Page }> = await stack.gql<{ hourlyUsage: Page }>(small, {
          ...vars,
          after,
        });
        expect(res.body.errors).toBeUndefined();
        return (res.body.data as { hourlyUsage: Page }).hourlyUsage;
      };
      stack.sim.log.clear();
      const one = await read(null);
      const calls = stack.sim.log.entries({ endpoint: 'GetHourlyUsage' });
      // The window holds 240 records in one upstream page of 500; the page asks for 11.
      expect(calls.map((c) => c.query['page[limit]'])).toEqual(['11']);
      const two = await read(one.pageInfo.endCursor);
      // The cursor's page comes from the cache; only the next upstream page is new.
      expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(2);
      expect([...one.nodes, ...two.nodes].map(nodeKey)).toEqual(rest.slice(0, 20).map(restKey));
    });
  });

  describe('without a page cache', () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({}, (c) => c, PLAIN_UPSTREAM);
      start = hoursBefore(stack.sim.world.now, 24 * 10);
      end = hoursBefore(stack.sim.world.now, 24 * 4);
    });
    afterAll(() => stack.stop());

    it('reads nothing ahead: each page makes only the requests it needs itself', async () => {
      const { nodes, newCalls } = await pageThrough(stack, { start, end });
      expect(nodes).toHaveLength(6 * 240);
      // Page 1 reads windows 0-2 (plus window 3, opened early by the prefetch estimate, which counts
      // one org per window until the orgs are known); pages 2-3 re-read the window their cursor sits
      // in and read on: 2-4, then 4-5. Nothing is read that a page did not itself ask for.
      expect(newCalls).toEqual([4, 3, 2]);
    });
  });

  describe('sized by the rate-limit budget left', () => {
    it('a large budget reads ahead to the end of a 12-day walk after its first page (not three windows)', async () => {
      const stack = await startStack({}, (c) => c, { retry: { maxAttempts: 1 } });
      try {
        const vars = {
          start: hoursBefore(stack.sim.world.now, 24 * 16),
          end: hoursBefore(stack.sim.world.now, 24 * 4),
        };
        const { nodes, newCalls } = await pageThrough(stack, vars);
        // 12 windows of 240 records: the first page reads four, and reads every other one ahead.
        expect(newCalls).toEqual([12, 0, 0, 0, 0, 0]);
        expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(12);
        expect(stack.sim.log.count({ status: 429 })).toBe(0);
        const rest: Array<Record<string, unknown>> = [];
        for (let d = 16; d > 4; d--) {
          rest.push(
            ...(await restHourlyUsage(stack, {
              'filter[timestamp][start]': hoursBefore(stack.sim.world.now, 24 * d),
              'filter[timestamp][end]': hoursBefore(stack.sim.world.now, 24 * (d - 1)),
              'filter[product_families]': 'infra_hosts,logs',
              'filter[include_descendants]': 'true',
            })),
          );
        }
        expect(nodes.map(nodeKey)).toEqual(rest.map(restKey));
      } finally {
        await stack.stop();
      }
    });

    it('a budget the rest of the walk fits with the reserve to spare: the first page reads it all ahead, not half', async () => {
      // Seventeen hourly calls a day. The first page of a 12-day walk (one call per window) reads
      // four windows; 13 calls are left and the 9 windows after the page fit with 4 to spare
      // (READ_AHEAD_RESERVE), where half of what is left would have read only some of them.
      const stack = await startStack({ rateLimit: { limit: 17, periodSeconds: 86_400 } }, (c) => c, {
        retry: { maxAttempts: 1 },
      });
      try {
        const vars = {
          start: hoursBefore(stack.sim.world.now, 24 * 16),
          end: hoursBefore(stack.sim.world.now, 24 * 4),
        };
        const first = await stack.gql<{ hourlyUsage: Page }>(QUERY, { ...vars, after: null });
        expect(first.body.errors).toBeUndefined();
        expect(await settled(stack)).toBe(12);
        // The walk needs no further call, and the reserve is still there for another client.
        const { newCalls } = await pageThrough(stack, vars);
        expect(newCalls.every((n) => n === 0)).toBe(true);
        const other = await stack.gql<{ hourlyUsage: Page }>(
          `query($start: DateTime!) { hourlyUsage(productFamilies: [iot], start: $start, first: 1) { nodes { ${NODE} } } }`,
          { start: hoursBefore(stack.sim.world.now, 24 * 20) },
        );
        expect(other.body.errors).toBeUndefined();
        expect(other.body.data?.hourlyUsage.nodes).toHaveLength(1);
        expect(stack.sim.log.count({ status: 429 })).toBe(0);
      } finally {
        await stack.stop();
      }
    });

    it('a later page counts only the windows not read ahead yet: a 24-day walk is read ahead as it goes, not on demand', async () => {
      // Thirty hourly calls a day, 24 windows of one call. The first page reads four and 15 more
      // ahead (16 segments at most). Each later page reads ahead the next windows past those: what
      // earlier pages read ahead is spent already, so it is not counted against the 11 calls left
      // again (counted, the walk's last windows would only be read when the client reached them).
      const stack = await startStack({ rateLimit: { limit: 30, periodSeconds: 86_400 } }, (c) => c, {
        retry: { maxAttempts: 1 },
      });
      try {
        const vars = {
          start: hoursBefore(stack.sim.world.now, 24 * 28),
          end: hoursBefore(stack.sim.world.now, 24 * 4),
        };
        const { nodes, newCalls } = await pageThrough(stack, vars);
        expect(newCalls).toEqual([19, 2, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
        expect(nodes).toHaveLength(24 * 240);
        expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(24);
        expect(stack.sim.log.count({ status: 429 })).toBe(0);
      } finally {
        await stack.stop();
      }
    });

    it('a small budget: reading ahead takes at most half of what is left, so the next client still gets its call', async () => {
      // Six hourly calls a day: the first page of a six-day walk takes four.
      const stack = await startStack({ rateLimit: { limit: 6, periodSeconds: 86_400 } }, (c) => c, {
        retry: { maxAttempts: 1 },
      });
      try {
        const vars = {
          start: hoursBefore(stack.sim.world.now, 24 * 10),
          end: hoursBefore(stack.sim.world.now, 24 * 4),
        };
        const res = await stack.gql<{ hourlyUsage: Page }>(QUERY, { ...vars, after: null });
        expect(res.body.errors).toBeUndefined();
        expect(res.body.data?.hourlyUsage.pageInfo.hasNextPage).toBe(true);
        // Two calls were left: reading ahead takes at most one (here: none new, the window it may
        // take was already read by the page itself).
        expect(await settled(stack)).toBe(4);
        const other = await stack.gql<{ hourlyUsage: Page }>(
          `query($start: DateTime!) { hourlyUsage(productFamilies: [iot], start: $start, first: 1) { nodes { ${NODE} } } }`,
          { start: hoursBefore(stack.sim.world.now, 24 * 20) },
        );
        expect(other.body.errors).toBeUndefined();
        expect(other.body.data?.hourlyUsage.nodes).toHaveLength(1);
        expect(stack.sim.log.count({ status: 429 })).toBe(0);
      } finally {
        await stack.stop();
      }
    });
  });
});
