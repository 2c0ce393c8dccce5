import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startF5xcStack, type F5xcStack } from '../../../helpers/f5xcStack.js';
import { quantityText, sumText } from '../f5xcExpect.js';

interface Item {
  metric_label: string;
  namespace: string;
  quantity: number;
}
interface Line {
  metric_labels: string[];
  quantity: number;
  amount: string;
  fixed: boolean;
}

let stack: F5xcStack;
const NOW = new Date('2026-11-20T10:30:00Z');

beforeAll(async () => {
  stack = await startF5xcStack({ sim: { now: NOW } });
});
afterAll(async () => {
  await stack.stop();
});

const body = <T>(res: { body: unknown }): T => res.body as T;

describe('the simulated F5 world is one consistent world', () => {
  it("a closed month's amount is its usage priced: current_usage over that month, before coupons", async () => {
    const months = body<{
      monthly_usage_items: Array<{ amount: string; start_timestamp: string; end_timestamp: string }>;
    }>(await stack.rest('monthly_usage', 'system', { namespace: 'system' })).monthly_usage_items;
    expect(months.at(-1)!.start_timestamp).toBe('2026-10-01T00:00:00Z');
    for (const m of months.slice(-2)) {
      for (const namespace of ['system', 'shop']) {
        const own =
          namespace === 'system'
            ? m
            : body<{ monthly_usage_items: typeof months }>(
                await stack.rest('monthly_usage', namespace, { namespace }),
              ).monthly_usage_items.find((x) => x.start_timestamp === m.start_timestamp)!;
        const priced = body<{ usage_items: Line[] }>(
          await stack.rest('current_usage', namespace, { namespace, from: m.start_timestamp, to: m.end_timestamp }),
        ).usage_items;
        expect(BigInt(own.amount)).toBe(priced.reduce((s, l) => s + BigInt(l.amount), 0n));
      }
    }
  });

  it("the open period's lines price exactly the usage items of the period", async () => {
    const window = { from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' };
    const items = body<{ usage_items: Item[] }>(
      await stack.rest('usage_details', 'system', { namespace: 'system', ...window }),
    ).usage_items;
    const lines = body<{ usage_items: Line[] }>(await stack.rest('current_usage', 'system', window)).usage_items;
    const usage = lines.filter((l) => !l.fixed);
    expect(usage.length).toBe(6);
    for (const line of usage) {
      const of = items.filter((i) => line.metric_labels.includes(i.metric_label));
      expect(quantityText(line.quantity)).toBe(sumText(of.map((i) => quantityText(i.quantity))));
    }
  });

  it("the tenant's usage is its namespaces' usage, and the same seed gives the same world", async () => {
    const window = { from: '2026-11-18T00:00:00Z', to: '2026-11-20T00:00:00Z' };
    const all = (await stack.rest('usage_details', 'system', { namespace: 'system', ...window })).text;
    const parts: Item[] = [];
    for (const ns of stack.sim.world.namespaces) {
      parts.push(
        ...body<{ usage_items: Item[] }>(await stack.rest('usage_details', ns.name, { namespace: ns.name, ...window }))
          .usage_items,
      );
    }
    expect(body<{ usage_items: Item[] }>({ body: JSON.parse(all) }).usage_items).toEqual(parts);
    const twin = await startF5xcStack({ sim: { now: NOW } });
    try {
      expect(twin.sim.world.tenant).toBe(stack.sim.world.tenant);
      expect((await twin.rest('usage_details', 'system', { namespace: 'system', ...window })).text).toBe(all);
    } finally {
      await twin.stop();
    }
  });

  it('answers no hour at or after the data clock', async () => {
    const res = await stack.rest('usage_details', 'shop', {
      namespace: 'shop',
      from: '2026-11-20T00:00:00Z',
      to: '2026-11-21T00:00:00Z',
    });
    const item = body<{ usage_items: Array<{ hourly_breakdown_query: string }> }>(res).usage_items[0]!;
    const hours = body<{ hourly_usage_items: Array<{ start_timestamp: string }> }>(
      await stack.rest('hourly_usage_details', 'shop', { namespace: 'shop', query: item.hourly_breakdown_query }),
    ).hourly_usage_items;
    expect(hours.map((h) => h.start_timestamp).at(-1)).toBe('2026-11-20T09:00:00Z');
    expect(hours).toHaveLength(10);
  });
});
