import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoursBefore, restHourlyUsage, restKey, startStack, type Stack } from '../../../helpers/stack.js';
import { nodeKey, type HourlyUsageNode as Node } from '../../../helpers/hourlyUsageNodes.js';

const NODE = `node { org { publicId } productFamily hour measurements { usageType value } }`;
const PAGE = `edges { cursor ${NODE} } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;

interface Page {
  edges: Array<{ cursor: string; node: Node }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

describe('hourlyUsage connection paging (through the gateway, against a direct REST walk)', () => {
  let stack: Stack;
  let start: string;
  let end: string;
  // A small upstream page size makes every GraphQL page straddle upstream pages.
  beforeAll(async () => {
    stack = await startStack({ maxPageSize: 16 });
    start = hoursBefore(stack.sim.world.now, 24 * 5);
    end = hoursBefore(stack.sim.world.now, 24 * 2);
  });
  afterAll(() => stack.stop());

  async function page(variables: Record<string, unknown>): Promise<Page> {
    const res = await stack.gql<{ hourlyUsage: Page }>(
      `query($start: DateTime!, $end: DateTime, $first: Int, $after: String, $last: Int, $before: String, $desc: Boolean) {
        hourlyUsage(productFamilies: [infra_hosts, logs], start: $start, end: $end, includeDescendants: $desc, first: $first, after: $after, last: $last, before: $before) { ${PAGE} }
      }`,
      { start, end, ...variables },
    );
    expect(res.body.errors).toBeUndefined();
    return (res.body.data as { hourlyUsage: Page }).hourlyUsage;
  }

  async function walkForward(first: number, desc: boolean): Promise<Node[]> {
    const nodes: Node[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 1000; guard++) {
      const p = await page({ first, after, desc });
      expect(p.edges.length).toBeLessThanOrEqual(first);
      nodes.push(...p.edges.map((e) => e.node));
      expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!p.pageInfo.hasNextPage) break;
      expect(p.edges.length).toBe(first);
      after = p.pageInfo.endCursor;
    }
    return nodes;
  }

  it('first/after through a three-day single-org window yields exactly the REST walk, in order', async () => {
    const expected = (
      await restHourlyUsage(stack, {
        'filter[timestamp][start]': start,
        'filter[timestamp][end]': end,
        'filter[product_families]': 'infra_hosts,logs',
      })
    ).map(restKey);
    expect(expected.length).toBe(72 * 2);
    for (const first of [1, 7, 50, 1000]) {
      expect((await walkForward(first, false)).map(nodeKey)).toEqual(expected);
    }
  });

  it('includeDescendants over two days reads 24 h windows and yields exactly the REST walks of both', async () => {
    const twoDaysEnd = hoursBefore(new Date(`${start}:00:00Z`), -48);
    const expected: string[] = [];
    for (const [s, e] of [
      [start, hoursBefore(new Date(`${start}:00:00Z`), -24)],
      [hoursBefore(new Date(`${start}:00:00Z`), -24), twoDaysEnd],
    ] as const) {
      const records = await restHourlyUsage(stack, {
        'filter[timestamp][start]': s,
        'filter[timestamp][end]': e,
        'filter[product_families]': 'infra_hosts,logs',
        'filter[include_descendants]': 'true',
      });
      expected.push(...records.map(restKey));
    }
    expect(expected.length).toBe(48 * 2 * stack.sim.world.orgs.length);
    end = twoDaysEnd;
    try {
      expect((await walkForward(13, true)).map(nodeKey)).toEqual(expected);
    } finally {
      end = hoursBefore(stack.sim.world.now, 24 * 2);
    }
  });

  it('last/before from the end back to the start yields the same records in the same order', async () => {
    const forward = (await walkForward(1000, false)).map(nodeKey);
    const pages: Node[][] = [];
    let before: string | null = null;
    for (let guard = 0; guard < 1000; guard++) {
      const p = await page({ last: 9, before, desc: false });
      pages.unshift(p.edges.map((e) => e.node));
      expect(p.pageInfo.hasNextPage).toBe(before !== null);
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    expect(pages.flat().map(nodeKey)).toEqual(forward);
  });

  it('after resumes from the page its cursor sits in, without re-reading earlier upstream pages', async () => {
    const first = await page({ first: 40, desc: false });
    stack.sim.log.clear();
    const second = await page({ first: 5, after: first.pageInfo.endCursor, desc: false });
    expect(second.edges).toHaveLength(5);
    // Record 40 sits in upstream page 3 (16 per page): the resumed page is read again, nothing before it.
    const calls = stack.sim.log.entries({ endpoint: 'GetHourlyUsage' });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.query['page[next_record_id]']).toBeDefined();
  });

  it('first: N spans several upstream pages and stops reading once it knows hasNextPage', async () => {
    stack.sim.log.clear();
    const p = await page({ first: 40, desc: false });
    expect(p.edges).toHaveLength(40);
    expect(p.pageInfo.hasNextPage).toBe(true);
    // 41 records (40 + one to know hasNextPage) over pages of 16: three upstream pages, no more.
    expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(3);
  });

  it('an empty window (entirely in the future) is an empty connection with no upstream call', async () => {
    stack.sim.log.clear();
    const future = hoursBefore(stack.sim.world.now, -48);
    const res = await stack.gql<{ hourlyUsage: Page }>(`{ hourlyUsage(start: "${future}") { ${PAGE} } }`);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.hourlyUsage).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
    expect(stack.sim.log.count()).toBe(0);
  });
});
