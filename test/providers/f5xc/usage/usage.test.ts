import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startF5xcStack, type F5xcStack } from '../../../helpers/f5xcStack.js';
import type { GqlResponse } from '../../../helpers/stack.js';
import type { HourlyItem, UsageItem } from '../../../../src/providers/f5xc/simulator/index.js';
import { instantText, quantityText, sumText } from '../f5xcExpect.js';

interface Hour {
  start: string;
  end: string;
  quantity: string;
  unit: string;
  deployment: string | null;
  container: string | null;
}

const HOUR = 3_600_000;
let stack: F5xcStack;
/** A 30-hour window ending at the last whole hour. */
let start: string;
let end: string;

beforeAll(async () => {
  stack = await startF5xcStack();
  const last = Math.floor(Date.now() / HOUR) * HOUR;
  start = new Date(last - 30 * HOUR).toISOString().replace('.000Z', 'Z');
  end = new Date(last).toISOString().replace('.000Z', 'Z');
});
afterAll(async () => {
  await stack.stop();
});
beforeEach(() => stack.sim.log.clear());

const ITEM = 'usageType metricLabel namespace objectName quantity unit start end';

/** A REST item as the gateway should answer it. */
function expectedItem(r: UsageItem): Record<string, string> {
  return {
    usageType: r.usage_type,
    metricLabel: r.metric_label,
    namespace: r.namespace,
    objectName: r.object_name,
    quantity: quantityText(r.quantity),
    unit: r.unit_name,
    start: instantText(r.start_timestamp),
    end: instantText(r.end_timestamp),
  };
}

async function restItems(namespace: string): Promise<UsageItem[]> {
  const res = await stack.rest('usage_details', namespace, { namespace, from: start, to: end });
  expect(res.status).toBe(200);
  return (res.body as { usage_items: UsageItem[] }).usage_items;
}

const count = (endpoint: string): number => stack.sim.log.count({ endpoint });

describe('F5xcOrg.usage', () => {
  it("the tenant's usage equals usage_details of system, item for item, in one request", async () => {
    const rest = await restItems('system');
    stack.sim.log.clear();
    const res = await stack.gql<{ f5xcTenant: { usage: Array<Record<string, string>> } }>(
      `query($start: DateTime!, $end: DateTime) { f5xcTenant { usage(start: $start, end: $end) { ${ITEM} } } }`,
      { start, end },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.f5xcTenant.usage).toEqual(rest.map(expectedItem));
    expect(new Set(rest.map((r) => r.namespace)).size).toBe(4);
    expect(new Set(rest.map((r) => r.usage_type)).size).toBe(6);
    expect(count('ListUsageDetails')).toBe(1);
    // Not selected, the hourly breakdown is never asked for.
    expect(count('ListHourlyUsageDetails')).toBe(0);
  });

  it("a namespace's usage equals usage_details of that namespace", async () => {
    const rest = await restItems('media');
    const res = await stack.gql<{ orgs: Array<{ namespace?: string; usage?: Array<Record<string, string>> }> }>(
      `query($start: DateTime!, $end: DateTime) { orgs(provider: F5XC) { ... on F5xcOrg { namespace usage(start: $start, end: $end) { ${ITEM} } } } }`,
      { start, end },
    );
    expect(res.body.errors).toBeUndefined();
    const media = res.body.data!.orgs.find((o) => o.namespace === 'media')!;
    expect(media.usage).toEqual(rest.map(expectedItem));
    expect(rest.every((r) => r.namespace === 'media')).toBe(true);
  });

  it('refuses a window in the future or wider than 93 days before any upstream call', async () => {
    const future = await stack.gql(`{ f5xcTenant { usage(start: "2999-01-01") { quantity } } }`);
    expect(future.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const wide = await stack.gql(`{ f5xcTenant { usage(start: "2026-01-01", end: "2026-06-01") { quantity } } }`);
    expect(wide.body.errors?.[0]?.message).toMatch(/at most 93 days/);
    expect(stack.sim.log.count()).toBe(0);
  });
});

describe('F5xcUsageItem.hourlyBreakdown', () => {
  const PAGE = `query($start: DateTime!, $end: DateTime, $after: String) {
    f5xcTenant { usage(start: $start, end: $end) { hourlyBreakdown(first: 7, after: $after) {
      totalCount edges { cursor node { start end quantity unit deployment container } } nodes { start }
      pageInfo { hasNextPage endCursor }
    } } }
  }`;
  type Page = {
    totalCount: number;
    edges: Array<{ cursor: string; node: Hour }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };

  it('paged to the end, every item’s hours equal hourly_usage_details and sum exactly to its quantity', async () => {
    const rest = await restItems('system');
    const hours: Hour[][] = rest.map(() => []);
    const totals: number[] = [];
    let pages = 0;
    // One `after` variable reaches every item's breakdown, and a cursor belongs to one item: page one
    // item at a time and read only its own answer (the others refuse the foreign cursor).
    for (const [i] of rest.entries()) {
      let after: string | null = null;
      do {
        const res: GqlResponse<{ f5xcTenant: { usage: Array<{ hourlyBreakdown: Page | null }> } }> = await stack.gql(
          PAGE,
          { start, end, after },
        );
        expect(res.body.errors?.filter((e) => e.path?.[2] === i) ?? []).toEqual([]);
        const page = res.body.data!.f5xcTenant.usage[i]!.hourlyBreakdown!;
        pages++;
        hours[i]!.push(...page.edges.map((e) => e.node));
        totals[i] = page.totalCount;
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after !== null);
    }
    expect(pages).toBe(rest.length * 5); // 30 hours in pages of 7: five pages per item
    for (const [i, item] of rest.entries()) {
      const res = await stack.rest('hourly_usage_details', item.namespace, {
        namespace: item.namespace,
        query: item.hourly_breakdown_query,
      });
      const restHours = (res.body as { hourly_usage_items: HourlyItem[] }).hourly_usage_items;
      expect(restHours).toHaveLength(30);
      expect(hours[i]).toEqual(
        restHours.map((h) => ({
          start: instantText(h.start_timestamp),
          end: instantText(h.end_timestamp),
          quantity: quantityText(h.quantity),
          unit: h.unit_name,
          deployment: h.deployment ? h.deployment : null,
          container: h.container ? h.container : null,
        })),
      );
      expect(totals[i]).toBe(30);
      expect(sumText(hours[i]!.map((h) => h.quantity))).toBe(quantityText(item.quantity));
    }
  });

  it('is read once per distinct item for the whole operation, however often it is selected', async () => {
    const rest = await restItems('system');
    stack.sim.log.clear();
    const res = await stack.gql<{
      f5xcTenant: { a: Array<{ hourlyBreakdown: { totalCount: number } }>; b: Array<unknown> };
      orgs: Array<{ usage?: Array<{ hourlyBreakdown: { nodes: unknown[] } }> }>;
    }>(
      `query($start: DateTime!, $end: DateTime) {
        f5xcTenant {
          a: usage(start: $start, end: $end) { hourlyBreakdown(first: 2) { totalCount } }
          b: usage(start: $start, end: $end) { hourlyBreakdown(last: 3) { nodes { quantity } } }
        }
        orgs(provider: F5XC) { ... on F5xcOrg { usage(start: $start, end: $end) { hourlyBreakdown(first: 1) { nodes { quantity } } } } }
      }`,
      { start, end },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.f5xcTenant.a).toHaveLength(rest.length);
    // The tenant's items and the namespaces' items name the same hours: one request per distinct query.
    const logged = stack.sim.log.entries({ endpoint: 'ListHourlyUsageDetails' });
    expect(logged).toHaveLength(rest.length);
    expect(new Set(logged.map((e) => JSON.stringify(e.body))).size).toBe(rest.length);
    // usage_details: system (twice selected, once sent), each of the 4 namespaces, and the org list.
    expect(count('ListUsageDetails')).toBe(1 + 4 + 1);
  });
});
