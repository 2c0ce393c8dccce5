/**
 * Every answer of the Fastly simulator, over real HTTP, validates against Fastly's published models
 * (kept as data in fastlyContract.ts): the success bodies of the usage-metrics, service-level usage and
 * invoice operations (every page of paged answers, with and without a usage type, each customer), and
 * the error bodies of every operation (400, 401, 404, 405, 429 and an injected 500) against `Error`.
 * Objects are closed: a field the model does not list fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type SimCustomer, type Simulator } from '../../../../src/providers/fastly/simulator/index.js';
import { ENDPOINTS } from '../../../../src/providers/fastly/simulator/fastlySimulator.js';
import { FASTLY_PATHS, type FastlyOperation } from '../../../../src/providers/fastly/api/fastlyPaths.js';
import { createSchemaValidator } from '../../../helpers/schemaValidator.js';
import { fastlyContract } from './fastlyContract.js';
import {
  CURRENT_CUSTOMER,
  INVOICES,
  MONTH_TO_DATE,
  NOW,
  SERVICE_USAGE,
  USAGE_METRICS,
  call,
  type Answer,
  type Json,
} from './fastlySimHttp.js';

const validator = createSchemaValidator(fastlyContract);

/** Asserts `answer` has `status` and its body validates against what `operation` answers with it. */
function expectValid(operation: FastlyOperation, answer: Answer, status: number, label: string): void {
  expect(answer.status, `${label}: ${answer.text}`).toBe(status);
  expect(answer.headers.get('content-type'), label).toMatch(/^application\/json/);
  validator.assertValid(validator.responseSchema(operation, status), answer.json, `${label} (${status})`);
}

let sim: Simulator;
let primary: SimCustomer;
let other: SimCustomer;
beforeAll(async () => {
  sim = await startSimulator({ now: NOW });
  [primary, other] = sim.world.customers as [SimCustomer, SimCustomer];
});
afterAll(() => sim.stop());

/** Walks `next_cursor` (found by `metaOf`) from `params`, validating every page; returns records and pages. */
async function walkValid(
  operation: FastlyOperation,
  params: Record<string, string>,
  recordsOf: (body: Json) => Json[],
  metaOf: (body: Json) => Json,
  customer: SimCustomer,
  label: string,
): Promise<{ records: number; pages: number }> {
  let records = 0;
  let pages = 0;
  let cursor: string | undefined;
  do {
    const answer = await call(sim, FASTLY_PATHS[operation], cursor ? { ...params, cursor } : params, customer);
    pages++;
    expectValid(operation, answer, 200, `${label}, page ${pages}`);
    records += recordsOf(answer.json).length;
    cursor = metaOf(answer.json)?.next_cursor;
  } while (cursor !== undefined && pages < 500);
  return { records, pages };
}

describe('the contract covers the simulator', () => {
  it('every operation the simulator serves is an operation of the contract, at the same path', () => {
    for (const operation of Object.keys(ENDPOINTS) as FastlyOperation[]) {
      expect(fastlyContract.operations[operation]?.path, operation).toBe(FASTLY_PATHS[operation]);
    }
  });

  it('the validator rejects a real answer gone wrong: a number as a string, an unknown field, null', async () => {
    const answer = await call(sim, USAGE_METRICS, { start_month: '2026-02', end_month: '2026-02' });
    expect(validator.errors('Usagemetrics', answer.json)).toEqual([]);
    const asString = structuredClone(answer.json);
    asString.data[0].quantity = String(asString.data[0].quantity);
    expect(validator.errors('Usagemetrics', asString).join('\n')).toContain('/data/0/quantity must be number');
    const extra = structuredClone(answer.json);
    extra.data[0].currency = 'USD';
    expect(validator.errors('Usagemetrics', extra).join('\n')).toContain("additional properties 'currency'");
    const errorStatusAsNumber = { type: 'bad_request', title: 'x', code: 'bad_request', status: 400 };
    expect(validator.errors('Error', errorStatusAsNumber).join('\n')).toContain('/status must be string');
    const nulled = structuredClone(answer.json);
    nulled.data[0].region = null;
    expect(validator.errors('Usagemetrics', nulled)).not.toEqual([]);
  });
});

describe('success bodies validate against the contract', () => {
  it.each([
    ['one closed month', { start_month: '2026-02', end_month: '2026-02' }],
    ['three months up to the running one', { start_month: '2026-01', end_month: '2026-03' }],
    ['months before the history (empty data)', { start_month: '2020-01', end_month: '2020-02' }],
  ])('getUsageMetrics: %s', async (label, params) => {
    for (const customer of [primary, other]) {
      expectValid('getUsageMetrics', await call(sim, USAGE_METRICS, params, customer), 200, label);
    }
  });

  it('getUsageMetrics lists records (the cases above are not all empty)', async () => {
    const answer = await call(sim, USAGE_METRICS, { start_month: '2026-02', end_month: '2026-02' });
    expect(answer.json.data.length).toBeGreaterThan(0);
  });

  it('getServiceLevelUsage, every usage type (no usage_type/unit), paged by 5: every page', async () => {
    const { records, pages } = await walkValid(
      'getServiceLevelUsage',
      { limit: '5', start_month: '2026-01', end_month: '2026-02' },
      (b) => b.data.details,
      (b) => b.data.meta,
      primary,
      'service usage, all types',
    );
    expect(records).toBeGreaterThan(5);
    expect(pages).toBeGreaterThan(1);
  });

  it('getServiceLevelUsage, one usage type, each customer, default months, and one service', async () => {
    const type = sim.world.usageTypes[0];
    expect(type).toBeDefined();
    for (const customer of [primary, other]) {
      const params = { product_id: type!.productId, usage_type_name: type!.usageType };
      const answer = await call(sim, SERVICE_USAGE, params, customer);
      expectValid('getServiceLevelUsage', answer, 200, `service usage, ${type!.usageType}`);
      expect(answer.json.data.usage_type).toBe(type!.usageType);
      const service = answer.json.data.details[0]?.service_id;
      // Every customer has services using the first usage type, so the one-service call always runs.
      expect(service).toEqual(expect.any(String));
      const one = await call(sim, SERVICE_USAGE, { ...params, service: service! }, customer);
      expectValid('getServiceLevelUsage', one, 200, `service usage, service ${service}`);
    }
    const none = await call(sim, SERVICE_USAGE, { service: 'no-such-service' });
    expectValid('getServiceLevelUsage', none, 200, 'service usage, unknown service');
  });

  it('listInvoices paged by 4: every page; each invoice by id; the month-to-date invoice', async () => {
    for (const customer of [primary, other]) {
      const { records, pages } = await walkValid(
        'listInvoices',
        { limit: '4' },
        (b) => b.data,
        (b) => b.meta,
        customer,
        `invoices of ${customer.id}`,
      );
      expect(records).toBeGreaterThan(4);
      expect(pages).toBeGreaterThan(1);
    }
    const listed = await call(sim, INVOICES, { billing_start_date: '2025-06-01' });
    expectValid('listInvoices', listed, 200, 'invoices since a date');
    const withCredit = (listed.json.data as Json[]).some((i) =>
      (i.transaction_line_items as Json[]).some((l) => l.credit_coupon_code !== undefined),
    );
    expect(withCredit, 'some invoice carries a credit line (credit_coupon_code is checked)').toBe(true);
    for (const invoice of (listed.json.data as Json[]).slice(0, 3)) {
      const one = await call(sim, `${INVOICES}/${invoice.invoice_id}`);
      expectValid('getInvoiceByInvoiceId', one, 200, `invoice ${invoice.invoice_id}`);
    }
    for (const customer of [primary, other]) {
      expectValid('getMonthToDateInvoice', await call(sim, MONTH_TO_DATE, {}, customer), 200, 'month to date');
    }
  });
});

/** A request of each operation that the simulator refuses with 400. */
const BAD_REQUESTS: readonly [FastlyOperation, string, Record<string, string>][] = [
  ['getUsageMetrics', USAGE_METRICS, {}],
  ['getUsageMetrics', USAGE_METRICS, { start_month: '2025-01', end_month: '2025-12' }],
  ['getServiceLevelUsage', SERVICE_USAGE, { product_id: 'cdn_usage' }],
  ['getServiceLevelUsage', SERVICE_USAGE, { limit: '0' }],
  ['getServiceLevelUsage', SERVICE_USAGE, { cursor: 'abc' }],
  ['listInvoices', INVOICES, { billing_start_date: '01/02/2026' }],
];

/** A request of every operation (the invoice by id with an id the customer has not). */
const ANY_REQUEST: readonly [FastlyOperation, string, Record<string, string>][] = [
  ['getUsageMetrics', USAGE_METRICS, { start_month: '2026-02', end_month: '2026-02' }],
  ['getServiceLevelUsage', SERVICE_USAGE, {}],
  ['listInvoices', INVOICES, {}],
  ['getMonthToDateInvoice', MONTH_TO_DATE, {}],
  ['getInvoiceByInvoiceId', `${INVOICES}/1`, {}],
  ['getLoggedInCustomer', CURRENT_CUSTOMER, {}],
];

describe('error bodies validate against Error', () => {
  it('every operation has a request in the error cases below', () => {
    expect(new Set(ANY_REQUEST.map(([op]) => op))).toEqual(new Set(Object.keys(ENDPOINTS)));
  });

  it.each(BAD_REQUESTS)('400: %s %s %j', async (operation, path, params) => {
    expectValid(operation, await call(sim, path, params), 400, `${path} ${JSON.stringify(params)}`);
  });

  it.each(ANY_REQUEST)('401 without a token: %s', async (operation, path, params) => {
    expectValid(operation, await call(sim, path, params, null), 401, path);
  });

  it.each(ANY_REQUEST)('405 for POST: %s', async (operation, path, params) => {
    expectValid(operation, await call(sim, path, params, primary, { method: 'POST' }), 405, path);
  });

  it.each(ANY_REQUEST)('500 (injected fault): %s', async (operation, path, params) => {
    sim.faults.inject({ endpoint: operation, status: 500 });
    expectValid(operation, await call(sim, path, params), 500, path);
  });

  it('404 for an invoice the customer does not have, and for a path Fastly does not have', async () => {
    const othersList = await call(sim, INVOICES, {}, other);
    const othersInvoice = othersList.json.data[0].invoice_id as string;
    expectValid('getInvoiceByInvoiceId', await call(sim, `${INVOICES}/${othersInvoice}`), 404, 'invoice of another');
    expectValid('getInvoiceByInvoiceId', await call(sim, `${INVOICES}/1`), 404, 'invoice 1');
    const unknown = await call(sim, '/billing/v3/nothing-here');
    expect(unknown.status).toBe(404);
    validator.assertValid('Error', unknown.json, 'unknown path (404)');
  });
});

describe('429 bodies validate against Error', () => {
  let limited: Simulator;
  beforeAll(async () => {
    limited = await startSimulator({ now: NOW, rateLimit: { limit: 1, periodSeconds: 3600 } });
  });
  afterAll(() => limited.stop());

  it.each(ANY_REQUEST)('%s', async (operation, path, params) => {
    await call(limited, path, params);
    expectValid(operation, await call(limited, path, params), 429, path);
  });
});
