import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addMonths, formatMonth, startOfMonth } from '../../../src/time/utcTime.js';
import { startStack, type Stack } from '../../helpers/stack.js';

/**
 * With the page cache on, a 200 whose body is not the documented shape is a typed error and is NOT
 * kept in the cache: the next identical query goes upstream again and gets the data, and only that
 * good answer is then served from the cache.
 */
describe('a wrong-shape 200 is never cached', () => {
  let stack: Stack;
  let now: Date;
  beforeAll(async () => {
    // Page cache on (the default), one attempt, no breaker trips: every upstream request is visible.
    stack = await startStack({}, (c) => c, { retry: { maxAttempts: 1 }, breaker: { failureThreshold: 1_000_000 } });
    now = stack.sim.world.now;
  });
  afterAll(() => stack.stop());
  beforeEach(() => {
    stack.sim.faults.clear();
    stack.sim.log.clear();
  });

  const cases: Array<{
    name: string;
    endpoint: string;
    badBody: string;
    query: string;
    variables: () => Record<string, unknown>;
    field: string;
  }> = [
    {
      name: 'billableSummary (GetUsageBillableSummary)',
      endpoint: 'GetUsageBillableSummary',
      badBody: '{"usage":"nope"}',
      query: `query($m: Month) { billableSummary(month: $m) { month dimensions { name orgBillableUsage } } }`,
      variables: () => ({ m: formatMonth(addMonths(startOfMonth(now), -1)) }),
      field: 'billableSummary',
    },
    {
      name: 'costs(kind: HISTORICAL) (GetHistoricalCostByOrg)',
      endpoint: 'GetHistoricalCostByOrg',
      badBody: '{"data":"nope"}',
      query: `query($s: Month, $e: Month) { costs(kind: HISTORICAL, view: SUMMARY, startMonth: $s, endMonth: $e) { month totalCost } }`,
      variables: () => ({
        s: formatMonth(addMonths(startOfMonth(now), -3)),
        e: formatMonth(addMonths(startOfMonth(now), -2)),
      }),
      field: 'costs',
    },
  ];

  it.each(cases)('$name: error, then fresh data from upstream, then the cached good answer', async (c) => {
    const count = () => stack.sim.log.count({ endpoint: c.endpoint });
    stack.sim.faults.inject({ endpoint: c.endpoint, status: 200, body: c.badBody, times: 1 });

    const bad = await stack.gql<Record<string, unknown>>(c.query, c.variables());
    expect(bad.status).toBe(200);
    expect(bad.body.data?.[c.field]).toBeNull();
    expect(bad.body.errors?.[0]?.extensions?.code, bad.text).toBe('UPSTREAM_UNAVAILABLE');
    expect(bad.body.errors?.[0]?.message).toMatch(/not the documented shape/);
    expect(count()).toBe(1);

    const good = await stack.gql<Record<string, unknown>>(c.query, c.variables());
    expect(good.body.errors, good.text).toBeUndefined();
    const rows = good.body.data?.[c.field] as unknown[];
    expect(Array.isArray(rows) && rows.length > 0).toBe(true);
    // The malformed body was not cached: this answer came from one more upstream request.
    expect(count()).toBe(2);

    const cached = await stack.gql<Record<string, unknown>>(c.query, c.variables());
    expect(cached.body.errors, cached.text).toBeUndefined();
    expect(cached.body.data?.[c.field]).toEqual(rows);
    // The good body was cached: no new upstream request.
    expect(count()).toBe(2);
  });
});
