import { afterEach, describe, expect, it } from 'vitest';
import { createF5xcWorld } from '../../../../src/providers/f5xc/simulator/index.js';
import { startF5xcStack, withF5xc, type F5xcStack } from '../../../helpers/f5xcStack.js';

let stack: F5xcStack | undefined;
afterEach(async () => {
  await stack?.stop();
  stack = undefined;
});

describe('F5 upstream errors in the graph', () => {
  it("a token that may not read the tenant's namespace: FORBIDDEN with F5's own words, other fields intact", async () => {
    // Tokens are a pure function of the seed: the `shop`-only token of the simulator about to start.
    const shopToken = createF5xcWorld('meterql', new Date()).principals[1]!.token;
    stack = await startF5xcStack({ configure: (c) => withF5xc(c, { token: shopToken }) });
    const res = await stack.gql<{ f5xcTenant: { name: string; monthlyCharges: unknown } }>(
      `{ f5xcTenant { name monthlyCharges { amount } } }`,
    );
    expect(res.body.data!.f5xcTenant).toEqual({ name: stack.sim.world.tenant, monthlyCharges: null });
    expect(res.body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['f5xcTenant', 'monthlyCharges'], 'FORBIDDEN'],
    ]);
    expect(res.body.errors![0]!.message).toContain("Permission denied: the API token may not read namespace 'system'");
    expect(res.text).not.toContain(stack.sim.world.principals[1]!.token);
  });

  it('an unknown token: UNAUTHENTICATED, and the token never appears in the answer or the log', async () => {
    stack = await startF5xcStack({ configure: (c) => withF5xc(c, { token: 'not-a-real-token-123' }) });
    const res = await stack.gql(`{ f5xcTenant { currentPeriod { totalCost } } }`);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.body.errors?.[0]?.message).toContain('Authentication required');
    expect(res.text).not.toContain('not-a-real-token-123');
    expect(stack.logLines.join('\n')).not.toContain('not-a-real-token-123');
  });

  it('a spent budget: UPSTREAM_RATE_LIMITED with retryAfterSeconds, without running into the 429', async () => {
    stack = await startF5xcStack({ sim: { rateLimit: { limit: 1, periodSeconds: 3600 } } });
    const first = await stack.gql(`{ f5xcTenant { monthlyCharges { amount } } }`);
    expect(first.body.errors).toBeUndefined();
    const second = await stack.gql(`{ f5xcTenant { monthlyCharges { amount } } }`);
    expect(second.body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_RATE_LIMITED');
    expect(second.body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    // The first answer said `X-RateLimit-Remaining: 0`: the gateway's pacer does not send the second.
    expect(stack.sim.log.count({ endpoint: 'ListMonthlyUsage' })).toBe(1);
  });
});
