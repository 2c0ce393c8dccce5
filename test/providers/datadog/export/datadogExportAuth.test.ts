import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { monthsBefore, startStack, type Stack } from '../../../helpers/stack.js';
import { asTenant, tokenAuth } from '../../../helpers/tokenAuth.js';

/**
 * Datadog's export views under authentication, as `/graphql`: no token is 401, a caller scoped to
 * some Datadog orgs is refused the whole-account views (403 FORBIDDEN, as the `Query` fields they
 * mirror) before any upstream call, an unscoped one gets the rows.
 */
let stack: Stack;
let origin: string;
const QUERY = `startMonth=${monthsBefore(new Date(), 2)}`;

beforeAll(async () => {
  const auth = tokenAuth([
    { tenant: 'ops', orgs: '*' },
    { tenant: 'scoped', orgs: { datadog: ['abc123'] } },
  ]);
  stack = await startStack({}, (c) => ({ ...c, auth }));
  origin = new URL(stack.gateway.url).origin;
});
afterAll(() => stack.stop());
beforeEach(() => stack.sim.log.clear());

describe('export views are authenticated and scoped as /graphql', () => {
  it('no token: 401, no upstream call', async () => {
    const res = await request(`${origin}/export/monthlyUsageAttribution.csv?${QUERY}`);
    expect(res.statusCode).toBe(401);
    await res.body.dump();
    expect(stack.sim.log.count()).toBe(0);
  });

  it.each(['hourlyUsageAttribution', 'monthlyUsageAttribution', 'costs', 'monthlyCostAttribution'])(
    'a caller scoped to some orgs is refused %s with 403, before any upstream call',
    async (view) => {
      const res = await request(`${origin}/export/${view}.ndjson?${QUERY}`, { headers: asTenant('scoped') });
      expect(res.statusCode).toBe(403);
      const body = (await res.body.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(body.errors[0]!.extensions.code).toBe('FORBIDDEN');
      expect(body.errors[0]!.message).toContain(`/export/${view} reads every org of the account`);
      expect(stack.sim.log.count()).toBe(0);
    },
  );

  it('an unscoped caller gets the rows', async () => {
    const res = await request(`${origin}/export/monthlyUsageAttribution.csv?${QUERY}`, { headers: asTenant('ops') });
    expect(res.statusCode).toBe(200);
    const text = await res.body.text();
    expect(text.split('\r\n').length).toBeGreaterThan(3);
    expect(stack.sim.log.count({ endpoint: 'GetMonthlyUsageAttribution' })).toBeGreaterThan(0);
  });
});
