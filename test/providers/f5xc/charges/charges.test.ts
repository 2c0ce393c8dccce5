import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CurrentUsage, MonthlyUsageItem } from '../../../../src/providers/f5xc/simulator/index.js';
import { startF5xcStack, type F5xcStack } from '../../../helpers/f5xcStack.js';
import { hundredthsText, instantText, minusText, quantityText, sumText } from '../f5xcExpect.js';

interface Period {
  start: string;
  end: string;
  totalCost: string;
  discount: string;
  currency: string | null;
  coupons: Array<{ title: string; discountType: string; discountValue: string }>;
  charges: Array<Record<string, unknown> & { amount: string }>;
}

let stack: F5xcStack;

beforeAll(async () => {
  stack = await startF5xcStack();
});
afterAll(async () => {
  await stack.stop();
});
beforeEach(() => {
  stack.sim.log.clear();
  stack.sim.faults.clear();
});

const MONTHLY = `{ orgs(provider: F5XC) { ... on F5xcOrg { namespace monthlyCharges { start end amount currency } } } }`;
const PERIOD = `query($start: DateTime, $end: DateTime) { orgs(provider: F5XC) { ... on F5xcOrg { namespace
  currentPeriod(start: $start, end: $end) { start end totalCost discount currency
    coupons { title discountType discountValue }
    charges { usageType metricLabels quantity unit billableQuantity billableUnit amount currency fixed status start end }
  } } } }`;

const count = (endpoint: string): number => stack.sim.log.count({ endpoint });

describe('F5xcOrg.monthlyCharges', () => {
  it("every org's monthly charges equal monthly_usage of its namespace, amounts exact", async () => {
    const res = await stack.gql<{ orgs: Array<{ namespace: string; monthlyCharges: Array<Record<string, string>> }> }>(
      MONTHLY,
    );
    expect(res.body.errors).toBeUndefined();
    // One request per namespace (the org list reads usage_details), before the test's own REST calls.
    expect(count('ListMonthlyUsage')).toBe(5);
    const orgs = res.body.data!.orgs;
    expect(orgs.map((o) => o.namespace)).toEqual(['system', 'shop', 'api', 'blog', 'media']);
    for (const org of orgs) {
      const rest = await stack.rest('monthly_usage', org.namespace, { namespace: org.namespace });
      const months = (rest.body as { monthly_usage_items: MonthlyUsageItem[] }).monthly_usage_items;
      expect(months.length).toBeGreaterThan(0);
      expect(org.monthlyCharges).toEqual(
        months.map((m) => ({
          start: instantText(m.start_timestamp),
          end: instantText(m.end_timestamp),
          amount: hundredthsText(m.amount),
          currency: m.currency_code,
        })),
      );
    }
  });

  it('reads int64 hundredths exactly, beyond what a double holds', async () => {
    const body = JSON.stringify({
      monthly_usage_items: [
        {
          amount: '123456789012345',
          currency_code: 'USD',
          start_timestamp: '2026-01-01T00:00:00Z',
          end_timestamp: '2026-02-01T00:00:00Z',
        },
        {
          amount: '9007199254740993',
          currency_code: 'USD',
          start_timestamp: '2026-02-01T00:00:00Z',
          end_timestamp: '2026-03-01T00:00:00Z',
        },
        {
          amount: '7',
          currency_code: 'EUR',
          start_timestamp: '2026-03-01T00:00:00Z',
          end_timestamp: '2026-04-01T00:00:00Z',
        },
      ],
    });
    stack.sim.faults.inject({ endpoint: 'ListMonthlyUsage', status: 200, body, times: 1 });
    const res = await stack.gql<{ f5xcTenant: { monthlyCharges: Array<{ amount: string; currency: string }> } }>(
      `{ f5xcTenant { monthlyCharges { amount currency } } }`,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.f5xcTenant.monthlyCharges).toEqual([
      { amount: '1234567890123.45', currency: 'USD' },
      { amount: '90071992547409.93', currency: 'USD' },
      { amount: '0.07', currency: 'EUR' },
    ]);
    expect(res.text).toContain('"90071992547409.93"');
  });

  it('an amount that is not int64 digits fails the field as malformed, naming where', async () => {
    const body = JSON.stringify({
      monthly_usage_items: [
        { amount: '12.5', start_timestamp: '2026-01-01T00:00:00Z', end_timestamp: '2026-02-01T00:00:00Z' },
      ],
    });
    stack.sim.faults.inject({ endpoint: 'ListMonthlyUsage', status: 200, body, times: 1 });
    const res = await stack.gql(`{ f5xcTenant { monthlyCharges { amount } } }`);
    expect(res.body.errors?.[0]?.message).toMatch(/monthly_usage_items\[0\]\.amount is not an int64/);
  });

  it('a listed item that is not an object fails as malformed, naming which', async () => {
    const body = JSON.stringify({ monthly_usage_items: [7] });
    stack.sim.faults.inject({ endpoint: 'ListMonthlyUsage', status: 200, body, times: 1 });
    const res = await stack.gql(`{ f5xcTenant { monthlyCharges { amount } } }`);
    expect(res.body.errors?.[0]?.message).toMatch(/monthly_usage_items\[0\] is not an object/);
  });
});

describe('F5xcOrg.currentPeriod', () => {
  it("every org's open period equals current_usage of its namespace, and reconciles exactly", async () => {
    const res = await stack.gql<{ orgs: Array<{ namespace: string; currentPeriod: Period }> }>(PERIOD);
    expect(res.body.errors).toBeUndefined();
    expect(count('ListCurrentUsage')).toBe(5);
    for (const org of res.body.data!.orgs) {
      const p = org.currentPeriod;
      const rest = await stack.rest('current_usage', org.namespace, {
        namespace: org.namespace,
        from: p.start,
        to: p.end,
      });
      const r = rest.body as CurrentUsage;
      expect(p.charges).toEqual(
        r.usage_items.map((l) => ({
          usageType: l.usage_type,
          metricLabels: l.metric_labels,
          quantity: quantityText(l.quantity),
          unit: l.unit_name,
          billableQuantity: Number(l.quantity_billable),
          billableUnit: l.unit_name_billable,
          amount: hundredthsText(l.amount),
          currency: l.currency_code,
          fixed: l.fixed,
          status: l.status,
          start: instantText(l.start_timestamp),
          end: instantText(l.end_timestamp),
        })),
      );
      expect(p.coupons).toEqual(
        r.coupons.map((c) => ({
          title: c.title,
          discountType: c.discount_type.replace('DISCOUNT_TYPE_', ''),
          discountValue: hundredthsText(String(c.discount_amount)),
        })),
      );
      expect(p.discount).toBe(hundredthsText(r.discount));
      expect(p.totalCost).toBe(hundredthsText(r.total_cost));
      // total_cost = Σ amounts − discount, upstream and in the graph.
      expect(BigInt(r.total_cost)).toBe(r.usage_items.reduce((s, l) => s + BigInt(l.amount), 0n) - BigInt(r.discount));
      expect(p.totalCost).toBe(minusText(sumText(p.charges.map((c) => c.amount)), p.discount));
      expect(p.currency).toBe('USD');
    }
    const tenant = res.body.data!.orgs[0]!.currentPeriod;
    expect(tenant.coupons.map((c) => c.discountType)).toEqual(['FIXED_AMOUNT', 'PERCENTAGE']);
    expect(tenant.discount).not.toBe('0');
    expect(tenant.charges.some((c) => c.fixed === true)).toBe(true);
  });

  it('defaults to the current month, and refuses an end before its start without an upstream call', async () => {
    const now = new Date();
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
    const res = await stack.gql<{ f5xcTenant: { currentPeriod: { start: string; end: string } } }>(
      `{ f5xcTenant { currentPeriod { start end } } }`,
    );
    expect(res.body.data!.f5xcTenant.currentPeriod).toEqual({
      start: month.toISOString().replace('.000Z', 'Z'),
      end: next.toISOString().replace('.000Z', 'Z'),
    });
    stack.sim.log.clear();
    const bad = await stack.gql(
      `{ f5xcTenant { currentPeriod(start: "2026-03-02", end: "2026-03-01") { totalCost } } }`,
    );
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(stack.sim.log.count()).toBe(0);
  });
});
