import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  decimalFromJson,
  formatDecimal,
  parseDecimal,
  sumDecimals,
  type Decimal,
} from '../../../../src/money/decimal.js';
import { parseJson } from '../../../../src/json/losslessJson.js';
import { restWalk, startFastlyStack, type FastlyStack } from '../../../helpers/fastlyStack.js';

const INVOICES = '/billing/v3/invoices';

interface LineItem {
  description: string;
  amount: string;
  rate: string | null;
  units: string | null;
  creditCouponCode: string | null;
  productName: string | null;
  productGroup: string | null;
  productLine: string | null;
  region: string | null;
  usageType: string | null;
}
interface Invoice {
  id: string;
  invoiceId: string;
  statementNumber: string | null;
  postedOn: string | null;
  billingStart: string;
  billingEnd: string;
  currency: string | null;
  total: string;
  isFinal: boolean;
  lineItems: LineItem[];
}
interface Page {
  totalCount: number | null;
  edges: Array<{ cursor: string; node: Invoice }>;
  nodes: Array<{ invoiceId: string }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const INVOICE = `id invoiceId statementNumber postedOn billingStart billingEnd currency total isFinal
  lineItems { description amount rate units creditCouponCode productName productGroup productLine region usageType }`;
const LIST = `query($first: Int, $after: String, $last: Int, $before: String, $from: Date, $to: Date) {
  fastlyCustomer { invoices(first: $first, after: $after, last: $last, before: $before, billingStart: $from, billingEnd: $to) {
    totalCount edges { cursor node { ${INVOICE} } } nodes { invoiceId } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  } }
}`;

type RestLine = Record<string, unknown>;
type RestInvoice = Record<string, unknown> & { transaction_line_items: RestLine[] };

const text = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
/** A date-time as the `DateTime` scalar writes it (whole seconds, `Z`). */
const iso = (v: unknown): string | null =>
  v === undefined || v === null ? null : new Date(v as string).toISOString().replace('.000Z', 'Z');
/** A JSON number as the `Decimal` scalar writes it (plain notation). */
const dec = (v: unknown): string | null =>
  v === undefined || v === null ? null : formatDecimal(decimalFromJson(v) as Decimal);

/** A REST invoice as the gateway should answer it. */
function expectedInvoice(r: RestInvoice, isFinal: boolean): Omit<Invoice, 'id'> {
  return {
    invoiceId: String(r.invoice_id),
    statementNumber: text(r.statement_number),
    postedOn: iso(r.invoice_posted_on),
    billingStart: iso(r.billing_start_date)!,
    billingEnd: iso(r.billing_end_date)!,
    currency: text(r.currency_code),
    total: formatDecimal(parseDecimal(String(r.monthly_transaction_amount)) as Decimal),
    isFinal,
    lineItems: r.transaction_line_items.map((l) => ({
      description: (l.description as string | undefined) ?? '',
      amount: dec(l.amount)!,
      rate: dec(l.rate),
      units: dec(l.units),
      creditCouponCode: text(l.credit_coupon_code),
      productName: text(l.product_name),
      productGroup: text(l.product_group),
      productLine: text(l.product_line),
      region: text(l.region),
      usageType: text(l.usage_type),
    })),
  };
}

const withoutId = ({ id: _id, ...rest }: Invoice): Omit<Invoice, 'id'> => rest;

describe('FastlyOrg invoices, invoice and monthToDate (through the gateway, against direct REST walks)', () => {
  let stack: FastlyStack;
  let all: RestInvoice[];
  beforeAll(async () => {
    stack = await startFastlyStack();
    all = (
      await restWalk(stack, INVOICES, { limit: '5' }, (body) => ({
        records: body.data as unknown[],
        meta: body.meta as Record<string, unknown>,
      }))
    ).records as RestInvoice[];
  });
  afterAll(() => stack.stop());
  beforeEach(() => {
    stack.fastly.faults.clear();
    stack.fastly.log.clear();
  });

  async function page(vars: Record<string, unknown>): Promise<Page> {
    const res = await stack.gql<{ fastlyCustomer: { invoices: Page } }>(LIST, vars);
    expect(res.body.errors).toBeUndefined();
    const invoices = res.body.data!.fastlyCustomer.invoices;
    expect(invoices.nodes).toEqual(invoices.edges.map((e) => ({ invoiceId: e.node.invoiceId })));
    return invoices;
  }

  it('pages every end-of-month invoice forward and backward exactly as the upstream lists them', async () => {
    expect(all.length).toBeGreaterThanOrEqual(15);
    const expected = all.map((r) => expectedInvoice(r, true));
    const forward: Invoice[] = [];
    let after: string | null = null;
    for (;;) {
      const p = await page({ first: 4, after });
      forward.push(...p.edges.map((e) => e.node));
      expect(p.totalCount).toBe(all.length);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(forward.map(withoutId)).toEqual(expected);
    const backward: Invoice[] = [];
    let before: string | null = null;
    for (;;) {
      const p = await page({ last: 4, before });
      backward.unshift(...p.edges.map((e) => e.node));
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    expect(backward.map(withoutId)).toEqual(expected);
  });

  it('narrows by billing period, as the upstream does', async () => {
    // Newest first: the 9th invoice starts the range, the 4th ends it.
    const from = String(all[8]!.billing_start_date).slice(0, 10);
    const to = String(all[3]!.billing_end_date).slice(0, 10);
    const rest = await restWalk(
      stack,
      INVOICES,
      { billing_start_date: from, billing_end_date: to, limit: '100' },
      (body) => ({ records: body.data as unknown[], meta: body.meta as Record<string, unknown> }),
    );
    const p = await page({ first: 100, from, to });
    expect(p.edges.map((e) => withoutId(e.node))).toEqual(
      (rest.records as RestInvoice[]).map((r) => expectedInvoice(r, true)),
    );
    expect(p.edges.length).toBeGreaterThanOrEqual(5);
  });

  it('sums a year of line items to the invoice totals to the cent, with credits, in exact decimals', async () => {
    const year = all.slice(0, 12);
    const p = await page({ first: 12 });
    const invoices = p.edges.map((e) => e.node);
    expect(invoices.map((i) => i.invoiceId)).toEqual(year.map((r) => String(r.invoice_id)));
    let credits = 0;
    for (const invoice of invoices) {
      const sum = sumDecimals(invoice.lineItems.map((l) => parseDecimal(l.amount) as Decimal));
      expect(formatDecimal(sum)).toBe(invoice.total);
      for (const l of invoice.lineItems) {
        if (l.creditCouponCode !== null) {
          credits++;
          expect(l.amount.startsWith('-')).toBe(true);
        } else if (l.rate !== null && l.units !== null) {
          expect(formatDecimal((parseDecimal(l.rate) as Decimal).times(parseDecimal(l.units) as Decimal))).toBe(
            l.amount,
          );
        }
      }
    }
    expect(credits).toBeGreaterThan(0);
    const yearTotal = sumDecimals(invoices.map((i) => parseDecimal(i.total) as Decimal));
    const lineTotal = sumDecimals(invoices.flatMap((i) => i.lineItems.map((l) => parseDecimal(l.amount) as Decimal)));
    expect(formatDecimal(yearTotal)).toBe(formatDecimal(lineTotal));
  });

  it('fetches one invoice by ID, and by its global ID; an unknown ID is null, a malformed one refused', async () => {
    const r = all[5]!;
    const res = await stack.gql<{ fastlyCustomer: { invoice: Invoice | null; none: Invoice | null } }>(
      `query($id: String!) { fastlyCustomer { invoice(invoiceId: $id) { ${INVOICE} } none: invoice(invoiceId: "NOPE123") { id } } }`,
      { id: String(r.invoice_id) },
    );
    expect(res.body.errors).toBeUndefined();
    const rest = await stack.rest(`${INVOICES}/${String(r.invoice_id)}`);
    expect(withoutId(res.body.data!.fastlyCustomer.invoice!)).toEqual(expectedInvoice(rest.body as RestInvoice, true));
    expect(res.body.data!.fastlyCustomer.none).toBeNull();

    const node = await stack.gql<{ node: Invoice }>(
      `query($id: ID!) { node(id: $id) { ... on FastlyInvoice { ${INVOICE} } } }`,
      {
        id: res.body.data!.fastlyCustomer.invoice!.id,
      },
    );
    expect(node.body.data!.node).toEqual(res.body.data!.fastlyCustomer.invoice);

    stack.fastly.log.clear();
    const bad = await stack.gql(`{ fastlyCustomer { invoice(invoiceId: "../../current_customer") { id } } }`);
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(stack.fastly.log.count()).toBe(0);
  });

  it('answers the open period from month-to-date: the current month only, not final, its lines summing to its total', async () => {
    const res = await stack.gql<{ fastlyCustomer: { monthToDate: Invoice } }>(
      `{ fastlyCustomer { monthToDate { ${INVOICE} } } }`,
    );
    expect(res.body.errors).toBeUndefined();
    const mtd = res.body.data!.fastlyCustomer.monthToDate;
    const rest = await stack.rest(`${INVOICES}/month-to-date`);
    expect(withoutId(mtd)).toEqual(expectedInvoice(rest.body as RestInvoice, false));
    const now = stack.fastly.world.now;
    expect(mtd.billingStart.slice(0, 7)).toBe(now.toISOString().slice(0, 7));
    expect(mtd.isFinal).toBe(false);
    expect(formatDecimal(sumDecimals(mtd.lineItems.map((l) => parseDecimal(l.amount) as Decimal)))).toBe(mtd.total);
    const node = await stack.gql<{ node: Invoice | null }>(
      `query($id: ID!) { node(id: $id) { ... on FastlyInvoice { invoiceId isFinal } } }`,
      {
        id: mtd.id,
      },
    );
    expect(node.body.data!.node).toEqual({ invoiceId: mtd.invoiceId, isFinal: false });
  });

  it('reads amounts exactly as the upstream wrote them', async () => {
    // The month-to-date total is a string upstream; end-of-month totals are numbers.
    const res = await fetch(`${stack.fastly.url}${INVOICES}/month-to-date`, {
      headers: { 'fastly-key': stack.fastly.world.customers[0]!.token },
    });
    const body = parseJson(await res.text()) as { monthly_transaction_amount: unknown };
    expect(typeof body.monthly_transaction_amount).toBe('string');
  });
});
