import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoursBefore, startStack, type Stack } from '../../../helpers/stack.js';
import { restAttribution, restTags } from '../../../helpers/restAttribution.js';

const HOURLY = '/api/v1/usage/hourly-attribution';
const MONTHLY = '/api/v1/usage/monthly-attribution';

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  endCursor: string | null;
  startCursor: string | null;
}
interface Page<N> {
  edges: Array<{ cursor: string; node: N }>;
  pageInfo: PageInfo;
}

async function walk<N>(
  fetchPage: (first: number, after: string | null) => Promise<Page<N>>,
  first: number,
): Promise<N[]> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 1000; guard++) {
    const p = await fetchPage(first, after);
    expect(p.edges.length).toBeLessThanOrEqual(first);
    expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
    nodes.push(...p.edges.map((e) => e.node));
    if (!p.pageInfo.hasNextPage) return nodes;
    expect(p.edges.length).toBe(first);
    after = p.pageInfo.endCursor;
  }
  throw new Error('too many pages');
}

describe('attribution connections paged to the end equal a direct REST walk', () => {
  let stack: Stack;
  beforeAll(async () => {
    // Small upstream pages: every GraphQL page straddles upstream pages.
    stack = await startStack({ maxPageSize: 9 });
  });
  afterAll(() => stack.stop());

  interface HourlyNode {
    org: { publicId: string; name: string };
    hour: string;
    usageType: string;
    tagConfigSource: string | null;
    tags: Array<{ key: string; values: string[] }> | null;
    totalUsageSum: number | null;
    updatedAt: string | null;
  }
  const HOURLY_NODE =
    'org { publicId name } hour usageType tagConfigSource tags { key values } totalUsageSum updatedAt';

  function hourlyKey(n: HourlyNode): string {
    return JSON.stringify([
      n.org.publicId,
      n.org.name,
      new Date(n.hour).toISOString(),
      n.usageType,
      n.tagConfigSource,
      n.tags,
      n.totalUsageSum,
      n.updatedAt,
    ]);
  }
  function restHourlyKey(r: Record<string, unknown>): string {
    return JSON.stringify([
      r.public_id,
      r.org_name,
      new Date(r.hour as string).toISOString(),
      r.usage_type,
      r.tag_config_source,
      restTags(r.tags),
      r.total_usage_sum,
      r.updated_at,
    ]);
  }

  it('hourlyUsageAttribution over 30 h of every org (two 24 h upstream windows), with a tag breakdown', async () => {
    const start = hoursBefore(stack.sim.world.now, 24 * 4);
    const mid = hoursBefore(stack.sim.world.now, 24 * 3);
    const end = hoursBefore(stack.sim.world.now, 24 * 3 - 6);
    const expected: string[] = [];
    for (const [s, e] of [
      [start, mid],
      [mid, end],
    ] as const) {
      const walked = await restAttribution(stack, HOURLY, {
        start_hr: s,
        end_hr: e,
        usage_type: 'infra_host_usage',
        tag_breakdown_keys: 'env,team',
      });
      expected.push(...walked.records.map(restHourlyKey));
    }
    expect(expected.length).toBeGreaterThan(30 * stack.sim.world.orgs.length);
    for (const first of [13, 1000]) {
      stack.sim.log.clear();
      const nodes = await walk(async (f, after) => {
        const res = await stack.gql<{ hourlyUsageAttribution: Page<HourlyNode> }>(
          `query($start: DateTime!, $end: DateTime, $first: Int, $after: String) {
            hourlyUsageAttribution(usageType: infra_host_usage, start: $start, end: $end, tagBreakdownKeys: ["team", "env"], first: $first, after: $after) {
              edges { cursor node { ${HOURLY_NODE} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            }
          }`,
          { start, end, first: f, after },
        );
        expect(res.body.errors, res.text).toBeUndefined();
        return res.body.data!.hourlyUsageAttribution;
      }, first);
      expect(nodes.map(hourlyKey)).toEqual(expected);
      for (const entry of stack.sim.log.entries({ endpoint: 'GetHourlyUsageAttribution' })) {
        expect(entry.query.include_descendants).toBe('true');
        expect([start, mid]).toContain(entry.query.start_hr);
      }
    }
  });

  it('hourlyUsageAttribution of the account org alone: one upstream window, include_descendants=false', async () => {
    const start = hoursBefore(stack.sim.world.now, 24 * 4);
    const end = hoursBefore(stack.sim.world.now, 24 * 2);
    const expected = (
      await restAttribution(stack, HOURLY, {
        start_hr: start,
        end_hr: end,
        usage_type: 'ingested_logs_bytes_usage',
        include_descendants: 'false',
      })
    ).records.map(restHourlyKey);
    expect(expected).toHaveLength(48);
    stack.sim.log.clear();
    const nodes = await walk(async (first, after) => {
      const res = await stack.gql<{ hourlyUsageAttribution: Page<HourlyNode> }>(
        `query($start: DateTime!, $end: DateTime, $first: Int, $after: String) {
          hourlyUsageAttribution(usageType: ingested_logs_bytes_usage, start: $start, end: $end, includeDescendants: false, first: $first, after: $after) {
            edges { cursor node { ${HOURLY_NODE} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }`,
        { start, end, first, after },
      );
      expect(res.body.errors, res.text).toBeUndefined();
      return res.body.data!.hourlyUsageAttribution;
    }, 7);
    expect(nodes.map(hourlyKey)).toEqual(expected);
    expect(nodes.every((n) => n.tags === null)).toBe(true);
    const calls = stack.sim.log.entries({ endpoint: 'GetHourlyUsageAttribution' });
    expect(calls.every((c) => c.query.include_descendants === 'false' && c.query.end_hr === end)).toBe(true);
    // 48 records in upstream pages of 9, read 7 (+1 look-ahead) at a time: each GraphQL page re-reads
    // the upstream page its `after` cursor sits in and reads on as far as it needs:
    // 1 + 2 + 2 + 2 + 1 + 2 + 2 upstream requests for the 7 GraphQL pages.
    expect(calls).toHaveLength(12);
  });

  interface MonthlyNode {
    org: { publicId: string };
    month: string;
    tags: Array<{ key: string; values: string[] }> | null;
    tagConfigSource: string | null;
    updatedAt: string | null;
    values: Array<{ field: string; value: number | null }>;
  }
  const MONTHLY_NODE = 'org { publicId } month tags { key values } tagConfigSource updatedAt values { field value }';

  function monthlyKey(n: MonthlyNode): string {
    return JSON.stringify([n.org.publicId, n.month, n.tags, n.tagConfigSource, n.updatedAt, n.values]);
  }
  function restMonthlyKey(r: Record<string, unknown>): string {
    return JSON.stringify([
      r.public_id,
      (r.month as string).slice(0, 7),
      restTags(r.tags),
      r.tag_config_source,
      r.updated_at,
      Object.entries(r.values as Record<string, number>).map(([field, value]) => ({ field, value })),
    ]);
  }

  it('monthlyUsageAttribution over two months sorted by a field, with its aggregates', async () => {
    const now = stack.sim.world.now;
    const startMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
    const fields = ['container_percentage', 'infra_host_percentage', 'infra_host_usage'];
    const walked = await restAttribution(stack, MONTHLY, {
      start_month: startMonth,
      fields: fields.join(','),
      sort_name: 'infra_host_usage',
      sort_direction: 'asc',
      tag_breakdown_keys: 'team',
      include_descendants: 'true',
    });
    const expected = walked.records.map(restMonthlyKey);
    expect(expected.length).toBeGreaterThan(9);
    for (const first of [4, 1000]) {
      let aggregates: unknown = null;
      const nodes = await walk(async (f, after) => {
        const res = await stack.gql<{
          monthlyUsageAttribution: Page<MonthlyNode> & { aggregates: unknown };
        }>(
          `query($start: Month!, $first: Int, $after: String) {
            monthlyUsageAttribution(fields: [infra_host_usage, infra_host_percentage, container_percentage], startMonth: $start, sortName: infra_host_usage, sortDirection: asc, tagBreakdownKeys: ["team"], first: $first, after: $after) {
              edges { cursor node { ${MONTHLY_NODE} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              aggregates { aggType field value }
            }
          }`,
          { start: startMonth, first: f, after },
        );
        expect(res.body.errors, res.text).toBeUndefined();
        aggregates = res.body.data!.monthlyUsageAttribution.aggregates;
        return res.body.data!.monthlyUsageAttribution;
      }, first);
      expect(nodes.map(monthlyKey)).toEqual(expected);
      expect(aggregates).toEqual(
        (walked.metadata.aggregates as Array<{ agg_type: string; field: string; value: number }>).map((a) => ({
          aggType: a.agg_type,
          field: a.field,
          value: a.value,
        })),
      );
    }
  });

  it('last/before pages backwards through the same records', async () => {
    const start = hoursBefore(stack.sim.world.now, 24 * 4);
    const end = hoursBefore(stack.sim.world.now, 24 * 4 - 5);
    const q = `query($start: DateTime!, $end: DateTime, $last: Int, $before: String, $first: Int) {
      hourlyUsageAttribution(usageType: apm_host_usage, start: $start, end: $end, first: $first, last: $last, before: $before) {
        edges { cursor node { ${HOURLY_NODE} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }`;
    const all = await stack.gql<{ hourlyUsageAttribution: Page<HourlyNode> }>(q, { start, end, first: 1000 });
    const edges = all.body.data!.hourlyUsageAttribution.edges;
    expect(edges).toHaveLength(5 * stack.sim.world.orgs.length);
    const back = await stack.gql<{ hourlyUsageAttribution: Page<HourlyNode> }>(q, {
      start,
      end,
      last: 6,
      before: edges[20]!.cursor,
    });
    expect(back.body.errors, back.text).toBeUndefined();
    expect(back.body.data!.hourlyUsageAttribution.edges.map((e) => hourlyKey(e.node))).toEqual(
      edges.slice(14, 20).map((e) => hourlyKey(e.node)),
    );
  });
});
