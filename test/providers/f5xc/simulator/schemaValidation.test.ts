import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startF5xcStack, type F5xcStack } from '../../../helpers/f5xcStack.js';
import { F5XC_ERROR_STATUSES, F5XC_OPERATIONS, type F5xcOperationName } from '../f5xcOpenApiSchemas.js';
import { answerSchema, schemaErrors } from '../f5xcSchemaValidator.js';

const OPERATIONS = Object.keys(F5XC_OPERATIONS) as F5xcOperationName[];
const ENDPOINT: Record<F5xcOperationName, string> = {
  usage_details: 'ListUsageDetails',
  hourly_usage_details: 'ListHourlyUsageDetails',
  monthly_usage: 'ListMonthlyUsage',
  current_usage: 'ListCurrentUsage',
};

/** The list each answer holds. */
const LIST: Record<F5xcOperationName, string> = {
  usage_details: 'usage_items',
  hourly_usage_details: 'hourly_usage_items',
  monthly_usage: 'monthly_usage_items',
  current_usage: 'usage_items',
};

let stack: F5xcStack;

beforeAll(async () => {
  stack = await startF5xcStack();
});
afterAll(async () => {
  await stack.stop();
});

/** A valid body of `operation` for `namespace` (hourly: the first item's query). */
async function bodyFor(operation: F5xcOperationName, namespace: string): Promise<Record<string, unknown>> {
  if (operation !== 'hourly_usage_details') return { namespace };
  const usage = await stack.rest('usage_details', namespace, { namespace });
  const items = (usage.body as { usage_items: Array<{ hourly_breakdown_query: string }> }).usage_items;
  return { namespace, query: items[0]!.hourly_breakdown_query };
}

describe('F5 simulator answers validate against the published schemas', () => {
  it.each(OPERATIONS.flatMap((op) => [[op, 'system'] as const, [op, 'shop'] as const]))(
    '%s in %s: 200 with a body of the documented shape, and not empty',
    async (operation, namespace) => {
      const res = await stack.rest(operation, namespace, await bodyFor(operation, namespace));
      expect(res.status).toBe(200);
      expect(schemaErrors(answerSchema(operation, 200), res.body)).toBe('');
      expect((res.body as Record<string, unknown[]>)[LIST[operation]]!.length).toBeGreaterThan(0);
    },
  );

  it('a body of the wrong shape is refused by the validator (the check can fail)', () => {
    expect(schemaErrors('usageListMonthlyUsageResp', { monthly_usage_items: [{ amount: 12 }] })).toMatch(/amount/);
    expect(schemaErrors('usageListUsageDetailsResp', { usage_items: [{ namespace: 'toolong' }] })).toMatch(/6/);
    expect(schemaErrors('error', { message: 'x' })).toMatch(/string/);
  });

  it.each(OPERATIONS)('%s: 401, 403 and 404 answer the documented error body', async (operation) => {
    const answers = [
      await stack.rest(operation, 'system', await bodyFor(operation, 'system'), 'not-a-token'),
      await stack.rest(operation, 'system', { namespace: 'system' }, stack.sim.world.principals[1]!.token),
      await stack.rest(operation, 'nope', { namespace: 'nope' }),
    ];
    expect(answers.map((a) => a.status)).toEqual([401, 403, 404]);
    for (const a of answers) {
      expect(schemaErrors(answerSchema(operation, a.status), a.body)).toBe('');
      expect(typeof a.body).toBe('string');
    }
  });

  it.each(OPERATIONS)('%s: 409, 500, 503 and 504 (injected) answer the documented error body', async (operation) => {
    const body = await bodyFor(operation, 'system');
    for (const status of [409, 500, 503, 504]) {
      stack.sim.faults.inject({ endpoint: ENDPOINT[operation], status, times: 1 });
      const res = await stack.rest(operation, 'system', body);
      expect(res.status).toBe(status);
      expect(schemaErrors(answerSchema(operation, status), res.body)).toBe('');
    }
    stack.sim.faults.clear();
  });

  it('covers every documented error status', () => {
    expect([...F5XC_ERROR_STATUSES]).toEqual([401, 403, 404, 409, 429, 500, 503, 504]);
  });
});

describe('F5 simulator rate limit', () => {
  it('answers 429 with its headers and the documented body once the budget is spent', async () => {
    const own = await startF5xcStack({ sim: { rateLimit: { limit: 2, periodSeconds: 3600 } } });
    try {
      const first = await own.rest('monthly_usage', 'system', { namespace: 'system' });
      expect(first.status).toBe(200);
      expect(first.headers['x-ratelimit-limit']).toBe('2');
      expect(first.headers['x-ratelimit-remaining']).toBe('1');
      await own.rest('monthly_usage', 'system', { namespace: 'system' });
      const spent = await own.rest('monthly_usage', 'system', { namespace: 'system' });
      expect(spent.status).toBe(429);
      expect(spent.headers['x-ratelimit-remaining']).toBe('0');
      expect(Number(spent.headers['x-ratelimit-reset'])).toBeGreaterThanOrEqual(1);
      expect(schemaErrors(answerSchema('monthly_usage', 429), spent.body)).toBe('');
      // The budget is per operation: another one still answers.
      expect((await own.rest('current_usage', 'system', {})).status).toBe(200);
    } finally {
      await own.stop();
    }
  });
});

describe('the gateway sends request bodies of the documented shape', () => {
  it('every request of a query touching all four operations validates against its request schema', async () => {
    stack.sim.log.clear();
    const res = await stack.gql(`{
      f5xcTenant {
        children { name }
        usage(start: "${new Date(Date.now() - 6 * 3_600_000).toISOString()}") { hourlyBreakdown(first: 1) { totalCount } }
        monthlyCharges { amount }
        currentPeriod { totalCost }
      }
    }`);
    expect(res.body.errors).toBeUndefined();
    const entries = stack.sim.log.entries();
    const byEndpoint = new Set(entries.map((e) => e.endpoint));
    expect([...byEndpoint].sort()).toEqual(Object.values(ENDPOINT).sort());
    for (const e of entries) {
      const operation = OPERATIONS.find((op) => ENDPOINT[op] === e.endpoint)!;
      expect(schemaErrors(F5XC_OPERATIONS[operation].request, e.body), `${e.endpoint} ${JSON.stringify(e.body)}`).toBe(
        '',
      );
    }
  });
});
