import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fastly from 'fastly';
import { startSimulator, type SimCustomer, type Simulator } from '../../../../src/providers/fastly/simulator/index.js';
import type { EomInvoice } from '../../../../src/providers/fastly/simulator/index.js';
import { NOW } from './fastlySimHttp.js';

/**
 * Fidelity: Fastly's official JavaScript client (`fastly` 13), pointed at the simulator, with its own
 * request building, authentication header and deserialization; the results equal the world's.
 */

/**
 * A client authenticated as `customer`, whose requests go to the simulator. Each operation passes
 * its own base path (`https://api.fastly.com`) to `ApiClient.callApi`, which hands it to `buildUrl`
 * as `apiBasePath`, and that wins over `basePath`: setting `basePath` alone would not redirect it.
 * So the test replaces the origin where the client builds its URL: this instance's `buildUrl` calls
 * `ApiClient.prototype.buildUrl` with the simulator's URL as the base path.
 */
function clientFor(sim: Simulator, customer: SimCustomer): fastly.ApiClient {
  const client = new fastly.ApiClient();
  client.buildUrl = (path, pathParams, pathParamsAllowReserved) =>
    fastly.ApiClient.prototype.buildUrl.call(client, path, pathParams, pathParamsAllowReserved, sim.url);
  client.authenticate(customer.token);
  return client;
}

/** A world invoice as the client deserializes it: its instants as `Date`s. */
function asClientInvoice(invoice: EomInvoice): Record<string, unknown> {
  return {
    ...invoice,
    invoice_posted_on: new Date(invoice.invoice_posted_on),
    billing_start_date: new Date(invoice.billing_start_date),
    billing_end_date: new Date(invoice.billing_end_date),
  };
}

/** The rejection of a client call. */
async function failure(call: Promise<unknown>): Promise<fastly.ClientError> {
  return call.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error as fastly.ClientError,
  );
}

let sim: Simulator;
let customer: SimCustomer;
let client: fastly.ApiClient;
beforeAll(async () => {
  sim = await startSimulator({ now: NOW });
  customer = sim.world.customers[0]!;
  client = clientFor(sim, customer);
});
afterAll(() => sim.stop());

describe("Fastly's official client against the simulator", () => {
  it('getUsageMetrics: the declared Usagemetric return type drops the data; the body read as Usagemetrics equals the world', async () => {
    const api = new fastly.BillingUsageMetricsApi(client);
    const options = { start_month: '2026-01', end_month: '2026-03' };
    // The client declares `Usagemetric` (one record) for a body `{data: [...]}`: it builds an empty Usagemetric.
    const declared = await api.getUsageMetrics(options);
    expect(declared).toBeInstanceOf(fastly.Usagemetric);
    expect(Object.keys(declared)).toEqual([]);
    const { response } = await api.getUsageMetricsWithHttpInfo(options);
    const metrics = fastly.Usagemetrics.constructFromObject(response.body);
    const expected = ['2026-01', '2026-02', '2026-03'].flatMap((m) => sim.world.usageMetrics(customer.id, m));
    expect(metrics.data).toHaveLength(expected.length);
    expect(metrics.data).toEqual(expected);
    expect(metrics.data![0]).toBeInstanceOf(fastly.Usagemetric);
  });

  it('getServiceLevelUsage: its own cursor loop reaches the last page and reads every service', async () => {
    const api = new fastly.BillingUsageMetricsApi(client);
    const type = sim.world.usageTypes.find((t) => t.usageType === 'Europe Bandwidth')!;
    const options = {
      product_id: type.productId,
      usage_type_name: type.usageType,
      start_month: '2025-10',
      end_month: '2026-02',
    };
    sim.log.clear();
    const details: fastly.Serviceusagemetric[] = [];
    let cursor: string | undefined;
    let first: fastly.ServiceusagemetricsData | undefined;
    do {
      const page = await api.getServiceLevelUsage({ ...options, limit: '4', ...(cursor ? { cursor } : {}) });
      first ??= page.data;
      details.push(...(page.data?.details ?? []));
      cursor = page.data?.meta?.next_cursor;
    } while (cursor);
    const expected = sim.world.serviceUsage(customer.id, { type, startMonth: '2025-10', endMonth: '2026-02' });
    expect(details).toEqual(expected);
    expect(details.length).toBeGreaterThan(4);
    expect(sim.log.count({ endpoint: 'getServiceLevelUsage' })).toBe(Math.ceil(expected.length / 4));
    expect(first?.start_time).toEqual(new Date('2025-10-01T00:00:00Z'));
    expect(first?.end_time).toEqual(new Date('2026-02-28T23:59:59Z'));
    expect(first?.unit).toBe('GB');
    expect(first?.meta).toMatchObject({ limit: 4, sort: 'service_id', total: expected.length });
  });

  it('listInvoices: its cursor loop reads every posted invoice, newest first', async () => {
    const api = new fastly.BillingInvoicesApi(client);
    const invoices: fastly.Invoice[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.listInvoices({ limit: '5', ...(cursor ? { cursor } : {}) });
      invoices.push(...(page.data ?? []));
      cursor = page.meta?.next_cursor;
    } while (cursor);
    expect(invoices).toEqual(sim.world.invoices(customer.id).map(asClientInvoice));
    expect(invoices[0]!.billing_start_date).toBeInstanceOf(Date);
    expect(invoices[0]!.transaction_line_items![0]).toBeInstanceOf(fastly.Invoicelineitems);
  });

  it('getInvoiceByInvoiceId: one invoice, as listed; an unknown one rejects with 404 and Fastly’s error body', async () => {
    const api = new fastly.BillingInvoicesApi(client);
    const [latest] = sim.world.invoices(customer.id);
    const invoice = await api.getInvoiceByInvoiceId({ invoice_id: Number(latest!.invoice_id) });
    expect(invoice).toBeInstanceOf(fastly.EomInvoiceResponse);
    expect(invoice).toEqual(asClientInvoice(latest!));
    const missing = await failure(api.getInvoiceByInvoiceId({ invoice_id: 1 }));
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ type: 'not_found', status: '404' });
  });

  it('getMonthToDateInvoice: the running month, its total a string', async () => {
    const api = new fastly.BillingInvoicesApi(client);
    const mtd = await api.getMonthToDateInvoice();
    const expected = sim.world.monthToDateInvoice(customer.id);
    expect(mtd).toEqual({
      ...expected,
      billing_start_date: new Date('2026-03-01T00:00:00Z'),
      billing_end_date: new Date('2026-03-31T23:59:59Z'),
    });
    expect(typeof mtd.monthly_transaction_amount).toBe('string');
    expect(mtd.transaction_line_items!.length).toBeGreaterThan(0);
  });

  it('getLoggedInCustomer: the customer the token belongs to', async () => {
    for (const c of sim.world.customers) {
      const me = await new fastly.CustomerApi(clientFor(sim, c)).getLoggedInCustomer();
      expect(me).toMatchObject({
        id: c.id,
        name: c.name,
        owner_id: c.ownerId,
        created_at: c.createdAt,
        deleted_at: null,
      });
    }
  });

  it('errors reach the caller as the client rejects them: 401 for a bad token, 400 for a bad range', async () => {
    const stranger = clientFor(sim, { ...customer, token: 'not-a-token' });
    const denied = await failure(new fastly.CustomerApi(stranger).getLoggedInCustomer());
    expect(denied.status).toBe(401);
    expect(denied.body).toEqual({
      type: 'unauthorized',
      title: 'Provided credentials are missing or invalid',
      code: 'unauthorized',
      status: '401',
    });
    const api = new fastly.BillingUsageMetricsApi(client);
    const tooWide = await failure(api.getUsageMetrics({ start_month: '2025-01', end_month: '2025-12' }));
    expect(tooWide.status).toBe(400);
    expect((tooWide.body as { title: string }).title).toContain('at most 3 months');
  });
});
