import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { parse } from 'csv-parse/sync';
import { Decimal } from 'decimal.js';
import { loadConfig } from '../../../../src/gateway/config.js';
import { createGateway, createLogger } from '../../../../src/gateway/createGateway.js';
import { FOCUS_EXAMPLE_QUERY, focusExampleVariables } from '../../../../src/focus/focusExample.js';
import { PROVIDERS } from '../../../../src/providers/registry.js';
import { startSimulator, type Simulator } from '../../../../src/providers/f5xc/simulator/index.js';
import { withF5xc } from '../../../helpers/f5xcStack.js';
import { startFastlyStack, type FastlyStack } from '../../../helpers/fastlyStack.js';
import { gqlClient, monthsBefore } from '../../../helpers/stack.js';
import { asTenant, tokenAuth } from '../../../helpers/tokenAuth.js';
import {
  ALLOWED,
  MONEY,
  REQUIRED,
  asCsvRecord,
  asText,
  camel,
  monthOf,
  totalsBy,
  walkView,
  type Row,
} from '../../../helpers/focusRows.js';

/**
 * F5 Distributed Cloud in the FOCUS view, over all three simulators: F5's BilledCost per billing
 * period equals what F5 bills through its own GraphQL fields (the tenant's monthly amounts, the open
 * period's total_cost after coupons) to the cent, per namespace too; every row is a valid FOCUS row;
 * the CSV export holds exactly the GraphQL rows; the view reads nothing F5's own fields do not.
 */

const F5 = 'F5 Distributed Cloud';

/** F5's own figures, through its own fields (the tenant's and each namespace's). */
const OWN = `f5xcTenant {
  publicId
  monthlyCharges { start amount currency }
  currentPeriod { start totalCost discount currency coupons { title } }
  children { publicId monthlyCharges { start amount } currentPeriod { totalCost } }
}`;

interface Own {
  f5xcTenant: {
    publicId: string;
    monthlyCharges: Array<{ start: string; amount: string; currency: string }>;
    currentPeriod: { start: string; totalCost: string; discount: string; currency: string; coupons: unknown[] };
    children: Array<{
      publicId: string;
      monthlyCharges: Array<{ start: string; amount: string }>;
      currentPeriod: { totalCost: string };
    }>;
  };
}

/** Per billing period `YYYY-MM`: closed months' amounts within [start, end), and the open period's. */
function ownTotals(
  monthly: ReadonlyArray<{ start: string; amount: string }>,
  current: { totalCost: string },
  now: Date,
  start: string,
  end: string,
): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  for (const m of monthly) {
    const month = monthOf(m.start);
    if (month >= start && month < end) out.set(month, new Decimal(m.amount));
  }
  out.set(monthsBefore(now, 0), new Decimal(current.totalCost));
  return out;
}

describe('FOCUS view: F5 Distributed Cloud beside Datadog and Fastly', () => {
  let f5: Simulator;
  let stack: FastlyStack;
  let own: Own['f5xcTenant'];
  const now = new Date();
  const start = monthsBefore(now, 13); // F5 lists the 12 closed months before the current one
  const end = monthsBefore(now, -1);
  let view: Awaited<ReturnType<typeof walkView>>;

  beforeAll(async () => {
    f5 = await startSimulator({});
    const f5xc = { baseUrl: f5.url, token: f5.world.principals[0]!.token, tenant: f5.world.tenant };
    stack = await startFastlyStack({
      datadog: {},
      configure: (c) => ({
        ...withF5xc(c, f5xc),
        auth: tokenAuth([{ tenant: 'ops' }, { tenant: 'shopper', orgs: { f5xc: ['shop'] } }]),
      }),
    });
    view = await walkView(
      { gql: (q, v, h) => stack.gql(q, v, { ...asTenant('ops'), ...h }) },
      { start, end, providers: ['F5XC'] },
    );
    const res = await stack.gql<Own>(`{ ${OWN} }`, {}, asTenant('ops'));
    expect(res.body.errors, res.text).toBeUndefined();
    own = res.body.data!.f5xcTenant;
  });
  afterAll(async () => {
    await stack?.stop();
    await f5?.stop();
  });

  it('walks every F5 row: required columns non-null, enumerated columns within FOCUS values, no failures', () => {
    expect(view.failures.flat()).toEqual([]);
    expect(view.rows.length).toBeGreaterThan(50);
    expect(new Set(view.rows.map((r) => r.providerName))).toEqual(new Set([F5]));
    for (const row of view.rows) {
      for (const id of REQUIRED) expect(row[camel(id)], `${id} of ${JSON.stringify(row)}`).not.toBeNull();
      for (const [id, allowed] of Object.entries(ALLOWED)) {
        if (id !== 'ProviderName') expect(allowed, `${id} of ${JSON.stringify(row)}`).toContain(row[camel(id)]);
      }
      for (const id of MONEY) expect(String(row[camel(id)])).toMatch(/^-?\d+(\.\d+)?$/);
      expect(row.billingCurrency).toBe('USD');
      expect(row.billingAccountId).toBe(f5.world.tenant);
      expect(row.publisherName).toBe(F5);
      expect(row.invoiceIssuerName).toBe(F5);
      expect(Date.parse(row.billingPeriodEnd as string)).toBeGreaterThan(Date.parse(row.billingPeriodStart as string));
      expect(monthOf(row.billingPeriodStart) >= start && monthOf(row.billingPeriodStart) < end).toBe(true);
    }
    // Namespaces are the sub accounts; the tenant's own rows have none.
    const subAccounts = new Set(view.rows.map((r) => r.subAccountId));
    expect(subAccounts).toEqual(new Set([null, ...own.children.map((c) => c.publicId)]));
    expect(own.children.length).toBeGreaterThanOrEqual(3);
  });

  it("F5's BilledCost per billing period equals the tenant's monthly amounts and the open period's total_cost, to the cent", () => {
    const expected = ownTotals(own.monthlyCharges, own.currentPeriod, now, start, end);
    expect(expected.size).toBe(13);
    expect(asText(totalsBy(view.rows, F5))).toEqual(asText(expected));
    // The coupons are a Credit row of the open period: minus the discount, and the only credit.
    const credits = view.rows.filter((r) => r.chargeCategory === 'Credit');
    expect(new Decimal(own.currentPeriod.discount).isPositive()).toBe(true);
    expect(own.currentPeriod.coupons.length).toBeGreaterThan(0);
    expect(credits).toHaveLength(1);
    expect(credits[0]!.billedCost).toBe(new Decimal(own.currentPeriod.discount).negated().toFixed());
    expect(monthOf(credits[0]!.billingPeriodStart)).toBe(monthsBefore(now, 0));
    expect(credits[0]!.subAccountId).toBeNull();
    // The lines and the coupons reconcile by themselves: no balancing row was needed.
    expect(view.rows.filter((r) => String(r.chargeDescription).startsWith('What F5 bills'))).toEqual([]);
  });

  it("each namespace's rows per billing period equal its own monthly amounts and open-period total", () => {
    for (const child of own.children) {
      const rows = view.rows.filter((r) => r.subAccountId === child.publicId);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.subAccountName === child.publicId && r.chargeCategory === 'Usage')).toBe(true);
      const expected = ownTotals(child.monthlyCharges, child.currentPeriod, now, start, end);
      expect(asText(totalsBy(rows, F5)), child.publicId).toEqual(asText(expected));
    }
  });

  it('the CSV export of F5, parsed back with csv-parse, equals the GraphQL rows', async () => {
    const res = await request(
      `${new URL(stack.gateway.url).origin}/export/focus.csv?providers=F5XC&billingPeriodStart=${start}&billingPeriodEnd=${end}`,
      { headers: asTenant('ops') },
    );
    const text = await res.body.text();
    expect(res.statusCode, text).toBe(200);
    const records: Array<Record<string, string>> = parse(text, { columns: true });
    expect(records.length).toBe(view.rows.length);
    expect(records).toEqual(view.rows.map(asCsvRecord));
  });

  it("adds no F5 request beyond what F5's own fields of the same operation make", async () => {
    const endpoints = (): string[] =>
      f5.log
        .entries()
        .map((e) => `${e.endpoint} ${e.path}`)
        .sort();
    f5.log.clear();
    const alone = await stack.gql<Own>(`{ ${OWN} }`, {}, asTenant('ops'));
    expect(alone.body.errors, alone.text).toBeUndefined();
    const ownRequests = endpoints();
    // usage_details of system (the namespaces), then monthly_usage and current_usage of each org.
    expect(ownRequests).toHaveLength(1 + 2 * (1 + own.children.length));
    f5.log.clear();
    const res = await stack.gql<{ focusCharges: { nodes: unknown[]; pageInfo: { hasNextPage: boolean } } }>(
      `query($start: Month!, $end: Month!) {
        focusCharges(billingPeriodStart: $start, billingPeriodEnd: $end, providers: [F5XC], first: 1000) {
          nodes { billedCost } pageInfo { hasNextPage }
        }
        ${OWN}
      }`,
      { start, end },
      asTenant('ops'),
    );
    expect(res.body.errors, res.text).toBeUndefined();
    expect(res.body.data!.focusCharges.pageInfo.hasNextPage).toBe(false);
    expect(res.body.data!.focusCharges.nodes).toHaveLength(view.rows.length);
    expect(endpoints()).toEqual(ownRequests);
  });

  it("shows a caller scoped to one namespace only that namespace's rows", async () => {
    const shop = await walkView(
      { gql: (q, v, h) => stack.gql(q, v, { ...asTenant('shopper'), ...h }) },
      { start, end, providers: ['F5XC'] },
    );
    expect(shop.failures.flat()).toEqual([]);
    expect(shop.rows.length).toBeGreaterThan(0);
    expect(shop.rows).toEqual(view.rows.filter((r: Row) => r.subAccountId === 'shop'));
  });

  it('reads F5 beside Datadog and Fastly by default, each with no failure', async () => {
    const all = await walkView(
      { gql: (q, v, h) => stack.gql(q, v, { ...asTenant('ops'), ...h }) },
      { start: monthsBefore(now, 1), end },
      1000,
    );
    expect(all.failures.flat()).toEqual([]);
    expect(new Set(all.rows.map((r) => r.providerName))).toEqual(new Set(['Datadog', 'Fastly', F5]));
    const f5Rows = all.rows.filter((r) => r.providerName === F5);
    expect(f5Rows).toEqual(view.rows.filter((r) => monthOf(r.billingPeriodStart) >= monthsBefore(now, 1)));
  });
});

describe("GraphiQL's cross-provider spend example with no credentials (all three embedded simulators)", () => {
  it('answers F5 rows and totals beside Datadog and Fastly, with no error or failure', async () => {
    const gateway = await createGateway(loadConfig({ PORT: '0' }, PROVIDERS), {
      providers: PROVIDERS,
      logger: createLogger('warn'),
    });
    try {
      const now = new Date();
      const res = await gqlClient(gateway.url)<{
        focusSummary: {
          groups: Array<{ providerName: string; billingPeriodStart: string; billedCost: string }>;
          failures: unknown[];
        };
        focusCharges: { nodes: unknown[]; failures: unknown[] };
      }>(FOCUS_EXAMPLE_QUERY, focusExampleVariables(now));
      expect(res.body.errors, res.text).toBeUndefined();
      const { focusSummary, focusCharges } = res.body.data!;
      expect(focusSummary.failures).toEqual([]);
      expect(focusCharges.failures).toEqual([]);
      expect(focusCharges.nodes).toHaveLength(10);
      expect(new Set(focusSummary.groups.map((g) => g.providerName))).toEqual(new Set(['Datadog', 'Fastly', F5]));
      // F5's totals cover the three periods asked for, and are positive.
      const f5Groups = focusSummary.groups.filter((g) => g.providerName === F5);
      expect(new Set(f5Groups.map((g) => monthOf(g.billingPeriodStart)))).toEqual(
        new Set([monthsBefore(now, 2), monthsBefore(now, 1), monthsBefore(now, 0)]),
      );
      const f5Total = f5Groups.reduce((sum, g) => sum.plus(g.billedCost), new Decimal(0));
      expect(f5Total.isPositive()).toBe(true);
    } finally {
      await gateway.stop();
    }
  });
});
