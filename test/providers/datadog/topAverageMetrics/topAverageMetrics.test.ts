import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../../../helpers/stack.js';

const TOP = '/api/v1/usage/top_avg_metrics';
const ENDPOINT = 'GetUsageTopAvgMetrics';

interface RestMetric {
  metric_category: string;
  metric_name: string;
  max_metric_hour: number;
  avg_metric_hour: number;
}
interface Node {
  metricName: string;
  category: string;
  averagePerHour: number | null;
  maximumPerHour: number | null;
}
interface Page {
  totalCount: number | null;
  edges: Array<{ cursor: string; node: Node }>;
  nodes: Node[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const FIELD = `totalCount edges { cursor node { metricName category averagePerHour maximumPerHour } }
  nodes { metricName category averagePerHour maximumPerHour }
  pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;
const QUERY = `query($month: Month, $day: Date, $names: [String!], $first: Int, $after: String, $last: Int, $before: String) {
  topAverageMetrics(month: $month, day: $day, names: $names, first: $first, after: $after, last: $last, before: $before) { ${FIELD} }
}`;

const toNode = (r: RestMetric): Node => ({
  metricName: r.metric_name,
  category: r.metric_category,
  averagePerHour: r.avg_metric_hour,
  maximumPerHour: r.max_metric_hour,
});

describe('Query.topAverageMetrics (through the gateway, against direct REST walks)', () => {
  let stack: Stack;
  let month: string;
  let day: string;
  // Upstream pages of 7 records: every GraphQL page straddles upstream pages.
  beforeAll(async () => {
    stack = await startStack({ maxPageSize: 7 });
    const now = stack.sim.world.now;
    month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
    day = new Date(now.getTime() - 5 * 86_400_000).toISOString().slice(0, 10);
  });
  afterAll(() => stack.stop());
  beforeEach(() => {
    stack.sim.configure({ maxPageSize: 7 });
    stack.sim.faults.clear();
    stack.sim.log.clear();
  });

  /** The ground truth: GET top_avg_metrics followed to its end with next_record_id. */
  async function restWalk(query: Record<string, string>): Promise<{ nodes: Node[]; total: number; pages: number }> {
    const nodes: Node[] = [];
    let next: string | null = null;
    let total = -1;
    let pages = 0;
    do {
      const res = await stack.rest(TOP, next ? { ...query, next_record_id: next } : query);
      if (res.status !== 200) throw new Error(`REST walk failed: ${res.status} ${JSON.stringify(res.body)}`);
      const body = res.body as { usage: RestMetric[]; metadata: { pagination: Record<string, unknown> } };
      nodes.push(...body.usage.map(toNode));
      next = body.metadata.pagination.next_record_id as string | null;
      total = body.metadata.pagination.total_number_of_records as number;
      pages += 1;
    } while (next);
    return { nodes, total, pages };
  }

  async function page(variables: Record<string, unknown>): Promise<Page> {
    const res = await stack.gql<{ topAverageMetrics: Page }>(QUERY, variables);
    expect(res.body.errors, res.text).toBeUndefined();
    const p = res.body.data!.topAverageMetrics;
    expect(p.nodes).toEqual(p.edges.map((e) => e.node));
    return p;
  }

  async function walkForward(
    variables: Record<string, unknown>,
    first: number,
  ): Promise<{ nodes: Node[]; totals: Set<number | null> }> {
    const nodes: Node[] = [];
    const totals = new Set<number | null>();
    let after: string | null = null;
    for (let guard = 0; guard < 1000; guard++) {
      const p = await page({ ...variables, first, after });
      nodes.push(...p.nodes);
      totals.add(p.totalCount);
      expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!p.pageInfo.hasNextPage) break;
      expect(p.edges).toHaveLength(first);
      after = p.pageInfo.endCursor;
    }
    return { nodes, totals };
  }

  it('first/after over a month, for page sizes that do not divide the upstream page, yields exactly the REST walk', async () => {
    const rest = await restWalk({ month });
    expect(rest.pages).toBeGreaterThan(20);
    expect(rest.nodes.length).toBe(rest.total);
    for (const first of [9, 13, 1000]) {
      const { nodes, totals } = await walkForward({ month }, first);
      expect(nodes).toEqual(rest.nodes);
      expect([...totals]).toEqual([rest.total]);
    }
  });

  it('a day is its own ranking, equal to the REST walk for that day', async () => {
    const rest = await restWalk({ day });
    const { nodes } = await walkForward({ day }, 30);
    expect(nodes).toEqual(rest.nodes);
    expect(nodes).not.toEqual((await restWalk({ month })).nodes);
  });

  it('names selects those metrics (in ranking order, unknown names absent); their order does not matter to cursors', async () => {
    const all = (await restWalk({ month })).nodes;
    const names = [all[50]!, all[2]!, all[9]!, all[120]!].map((n) => n.metricName);
    const rest = await restWalk({ month, names: [...names, 'no.such.metric'].join(',') });
    expect(rest.nodes).toEqual([all[2], all[9], all[50], all[120]]);
    const p = await page({ month, names: [...names, 'no.such.metric'], first: 3 });
    expect(p.nodes).toEqual(rest.nodes.slice(0, 3));
    expect(p.totalCount).toBe(4);
    const rest2 = await page({
      month,
      names: ['no.such.metric', ...names.reverse()],
      first: 3,
      after: p.pageInfo.endCursor,
    });
    expect(rest2.nodes).toEqual(rest.nodes.slice(3));
    expect(rest2.pageInfo.hasNextPage).toBe(false);
  });

  it('last/before: the tail of the list, and the records just before a cursor', async () => {
    stack.sim.configure({ maxPageSize: 50 });
    const all = (await restWalk({ day })).nodes;
    const tail = await page({ day, last: 4 });
    expect(tail.nodes).toEqual(all.slice(-4));
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const head = await page({ day, first: 25 });
    const before = await page({ day, last: 6, before: head.edges[20]!.cursor });
    expect(before.nodes).toEqual(all.slice(14, 20));
    expect(before.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });

  it('last without before over more than 20 upstream pages is QUERY_TOO_COSTLY', async () => {
    const res = await stack.gql(QUERY, { day, last: 4 });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', maxUpstreamPages: 20 });
    expect(stack.sim.log.count({ endpoint: ENDPOINT })).toBe(20);
  });

  it('first: N reads exactly the upstream pages it needs, asking limit N + 1', async () => {
    const p = await page({ month, first: 10 });
    // 10 records and one more for hasNextPage: two pages of 7.
    expect(stack.sim.log.count({ endpoint: ENDPOINT })).toBe(2);
    expect(stack.sim.log.entries({ endpoint: ENDPOINT }).map((e) => e.query.limit)).toEqual(['11', '11']);
    stack.sim.log.clear();
    // The next page resumes in upstream page 2 (records 7-13) and needs page 3 (14-20): 2 requests.
    const next = await page({ month, first: 10, after: p.pageInfo.endCursor });
    expect(next.nodes).toHaveLength(10);
    expect(stack.sim.log.count({ endpoint: ENDPOINT })).toBe(2);
    stack.sim.log.clear();
    // Without the page-size knob, one upstream page holds the whole GraphQL page.
    stack.sim.configure({ maxPageSize: 500 });
    const big = await page({ month, first: 200 });
    expect(big.nodes).toHaveLength(200);
    expect(stack.sim.log.entries({ endpoint: ENDPOINT }).map((e) => e.query.limit)).toEqual(['201']);
  });

  it('totalCount costs no request of its own, and identical fields share their pages', async () => {
    const res = await stack.gql<{ a: Page; b: Page; c: { totalCount: number } }>(
      `query($month: Month) {
        a: topAverageMetrics(month: $month, first: 3) { ${FIELD} }
        b: topAverageMetrics(month: $month, first: 3) { ${FIELD} }
        c: topAverageMetrics(month: $month, first: 3) { totalCount }
      }`,
      { month },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.a).toEqual(res.body.data!.b);
    expect(res.body.data!.c.totalCount).toBe(res.body.data!.a.totalCount);
    expect(res.body.data!.a.totalCount).toBeGreaterThan(200);
    expect(stack.sim.log.count({ endpoint: ENDPOINT })).toBe(1);
  });

  it('an empty window (after at or past before) answers without reading, and totalCount then reads one page', async () => {
    const head = await page({ day, first: 5 });
    stack.sim.log.clear();
    const res = await stack.gql<{ topAverageMetrics: Page }>(QUERY, {
      day,
      first: 5,
      after: head.edges[3]!.cursor,
      before: head.edges[1]!.cursor,
    });
    expect(res.body.data!.topAverageMetrics.edges).toEqual([]);
    expect(res.body.data!.topAverageMetrics.totalCount).toBe(head.totalCount);
    expect(stack.sim.log.count({ endpoint: ENDPOINT })).toBe(1);
  });
});

describe('Query.topAverageMetrics: bad input is refused before any upstream call', () => {
  let stack: Stack;
  let now: Date;
  let month: string;
  const iso = (d: Date): string => d.toISOString();
  beforeAll(async () => {
    stack = await startStack({ maxPageSize: 7 });
    now = new Date();
    month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.sim.log.clear());

  async function expectBadInput(query: string, variables: Record<string, unknown>, message: RegExp): Promise<void> {
    const res = await stack.gql(query, variables);
    expect(res.body.errors?.length, res.text).toBeGreaterThan(0);
    for (const error of res.body.errors ?? []) expect(error.extensions?.code, res.text).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.map((e) => e.message).join('\n')).toMatch(message);
    expect(stack.sim.log.count()).toBe(0);
  }

  const T = (args: string): string => `{ topAverageMetrics(${args}) { edges { cursor } } }`;
  const monthsAgo = (n: number): string =>
    iso(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - n, 1))).slice(0, 7);
  const daysAgo = (n: number): string => iso(new Date(now.getTime() - n * 86_400_000)).slice(0, 10);

  it('neither month nor day', async () => {
    await expectBadInput(T('first: 5'), {}, /"month" and "day": give exactly one of them, but got neither/);
  });
  it('both month and day', async () => {
    await expectBadInput(
      T(`month: "${month}", day: "${month}-02"`),
      {},
      /exclusive: give exactly one of them, but got both \(month .*, day .*\)/,
    );
  });
  it('a future month', async () => {
    await expectBadInput(
      T(`month: "${monthsAgo(-1)}"`),
      {},
      new RegExp(`"month" must not be in the future \\(${monthsAgo(0)} or earlier\\), but got: ${monthsAgo(-1)}`),
    );
  });
  it('a future day (as a variable)', async () => {
    await expectBadInput(
      `query($d: Date) { topAverageMetrics(day: $d) { totalCount } }`,
      { d: daysAgo(-1) },
      /"day" must not be in the future .*but got: /,
    );
  });
  it('a month beyond the 15-month retention', async () => {
    await expectBadInput(
      T(`month: "${monthsAgo(16)}"`),
      {},
      new RegExp(`"month" must be at most 15 months back \\(${monthsAgo(15)} or later\\), but got: ${monthsAgo(16)}`),
    );
  });
  it('a day beyond the 15-month retention', async () => {
    await expectBadInput(
      T(`day: "${daysAgo(470)}"`),
      {},
      /"day" must be at most 15 months back \(\d{4}-\d{2}-\d{2} or later\), but got: /,
    );
  });
  it('first out of bounds', async () => {
    await expectBadInput(
      T(`month: "${month}", first: 1001`),
      {},
      /"first" must be an integer from 0 to 1000, but got: 1001/,
    );
    await expectBadInput(T(`month: "${month}", first: -1`), {}, /but got: -1/);
  });
  it('an empty names list, and an empty name', async () => {
    await expectBadInput(T(`month: "${month}", names: []`), {}, /"names" must name at least one metric/);
    await expectBadInput(T(`month: "${month}", names: ["a", ""]`), {}, /"names" must hold metric names .*but got: ""/);
    await expectBadInput(T(`month: "${month}", names: ["a,b"]`), {}, /but got: "a,b"/);
  });
  it('a malformed month', async () => {
    await expectBadInput(T('month: "2026-13"'), {}, /Month must be YYYY-MM/);
  });
  it('a tampered cursor, and a cursor of another ranking', async () => {
    const res = await stack.gql<{ topAverageMetrics: Page }>(
      `{ topAverageMetrics(month: "${month}", first: 2) { ${FIELD} } }`,
    );
    const cursor = res.body.data!.topAverageMetrics.pageInfo.endCursor!;
    stack.sim.log.clear();
    // The first signature character is all signature bits (the last one holds spare bits).
    const dot = cursor.indexOf('.');
    const tampered = `${cursor.slice(0, dot + 1)}${cursor[dot + 1] === 'A' ? 'B' : 'A'}${cursor.slice(dot + 2)}`;
    await expectBadInput(T(`month: "${month}", after: "${tampered}"`), {}, /"after" must be a cursor/);
    await expectBadInput(T(`month: "${monthsAgo(2)}", after: "${cursor}"`), {}, /"after"/);
    await expectBadInput(T(`month: "${month}", names: ["system.cpu.user"], after: "${cursor}"`), {}, /"after"/);
  });
});

describe('Query.topAverageMetrics: upstream answers', () => {
  let stack: Stack;
  let month: string;
  beforeAll(async () => {
    stack = await startStack();
    const now = stack.sim.world.now;
    month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.sim.faults.clear());

  const BOTH = (m: string): string => `{
    topAverageMetrics(month: "${m}", first: 2) { totalCount nodes { metricName averagePerHour maximumPerHour } }
    hourlyUsage(productFamilies: [timeseries], start: "${m}-02T00", end: "${m}-02T01") { nodes { productFamily } }
  }`;

  it('a 5xx fails the field with UPSTREAM_UNAVAILABLE and keeps its sibling', async () => {
    stack.sim.faults.inject({ endpoint: ENDPOINT, status: 503 });
    const res = await stack.gql<{ topAverageMetrics: Page | null; hourlyUsage: { nodes: unknown[] } }>(BOTH(month));
    expect(res.body.data?.topAverageMetrics).toBeNull();
    expect(res.body.data?.hourlyUsage.nodes).toHaveLength(1);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors?.[0]).toMatchObject({
      path: ['topAverageMetrics'],
      extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: { provider: 'datadog', endpoint: ENDPOINT, status: 503 } },
    });
  });

  it("an upstream 400 comes back as BAD_USER_INPUT with the upstream's words", async () => {
    stack.sim.faults.inject({
      endpoint: ENDPOINT,
      status: 400,
      body: `{"errors":["The parameter 'month/day' is required"]}`,
    });
    const res = await stack.gql(BOTH(month));
    expect(res.body.errors?.[0]).toMatchObject({
      path: ['topAverageMetrics'],
      extensions: {
        code: 'BAD_USER_INPUT',
        upstream: { status: 400, errors: ["The parameter 'month/day' is required"] },
      },
    });
  });

  it('a body that is not the documented shape is UPSTREAM_UNAVAILABLE', async () => {
    stack.sim.faults.inject({
      endpoint: ENDPOINT,
      status: 200,
      body: '{"usage":[{"metric_name":"a","metric_category":"custom","avg_metric_hour":"many"}]}',
    });
    const res = await stack.gql(BOTH(month));
    expect(res.body.errors?.[0]).toMatchObject({
      path: ['topAverageMetrics'],
      extensions: { code: 'UPSTREAM_UNAVAILABLE' },
    });
    expect(res.body.errors?.[0]?.message).toMatch(/usage\[0\]\.avg_metric_hour is not an integer/);
  });

  it("int64 figures beyond 2^53 pass exactly; a null total and the recorded last page's shape are read as Datadog sends them", async () => {
    stack.sim.faults.inject({
      endpoint: ENDPOINT,
      status: 200,
      body: '{"usage":[{"metric_category":"custom","metric_name":"page.views","max_metric_hour":9007199254740993,"avg_metric_hour":11},{"metric_category":"distribution","metric_name":"x","max_metric_hour":1,"avg_metric_hour":1}],"metadata":{"pagination":{"next_record_id":null,"limit":500,"total_number_of_records":null},"day":"2022-03-29T00:00:00+00:00"}}',
    });
    const res = await stack.gql(BOTH(month));
    expect(res.body.errors).toBeUndefined();
    expect(res.text).toContain('"maximumPerHour":9007199254740993');
    expect(res.body.data?.topAverageMetrics).toMatchObject({
      totalCount: null,
      nodes: [{ metricName: 'page.views', averagePerHour: 11 }, { metricName: 'x' }],
    });
  });
});
