import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planSegments, type HourlyUsageScope } from '../../../../src/providers/datadog/hourlyUsage/hourlyUsageView.js';
import { hoursBefore, restHourlyUsage, restKey, startStack, type Stack } from '../../../helpers/stack.js';
import {
  NODE_FIELDS as NODE,
  nodeKey,
  type HourlyUsageNode as Node,
  type HourlyUsageNodesPage as Page,
} from '../../../helpers/hourlyUsageNodes.js';

const LATENCY_MS = 250;

/** The most upstream requests in flight at once, from arrival times and the simulator's fixed latency. */
function maxInFlight(arrivals: number[], latencyMs: number): number {
  let max = 0;
  for (const t of arrivals) max = Math.max(max, arrivals.filter((u) => u <= t && t < u + latencyMs).length);
  return max;
}

describe('hourly usage range planning', () => {
  const at = (iso: string): Date => new Date(`${iso}:00:00Z`);
  const view = (scope: HourlyUsageScope, hours: number, families: string[] | null = ['logs']) => ({
    start: at('2026-01-01T00'),
    end: new Date(at('2026-01-01T00').getTime() + hours * 3_600_000),
    scope,
    families,
  });

  it('the planner reads the account org alone in two-month windows', () => {
    const plan = planSegments(view({ kind: 'account', publicId: null }, 24 * 90), 6);
    expect(plan.kind).toBe('per-org');
    expect(plan.segments.map((s) => s.start.toISOString().slice(0, 10))).toEqual(['2026-01-01', '2026-03-01']);
    // 1416 + 744 hours of one family: 3 + 2 pages of 500.
    expect(plan.calls).toBe(5);
  });

  it('the planner picks per-org windows for all orgs when the account has no child org (fewer calls)', () => {
    const plan = planSegments(view({ kind: 'descendants' }, 24 * 30), 1);
    expect(plan).toMatchObject({ kind: 'per-org', calls: 2 });
    expect(plan.segments).toHaveLength(1);
    // The multi-org plan would cost one call per day.
    expect(planSegments(view({ kind: 'descendants' }, 24 * 30), 2)).toMatchObject({ kind: 'multi-org', calls: 30 });
  });

  it('the planner reads child orgs and unknown org counts in 24 h multi-org windows, costed by records', () => {
    expect(planSegments(view({ kind: 'org', publicId: 'x' }, 72), null)).toMatchObject({ kind: 'multi-org', calls: 3 });
    // 6 orgs x 5 families x 24 h = 720 records a day: two pages each.
    const plan = planSegments(view({ kind: 'descendants' }, 72, ['a', 'b', 'c', 'd', 'e']), 6);
    expect(plan).toMatchObject({ kind: 'multi-org', calls: 6, records: [720, 720, 720] });
  });

  describe('through the gateway, with upstream latency', () => {
    let stack: Stack;
    let start: string;
    beforeAll(async () => {
      stack = await startStack({ latencyMs: LATENCY_MS });
      start = hoursBefore(stack.sim.world.now, 24 * 6);
      // The pacer sends one probe at a time to a budget it has not seen yet: learn it first, so the
      // windows below are limited by the plan, not by that first probe.
      await page({ start: hoursBefore(at(start), 24), end: hoursBefore(at(start), 23), first: 1 });
    });
    afterAll(() => stack.stop());

    async function page(vars: Record<string, unknown>, families = '[logs]'): Promise<Page> {
      const res = await stack.gql<{ hourlyUsage: Page }>(
        `query($start: DateTime!, $end: DateTime, $first: Int, $after: String) {
          hourlyUsage(productFamilies: ${families}, start: $start, end: $end, includeDescendants: true, first: $first, after: $after) {
            nodes { ${NODE} } pageInfo { hasNextPage endCursor }
          }
        }`,
        vars,
      );
      expect(res.body.errors).toBeUndefined();
      return (res.body.data as { hourlyUsage: Page }).hourlyUsage;
    }

    it('a three-day multi-org window reads its three 24 h windows concurrently, and pages exactly', async () => {
      const end = hoursBefore(at(start), -72);
      stack.sim.log.clear();
      const all = await page({ start, end, first: 1000 });
      const calls = stack.sim.log.entries({ endpoint: 'GetHourlyUsage' });
      expect(calls.map((c) => c.query['filter[timestamp][start]']).sort()).toEqual([
        start,
        hoursBefore(at(start), -24),
        hoursBefore(at(start), -48),
      ]);
      expect(calls.every((c) => c.query['filter[include_descendants]'] === 'true')).toBe(true);
      // All three arrived before the first answered: in flight together, one latency in all.
      expect(
        maxInFlight(
          calls.map((c) => c.at.getTime()),
          LATENCY_MS,
        ),
      ).toBe(3);

      const expected: string[] = [];
      for (let d = 0; d < 3; d++) {
        const records = await restHourlyUsage(stack, {
          'filter[timestamp][start]': hoursBefore(at(start), -24 * d),
          'filter[timestamp][end]': hoursBefore(at(start), -24 * (d + 1)),
          'filter[product_families]': 'logs',
          'filter[include_descendants]': 'true',
        });
        expected.push(...records.map(restKey));
      }
      expect(expected).toHaveLength(72 * stack.sim.world.orgs.length);
      expect(all.nodes.map(nodeKey)).toEqual(expected);
      expect(all.pageInfo.hasNextPage).toBe(false);
      // Paging through with a size that straddles windows yields the same list.
      const paged: Node[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 100; guard++) {
        const p = await page({ start, end, first: 100, after });
        paged.push(...p.nodes);
        if (!p.pageInfo.hasNextPage) break;
        after = p.pageInfo.endCursor;
      }
      expect(paged.map(nodeKey)).toEqual(expected);
    });

    it('keeps at most four windows in flight, and opens only the windows the page needs', async () => {
      const end = hoursBefore(at(start), -24 * 6);
      stack.sim.log.clear();
      const p = await page({ start, end, first: 1000 });
      const calls = stack.sim.log.entries({ endpoint: 'GetHourlyUsage' });
      expect(p.nodes).toHaveLength(24 * 6 * stack.sim.world.orgs.length);
      expect(calls).toHaveLength(6);
      const inFlight = maxInFlight(
        calls.map((c) => c.at.getTime()),
        LATENCY_MS,
      );
      expect(inFlight).toBeGreaterThanOrEqual(3);
      expect(inFlight).toBeLessThanOrEqual(4);

      // A page that one window holds reads that window alone once its first page shows it is enough.
      stack.sim.log.clear();
      await page({ start, end, first: 10 }, '[logs, infra_hosts]');
      expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBeLessThanOrEqual(2);
    });

    it('asks the upstream for just the records a small page needs when the window needs several pages anyway', async () => {
      stack.sim.log.clear();
      // Every family, every org, 24 h: far more than one upstream page.
      const p = await page({ start, end: hoursBefore(at(start), -24), first: 10 }, 'null');
      expect(p.nodes).toHaveLength(10);
      expect(p.pageInfo.hasNextPage).toBe(true);
      const calls = stack.sim.log.entries({ endpoint: 'GetHourlyUsage' });
      expect(calls.map((c) => c.query['page[limit]'])).toEqual(['11']);
    });
  });
});
