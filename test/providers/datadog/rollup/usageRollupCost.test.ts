import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type GqlResponse, type Stack } from '../../../helpers/stack.js';

const DAY_MS = 86_400_000;
const FAMILIES = ['infra_hosts', 'logs'];

const ROLLUP = `query($start: DateTime!, $end: DateTime!) {
  usageRollup(productFamilies: [infra_hosts, logs], start: $start, end: $end, granularity: DAY,
              groupBy: [ORG, USAGE_TYPE], includeDescendants: true) {
    periodStart orgId usageType aggregation value hours
  }
}`;

const HOURLY = `query($start: DateTime!, $end: DateTime!, $after: String) {
  hourlyUsage(productFamilies: [infra_hosts, logs], start: $start, end: $end, includeDescendants: true, first: 1000, after: $after) {
    nodes { hour } pageInfo { hasNextPage endCursor }
  }
}`;

/** Waits until the simulator has seen no new hourly-usage request for a while (read-ahead runs in the background); returns the count. */
async function settled(stack: Stack): Promise<number> {
  let count = stack.sim.log.count({ endpoint: 'GetHourlyUsage' });
  for (;;) {
    await new Promise((r) => setTimeout(r, 150));
    const now = stack.sim.log.count({ endpoint: 'GetHourlyUsage' });
    if (now === count) return count;
    count = now;
  }
}

/** Pages `hourlyUsage` through the window to its end; returns the records read. */
async function pageHourlyUsage(stack: Stack, vars: { start: string; end: string }): Promise<number> {
  let records = 0;
  let after: string | null = null;
  for (;;) {
    const res: GqlResponse<{
      hourlyUsage: { nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    }> = await stack.gql(HOURLY, { ...vars, after });
    expect(res.body.errors).toBeUndefined();
    const page = res.body.data!.hourlyUsage;
    records += page.nodes.length;
    if (!page.pageInfo.hasNextPage) return records;
    after = page.pageInfo.endCursor;
  }
}

/**
 * What a 90-day daily rollup of every org costs upstream, by the simulator's request log: exactly
 * the calls of reading those hours once (the computed count of 24 h multi-org windows and 500-record
 * pages, and what paging `hourlyUsage` through the same window to its end costs), and nothing when
 * repeated while the data is settled (every page in the page cache).
 */
describe('usageRollup cost (request log)', () => {
  // Both with the page cache; the second reads the window through hourlyUsage, for comparison.
  let rollupStack: Stack;
  let pagingStack: Stack;
  let vars: { start: string; end: string };
  let windows: number;
  let pagesPerWindow: number;

  beforeAll(async () => {
    rollupStack = await startStack({}, (c) => c, { retry: { maxAttempts: 1 } });
    pagingStack = await startStack({}, (c) => c, { retry: { maxAttempts: 1 } });
    const now = rollupStack.sim.world.now.getTime();
    // Settled data: the window ends more than 72 hours ago, on a day boundary.
    const endMs = Math.floor(now / DAY_MS) * DAY_MS - 4 * DAY_MS;
    const startMs = endMs - 90 * DAY_MS;
    vars = { start: new Date(startMs).toISOString().slice(0, 13), end: new Date(endMs).toISOString().slice(0, 13) };
    windows = 90;
    pagesPerWindow = Math.ceil((rollupStack.sim.world.orgs.length * FAMILIES.length * 24) / 500);
  });
  afterAll(async () => {
    await rollupStack.stop();
    await pagingStack.stop();
  });

  it('a 90-day DAY rollup of all orgs costs exactly the calls of reading those hours once, and a repeat costs none', async () => {
    const first = await rollupStack.gql<{ usageRollup: Array<{ hours: number }> }>(ROLLUP, vars);
    expect(first.body.errors).toBeUndefined();
    const rollupCalls = await settled(rollupStack);
    // Every org's 24 h window, once, in 500-record pages.
    expect(rollupCalls).toBe(windows * pagesPerWindow);
    const calls = rollupStack.sim.log.entries({ endpoint: 'GetHourlyUsage' });
    expect(
      new Set(calls.map((c) => `${c.query['filter[timestamp][start]']}|${c.query['page[next_record_id]'] ?? ''}`)).size,
    ).toBe(calls.length);
    expect(calls.every((c) => c.query['filter[include_descendants]'] === 'true')).toBe(true);
    const rows = first.body.data!.usageRollup;
    // 90 days, every org, the families' usage types with values: each day row covers its 24 hours.
    expect(new Set(rows.map((r) => (r as unknown as { periodStart: string }).periodStart)).size).toBe(90);
    expect(rows.every((r) => r.hours === 24)).toBe(true);

    // The same window paged through hourlyUsage to its end (another gateway): the same count.
    const records = await pageHourlyUsage(pagingStack, vars);
    expect(records).toBe(pagingStack.sim.world.orgs.length * FAMILIES.length * 24 * 90);
    expect(await settled(pagingStack)).toBe(rollupCalls);

    // Repeated while settled: answered from the page cache, identically.
    const again = await rollupStack.gql<{ usageRollup: unknown[] }>(ROLLUP, vars);
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data).toEqual(first.body.data);
    expect(await settled(rollupStack)).toBe(rollupCalls);
    // And hourlyUsage over the window finds the very pages the rollup read: no new call either.
    expect(await pageHourlyUsage(rollupStack, vars)).toBe(records);
    expect(await settled(rollupStack)).toBe(rollupCalls);
    console.info(
      `90-day DAY rollup, ${rollupStack.sim.world.orgs.length} orgs x ${FAMILIES.length} families: ${rollupCalls} GetHourlyUsage calls (hourlyUsage paged to the end: ${rollupCalls}; repeat: 0)`,
    );
  });

  it('windows of several upstream pages are read once each, page chain included', async () => {
    const families = ['infra_hosts', 'logs', 'rum', 'snmp', 'timeseries'];
    const endMs = Date.parse(`${vars.start}:00:00Z`);
    const startMs = endMs - 14 * DAY_MS;
    const before = await settled(rollupStack);
    const res = await rollupStack.gql(
      `query($start: DateTime!, $end: DateTime!, $families: [ProductFamily!]) {
        usageRollup(productFamilies: $families, start: $start, end: $end, granularity: WEEK, includeDescendants: true) { value }
      }`,
      {
        start: new Date(startMs).toISOString().slice(0, 13),
        end: new Date(endMs).toISOString().slice(0, 13),
        families,
      },
    );
    expect(res.body.errors).toBeUndefined();
    const perWindow = Math.ceil((rollupStack.sim.world.orgs.length * families.length * 24) / 500);
    expect(perWindow).toBeGreaterThan(1);
    const calls = rollupStack.sim.log.entries({ endpoint: 'GetHourlyUsage' }).slice(before);
    expect(calls.length).toBe(14 * perWindow);
    expect(calls.filter((c) => c.query['page[next_record_id]'] !== undefined).length).toBe(14 * (perWindow - 1));
  });
});
