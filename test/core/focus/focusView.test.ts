import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { parse } from 'csv-parse/sync';
import { Decimal } from 'decimal.js';
import { startFastlyStack, withFastly, type FastlyStack } from '../../helpers/fastlyStack.js';
import { monthsBefore, startStack, type Stack } from '../../helpers/stack.js';
import {
  ALLOWED,
  MONEY,
  OPTIONAL,
  REQUIRED,
  SCALAR_FIELDS,
  asCsvRecord,
  asNdjsonRecord,
  asText,
  camel,
  monthOf,
  totalsBy,
  walkView,
  type PageData,
  type Row,
} from '../../helpers/focusRows.js';
import { FOCUS_EXAMPLE_QUERY, focusExampleVariables } from '../../../src/focus/focusExample.js';

/**
 * The FOCUS view over the Datadog and Fastly simulators: every row is a valid FOCUS 1.2 row, each
 * provider's BilledCost per billing period equals that provider's own figures (Datadog historical and
 * estimated cost, Fastly invoice totals) to the cent, the summary agrees, and the CSV and NDJSON
 * exports hold exactly the GraphQL rows.
 */

describe('FOCUS view over Datadog and Fastly', () => {
  let stack: FastlyStack;
  const now = new Date();
  const start = monthsBefore(now, 4);
  const end = monthsBefore(now, -1); // exclusive: the current period is the last read
  let view: Awaited<ReturnType<typeof walkView>>;

  beforeAll(async () => {
    stack = await startFastlyStack({ datadog: {} });
    view = await walkView(stack, { start, end });
  });
  afterAll(() => stack.stop());

  it('walks every row: required columns non-null, enumerated columns within FOCUS values, no failures', () => {
    expect(view.rows.length).toBeGreaterThan(100);
    expect(view.failures.flat()).toEqual([]);
    expect(new Set(view.rows.map((r) => r.providerName))).toEqual(new Set(['Datadog', 'Fastly']));
    for (const row of view.rows) {
      for (const id of REQUIRED) expect(row[camel(id)], `${id} of ${JSON.stringify(row)}`).not.toBeNull();
      for (const [id, allowed] of Object.entries(ALLOWED)) expect(allowed).toContain(row[camel(id)]);
      for (const id of MONEY) expect(String(row[camel(id)])).toMatch(/^-?\d+(\.\d+)?$/);
      expect(row.billingCurrency).toMatch(/^[A-Z]{3}$/);
      const bps = Date.parse(row.billingPeriodStart as string);
      expect(Date.parse(row.billingPeriodEnd as string)).toBeGreaterThan(bps);
      expect(monthOf(row.billingPeriodStart) >= start && monthOf(row.billingPeriodStart) < end).toBe(true);
    }
  });

  it("Datadog's BilledCost per billing period equals its historical and estimated cost totals, to the cent", async () => {
    const res = await stack.gql<{
      h: Array<{ month: string; totalCost: string }>;
      e: Array<{ month: string; totalCost: string }>;
    }>(
      `query($s: Month!, $l: Month!, $c: Month!) {
        h: costs(kind: HISTORICAL, startMonth: $s, endMonth: $l) { month totalCost }
        e: costs(kind: ESTIMATED, startMonth: $c, endMonth: $c) { month totalCost }
      }`,
      { s: start, l: monthsBefore(now, 1), c: monthsBefore(now, 0) },
    );
    expect(res.body.errors, res.text).toBeUndefined();
    const own = new Map<string, Decimal>();
    for (const r of [...res.body.data!.h, ...res.body.data!.e]) {
      const m = monthOf(r.month);
      own.set(m, (own.get(m) ?? new Decimal(0)).plus(new Decimal(r.totalCost)));
    }
    expect(own.size).toBe(5);
    expect(asText(totalsBy(view.rows, 'Datadog'))).toEqual(asText(own));
  });

  it("Fastly's BilledCost per billing period equals its invoice totals (end-of-month and month-to-date), to the cent", async () => {
    const res = await stack.gql<{
      fastlyCustomer: {
        invoices: { nodes: Array<{ billingStart: string; total: string }> };
        monthToDate: { billingStart: string; total: string };
      };
    }>(
      `query($from: Date!, $to: Date!) { fastlyCustomer {
        invoices(billingStart: $from, billingEnd: $to, first: 100) { nodes { billingStart total } }
        monthToDate { billingStart total }
      } }`,
      { from: `${start}-01`, to: `${monthsBefore(now, 1)}-28` },
    );
    expect(res.body.errors, res.text).toBeUndefined();
    const c = res.body.data!.fastlyCustomer;
    const own = new Map<string, Decimal>();
    for (const inv of [...c.invoices.nodes, c.monthToDate]) {
      const m = monthOf(inv.billingStart);
      if (m >= start && m < end) own.set(m, (own.get(m) ?? new Decimal(0)).plus(new Decimal(inv.total)));
    }
    expect(own.size).toBeGreaterThanOrEqual(4);
    expect(asText(totalsBy(view.rows, 'Fastly'))).toEqual(asText(own));
  });

  it('focusSummary by provider and billing period equals the sums of the rows, exactly', async () => {
    const res = await stack.gql<{
      focusSummary: {
        groups: Array<{ providerName: string; billingPeriodStart: string; billedCost: string; rowCount: number }>;
        failures: unknown[];
      };
    }>(
      `query($start: Month, $end: Month) { focusSummary(groupBy: [PROVIDER, BILLING_PERIOD], billingPeriodStart: $start, billingPeriodEnd: $end) {
        groups { providerName billingPeriodStart billedCost rowCount serviceName }
        failures { provider }
      } }`,
      { start, end },
    );
    expect(res.body.errors, res.text).toBeUndefined();
    const { groups, failures } = res.body.data!.focusSummary;
    expect(failures).toEqual([]);
    const expected: Record<string, string> = {};
    for (const p of ['Datadog', 'Fastly']) {
      for (const [m, v] of totalsBy(view.rows, p)) expected[`${p}|${m}`] = v.toFixed();
    }
    const got = Object.fromEntries(
      groups.map((g) => [`${g.providerName}|${monthOf(g.billingPeriodStart)}`, new Decimal(g.billedCost).toFixed()]),
    );
    expect(got).toEqual(expected);
    expect(groups.reduce((n, g) => n + g.rowCount, 0)).toBe(view.rows.length);
  });

  it('the CSV export, parsed back with csv-parse, equals the GraphQL rows, FOCUS column ids as its header', async () => {
    const res = await request(
      `${new URL(stack.gateway.url).origin}/export/focus.csv?billingPeriodStart=${start}&billingPeriodEnd=${end}`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const text = await res.body.text();
    const header = text.slice(0, text.indexOf('\r\n')).split(',');
    expect(header).toEqual(expect.arrayContaining([...REQUIRED, ...OPTIONAL, 'Tags']));
    expect(header).toHaveLength(REQUIRED.length + OPTIONAL.length + 1);
    const records: Array<Record<string, string>> = parse(text, { columns: true });
    expect(records).toEqual(view.rows.map(asCsvRecord));
  });

  it('the NDJSON export holds the same rows, and no error object', async () => {
    const res = await request(
      `${new URL(stack.gateway.url).origin}/export/focus.ndjson?billingPeriodStart=${start}&billingPeriodEnd=${end}`,
    );
    expect(res.statusCode).toBe(200);
    const lines = (await res.body.text())
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Row);
    expect(lines.some((l) => 'error' in l)).toBe(false);
    expect(lines).toEqual(view.rows.map(asNdjsonRecord));
  });

  it("GraphiQL's first example (cross-provider spend) answers both providers' spend without an error", async () => {
    const res = await stack.gql<{
      focusSummary: { groups: Array<{ providerName: string }>; failures: unknown[] };
      focusCharges: { nodes: unknown[]; failures: unknown[] };
    }>(FOCUS_EXAMPLE_QUERY, focusExampleVariables(now));
    expect(res.body.errors, res.text).toBeUndefined();
    const { focusSummary, focusCharges } = res.body.data!;
    expect(new Set(focusSummary.groups.map((g) => g.providerName))).toEqual(new Set(['Datadog', 'Fastly']));
    expect(focusSummary.failures).toEqual([]);
    expect(focusCharges.nodes).toHaveLength(10);
    expect(focusCharges.failures).toEqual([]);
  });

  it('filters by org, charge category and service category exactly as the rows say', async () => {
    const child = view.rows.find((r) => r.providerName === 'Datadog' && r.subAccountId !== r.billingAccountId)!;
    const fastlyAccount = view.rows.find((r) => r.providerName === 'Fastly')!.billingAccountId as string;
    const orgs = [child.subAccountId as string, fastlyAccount];
    const filtered = await walkView(stack, { start, end, orgs, serviceCategory: ['NETWORKING', 'SECURITY'] }, 1000);
    const expected = view.rows.filter(
      (r) =>
        (orgs.includes(r.billingAccountId as string) || orgs.includes(r.subAccountId as string)) &&
        ['Networking', 'Security'].includes(r.serviceCategory as string),
    );
    expect(filtered.rows.length).toBeGreaterThan(0);
    expect(filtered.rows).toEqual(expected);
    const credits = await walkView(stack, { start, end, chargeCategory: ['CREDIT'] }, 1000);
    expect(credits.rows).toEqual(view.rows.filter((r) => r.chargeCategory === 'Credit'));
  });

  it('pages backward with last/before over the same rows', async () => {
    const res = await stack.gql<PageData>(
      `query($start: Month, $end: Month) { focusCharges(billingPeriodStart: $start, billingPeriodEnd: $end, last: 3) {
        nodes { ${SCALAR_FIELDS} tags { key value } } pageInfo { hasNextPage endCursor } failures { provider code message } } }`,
      { start, end },
    );
    expect(res.body.errors, res.text).toBeUndefined();
    expect(res.body.data!.focusCharges.nodes).toEqual(view.rows.slice(-3));
  });

  it('refuses bad export parameters before any upstream read, naming them', async () => {
    const before = stack.fastly.log.count() + stack.datadog!.log.count();
    const origin = new URL(stack.gateway.url).origin;
    const bad = await request(`${origin}/export/focus.csv?billingPeriodStart=2020-13`);
    expect(bad.statusCode).toBe(400);
    expect(await bad.body.text()).toContain('billingPeriodStart');
    const unknown = await request(`${origin}/export/focus.csv?chargeCategori=USAGE`);
    expect(unknown.statusCode).toBe(400);
    expect(await unknown.body.text()).toContain('chargeCategori');
    const none = await request(`${origin}/export/nothing.csv`);
    expect(none.statusCode).toBe(404);
    await none.body.dump();
    expect(stack.fastly.log.count() + stack.datadog!.log.count()).toBe(before);
  });

  it("reads through the providers' own loaders: beside their own fields, one operation makes no extra request", async () => {
    stack.fastly.log.clear();
    stack.datadog!.log.clear();
    const last = monthsBefore(now, 1);
    const lastDay = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0)).toISOString().slice(0, 10);
    const res = await stack.gql<{ focusCharges: { nodes: unknown[]; pageInfo: { hasNextPage: boolean } } }>(
      `query($start: Month!, $end: Month!, $last: Month!, $current: Month!, $from: Date!, $to: Date!) {
        focusCharges(billingPeriodStart: $start, billingPeriodEnd: $end, first: 1000) { nodes { billedCost } pageInfo { hasNextPage } }
        costs(kind: HISTORICAL, startMonth: $start, endMonth: $last) { totalCost }
        estimate: costs(kind: ESTIMATED, startMonth: $current, endMonth: $current) { totalCost }
        fastlyCustomer { invoices(billingStart: $from, billingEnd: $to, first: 199) { nodes { total } } monthToDate { total } }
      }`,
      { start, end, current: monthsBefore(now, 0), last, from: `${start}-01`, to: lastDay },
    );
    expect(res.body.errors, res.text).toBeUndefined();
    expect(res.body.data!.focusCharges.pageInfo.hasNextPage).toBe(false);
    // Datadog: historical + estimated; Fastly: customer, invoice list (one page), month-to-date.
    expect(
      stack
        .datadog!.log.entries()
        .map((e) => e.endpoint)
        .sort(),
    ).toEqual(['GetEstimatedCostByOrg', 'GetHistoricalCostByOrg']);
    expect(
      stack.fastly.log
        .entries()
        .map((e) => e.endpoint)
        .sort(),
    ).toEqual(['getLoggedInCustomer', 'getMonthToDateInvoice', 'listInvoices']);
  });
});

describe('FOCUS view with a provider down', () => {
  let stack: FastlyStack;
  const now = new Date();
  const start = monthsBefore(now, 2);
  const end = monthsBefore(now, 0);

  beforeAll(async () => {
    // Fastly configured at a port nothing listens on: every Fastly read fails.
    stack = await startFastlyStack({ datadog: {}, configure: (c) => withFastly(c, { baseUrl: 'http://127.0.0.1:9' }) });
  });
  afterAll(() => stack.stop());

  it("keeps Datadog's rows intact and names Fastly in a typed failure", async () => {
    const { rows, failures } = await walkView(stack, { start, end });
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.providerName))).toEqual(new Set(['Datadog']));
    expect(failures[0]).toEqual([
      expect.objectContaining({
        provider: 'FASTLY',
        code: 'UPSTREAM_UNAVAILABLE',
        message: expect.stringContaining('Fastly'),
      }),
    ]);
    const datadogOnly = await walkView(stack, { start, end, providers: ['DATADOG'] });
    expect(datadogOnly.rows).toEqual(rows);
    expect(datadogOnly.failures.flat()).toEqual([]);
  });

  it('fails the CSV export before its first byte, naming Fastly', async () => {
    const res = await request(
      `${new URL(stack.gateway.url).origin}/export/focus.csv?billingPeriodStart=${start}&billingPeriodEnd=${end}`,
    );
    expect(res.statusCode).toBe(502);
    const body = (await res.body.json()) as { errors: Array<{ message: string; extensions: { failures: unknown[] } }> };
    expect(body.errors[0]!.message).toContain('FASTLY');
    expect(body.errors[0]!.extensions.failures).toEqual([expect.objectContaining({ source: 'FASTLY' })]);
  });

  it("ends the NDJSON export with an error object naming Fastly, after Datadog's rows", async () => {
    const res = await request(
      `${new URL(stack.gateway.url).origin}/export/focus.ndjson?billingPeriodStart=${start}&billingPeriodEnd=${end}`,
    );
    expect(res.statusCode).toBe(200);
    const lines = (await res.body.text())
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Row);
    const last = lines.at(-1) as { error?: { source: string; code: string } };
    expect(last.error).toEqual(expect.objectContaining({ source: 'FASTLY', code: 'UPSTREAM_UNAVAILABLE' }));
    expect(lines.slice(0, -1).every((l) => l.ProviderName === 'Datadog')).toBe(true);
    expect(lines.length).toBeGreaterThan(1);
  });
});

describe('FOCUS view with Fastly not configured', () => {
  let stack: Stack;
  const now = new Date();
  const start = monthsBefore(now, 1);

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  it('reads only the configured providers by default, and names an unconfigured one asked for', async () => {
    const plain = await walkView(stack, { start }, 1000);
    expect(plain.rows.length).toBeGreaterThan(0);
    expect(new Set(plain.rows.map((r) => r.providerName))).toEqual(new Set(['Datadog']));
    expect(plain.failures.flat()).toEqual([]);
    const asked = await walkView(stack, { start, providers: ['DATADOG', 'FASTLY'] }, 1000);
    expect(asked.rows).toEqual(plain.rows);
    expect(asked.failures[0]).toEqual([expect.objectContaining({ provider: 'FASTLY', code: 'UNAUTHENTICATED' })]);
  });
});
