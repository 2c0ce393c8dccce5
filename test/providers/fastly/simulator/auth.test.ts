import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../../src/providers/fastly/simulator/index.js';
import {
  CURRENT_CUSTOMER,
  INVOICES,
  MONTH_TO_DATE,
  NOW,
  SERVICE_USAGE,
  USAGE_METRICS,
  call,
  type Json,
} from './fastlySimHttp.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ now: NOW });
});
afterAll(() => sim.stop());

const months = { start_month: '2026-01', end_month: '2026-03' };

describe('authentication (Fastly-Key)', () => {
  it.each([
    ['no Fastly-Key', {}],
    ['an unknown token', { 'Fastly-Key': 'not-a-token' }],
    ['an empty token', { 'Fastly-Key': '' }],
    ['the token under another header', { Authorization: 'Bearer x' }],
  ])("401 with Fastly's error body and no rate-limit headers for %s", async (_case, headers) => {
    for (const path of [USAGE_METRICS, SERVICE_USAGE, INVOICES, MONTH_TO_DATE, `${INVOICES}/1`, CURRENT_CUSTOMER]) {
      const res = await call(sim, path, months, null, { headers });
      expect(res.status).toBe(401);
      expect(res.json).toEqual({
        type: 'unauthorized',
        title: 'Provided credentials are missing or invalid',
        code: 'unauthorized',
        status: '401',
      });
      expect(res.headers.get('fastly-ratelimit-remaining')).toBeNull();
      expect(res.headers.get('fastly-ratelimit-reset')).toBeNull();
    }
  });

  it('401 comes before validation', async () => {
    expect((await call(sim, USAGE_METRICS, {}, null)).status).toBe(401);
    expect((await call(sim, USAGE_METRICS, {})).status).toBe(400);
  });
});

describe('tenant isolation: each token sees its own customer only', () => {
  it('GET /current_customer names the customer the token belongs to', async () => {
    for (const customer of sim.world.customers) {
      const res = await call(sim, CURRENT_CUSTOMER, {}, customer);
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ id: customer.id, name: customer.name, owner_id: customer.ownerId });
      expect(res.json.id).toMatch(/^[A-Za-z0-9]{22}$/);
    }
    expect(sim.world.customers.map((c) => c.name)).toEqual(['Initech Media', 'Globex Streaming']);
  });

  it('the second customer has its own services, history, usage and invoices', async () => {
    const [primary, second] = sim.world.customers as [(typeof sim.world.customers)[0], (typeof sim.world.customers)[0]];
    expect(second.token).not.toBe(primary.token);
    expect(second.services).toHaveLength(4);
    expect(second.months).toHaveLength(8);
    const theirServices = new Set(second.services.map((s) => s.id));
    const usage = await call(sim, SERVICE_USAGE, { start_month: '2025-08', end_month: '2026-03' }, second);
    expect(usage.json.data.customer_id).toBe(second.id);
    expect(usage.json.data.details.length).toBeGreaterThan(0);
    for (const d of usage.json.data.details) {
      expect(theirServices.has(d.service_id)).toBe(true);
      expect(d.customer_id).toBe(second.id);
    }
    const mine = await call(sim, USAGE_METRICS, months, primary);
    const theirs = await call(sim, USAGE_METRICS, months, second);
    expect(theirs.json.data.length).toBeGreaterThan(0);
    expect(theirs.json.data).not.toEqual(mine.json.data);
    const invoices = (await call(sim, INVOICES, {}, second)).json;
    expect(invoices.meta.total).toBe(7);
    for (const i of invoices.data) expect(i.customer_id).toBe(second.id);
    const primaryIds = new Set((await call(sim, INVOICES, {}, primary)).json.data.map((i: Json) => i.invoice_id));
    for (const i of invoices.data) expect(primaryIds.has(i.invoice_id)).toBe(false);
    expect((await call(sim, MONTH_TO_DATE, {}, second)).json.customer_id).toBe(second.id);
    // A primary service id asked for with the second token: not theirs, no details.
    const foreign = await call(sim, SERVICE_USAGE, { service: primary.services[0]!.id }, second);
    expect(foreign.json.data.details).toEqual([]);
  });

  it('the request log records which customer called', async () => {
    sim.log.clear();
    await call(sim, CURRENT_CUSTOMER, {}, sim.world.customers[1]);
    await call(sim, CURRENT_CUSTOMER, {}, null);
    expect(sim.log.entries().map((e) => [e.endpoint, e.status, e.orgPublicId])).toEqual([
      ['getLoggedInCustomer', 200, sim.world.customers[1]!.id],
      ['getLoggedInCustomer', 401, null],
    ]);
  });
});
