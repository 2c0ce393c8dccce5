import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hoursBefore, startStack, withDatadog, type GqlResponse, type Stack } from '../../helpers/stack.js';
import { ATTEMPTS, FAST_RESILIENCE } from '../../helpers/fastResilience.js';

/**
 * Upstream failures become typed errors on the failing field only, once retries (for failures worth
 * retrying) are spent; the rest of the response survives; no error is cached; no key ever appears
 * in a response or a log line. The gateway runs its production upstream behaviour with small delays.
 */
describe('upstream faults', () => {
  let stack: Stack;
  let start: string;
  const responses: string[] = [];
  beforeAll(async () => {
    stack = await startStack({}, (c) => c, FAST_RESILIENCE);
    start = hoursBefore(stack.sim.world.now, 24 * 5);
  });
  afterAll(async () => {
    await stack.stop();
  });
  beforeEach(() => {
    stack.sim.faults.clear();
    stack.sim.log.clear();
  });

  const BOTH = `query($start: DateTime!) {
    hourlyUsage(productFamilies: [logs], start: $start, first: 2) { nodes { hour } }
    orgs { name }
  }`;

  /**
   * Runs BOTH; bypasses the page cache unless `cached` (then `hoursEarlier` moves the window so that
   * no earlier test has cached it).
   */
  async function both(
    headers: Record<string, string> = {},
    cached = false,
    hoursEarlier = 0,
  ): Promise<GqlResponse<{ hourlyUsage: { nodes: unknown[] } | null; orgs: unknown[] | null }>> {
    const res = await stack.gql<{ hourlyUsage: { nodes: unknown[] } | null; orgs: unknown[] | null }>(
      BOTH,
      { start: hoursBefore(stack.sim.world.now, 24 * 5 + hoursEarlier) },
      cached ? headers : { 'Cache-Control': 'no-cache', ...headers },
    );
    responses.push(res.text);
    return res;
  }

  it('a 5xx that outlasts the retries fails that field with UPSTREAM_UNAVAILABLE and keeps the other', async () => {
    stack.sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 503, times: ATTEMPTS });
    const res = await both();
    expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage', status: 503 })).toBe(ATTEMPTS);
    expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(ATTEMPTS);
    expect(res.body.errors?.[0]?.message).toMatch(/failed \(HTTP 503\).*\(4 attempts\)/);
    expect(res.status).toBe(200);
    expect(res.body.data?.hourlyUsage).toBeNull();
    expect(res.body.data?.orgs).toHaveLength(stack.sim.world.orgs.length);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors?.[0]).toMatchObject({
      path: ['hourlyUsage'],
      extensions: {
        code: 'UPSTREAM_UNAVAILABLE',
        upstream: { provider: 'datadog', endpoint: 'GetHourlyUsage', status: 503 },
      },
    });
  });

  it('a 5xx the retries outlast is invisible: the field has its data', async () => {
    stack.sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 502, times: ATTEMPTS - 1 });
    const res = await both();
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.hourlyUsage?.nodes).toHaveLength(2);
    expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(ATTEMPTS);
  });

  it('the error is not cached: the same query right after succeeds, then comes from the cache', async () => {
    stack.sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 500, times: ATTEMPTS });
    expect((await both({}, true, 1)).body.data?.hourlyUsage).toBeNull();
    const again = await both({}, true, 1);
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data?.hourlyUsage?.nodes).toHaveLength(2);
    expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(ATTEMPTS + 1);
    const third = await both({}, true, 1);
    expect(third.body).toEqual(again.body);
    expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(ATTEMPTS + 1);
  });

  it('a 403 is FORBIDDEN on the failing field only', async () => {
    stack.sim.faults.inject({ endpoint: 'GetUsageSummary', status: 403, body: '{"errors":["Forbidden"]}' });
    const res = await both();
    // The provider that cannot list its orgs contributes one null entry, with its error at that index.
    expect(res.body.data?.orgs).toEqual([null]);
    expect(res.body.data?.hourlyUsage?.nodes).toHaveLength(2);
    expect(res.body.errors?.[0]).toMatchObject({
      path: ['orgs', 0],
      extensions: { code: 'FORBIDDEN', upstream: { endpoint: 'GetUsageSummary', status: 403, errors: ['Forbidden'] } },
    });
    // A 4xx other than 429 is never retried.
    expect(stack.sim.log.count({ endpoint: 'GetUsageSummary' })).toBe(1);
  });

  it('unknown keys sent by the client are FORBIDDEN, and the keys appear nowhere', async () => {
    const res = await both({ 'DD-API-KEY': 'f'.repeat(32), 'DD-APPLICATION-KEY': 'e'.repeat(40) });
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(res.text).not.toContain('f'.repeat(32));
    expect(stack.logLines.join('\n')).not.toContain('f'.repeat(32));
  });

  it('one key header without the other is UNAUTHENTICATED, never a fall-back to the configured keys', async () => {
    const res = await both({ 'DD-API-KEY': stack.sim.world.orgs[1]!.apiKey });
    expect(res.body.data).toEqual({ hourlyUsage: null, orgs: [null] });
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(res.body.errors?.[0]?.message).toMatch(/DD-APPLICATION-KEY is missing; send both or neither/);
    expect(stack.sim.log.count()).toBe(0);
  });

  it('no credentials at all is UNAUTHENTICATED before any upstream call', async () => {
    const bare = await startStack({}, (c) => withDatadog(c, { credentials: null }));
    try {
      const res = await bare.gql(`{ orgs { name } }`);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.body.errors?.[0]?.message).toMatch(/No Datadog credentials: configure DD_API_KEY and DD_APP_KEY/);
      expect(bare.sim.log.count()).toBe(0);
    } finally {
      await bare.stop();
    }
  });

  it('an upstream 400 (parent-only endpoint called with child keys) is BAD_USER_INPUT with the upstream message', async () => {
    const child = stack.sim.world.orgs[2];
    if (!child) throw new Error('no child org');
    const res = await both({ 'DD-API-KEY': child.apiKey, 'DD-APPLICATION-KEY': child.appKey });
    expect(res.body.data?.hourlyUsage?.nodes).toHaveLength(2);
    expect(res.body.data?.orgs).toEqual([null]);
    expect(res.body.errors?.[0]).toMatchObject({
      path: ['orgs', 0],
      extensions: {
        code: 'BAD_USER_INPUT',
        upstream: {
          endpoint: 'GetUsageSummary',
          status: 400,
          errors: ['API called with non-parent org keys. Data is only available at the root level org'],
        },
      },
    });
    expect(stack.sim.log.count({ endpoint: 'GetUsageSummary' })).toBe(1);
  });

  it('a spent budget is UPSTREAM_RATE_LIMITED with the seconds to wait, on that field only, without a 429', async () => {
    // One request per hour and endpoint: a first query spends the hourly-usage budget only. A stack of
    // its own, as the gateway remembers a spent budget until the upstream said it resets.
    const limited = await startStack({ rateLimit: { limit: 1, periodSeconds: 3600 } }, (c) => c, FAST_RESILIENCE);
    try {
      const spend = await limited.gql(
        `query($start: DateTime!) { hourlyUsage(productFamilies: [iot], start: $start, first: 1) { nodes { hour } } }`,
        { start },
      );
      expect(spend.body.errors).toBeUndefined();
      const res = await limited.gql<{ hourlyUsage: unknown; orgs: unknown[] | null }>(BOTH, { start });
      responses.push(res.text);
      expect(res.body.data?.hourlyUsage).toBeNull();
      expect(res.body.data?.orgs).toHaveLength(limited.sim.world.orgs.length);
      expect(res.body.errors).toHaveLength(1);
      const error = res.body.errors?.[0];
      expect(error?.path).toEqual(['hourlyUsage']);
      expect(error?.extensions?.code).toBe('UPSTREAM_RATE_LIMITED');
      expect(error?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
      expect(error?.extensions?.retryAfterSeconds).toBeLessThanOrEqual(3600);
      expect(error?.message).toMatch(/rate limit reached for GetHourlyUsage; retry after \d+ s/);
      // The gateway knew the budget was spent: it never sent a request that would 429.
      expect(limited.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(1);
      expect(limited.sim.log.count({ status: 429 })).toBe(0);
    } finally {
      await limited.stop();
    }
  });

  // Bodies that do not parse are retried (a proxy may have cut them); JSON of the wrong shape is not
  // (it would come again), and neither is ever cached.
  it.each([
    ['a body that is not JSON', 'not json at all', ATTEMPTS, 2],
    ['a truncated body', '{"data":[{"attributes":{"org_name":"x"', ATTEMPTS, 3],
    ['JSON of the wrong shape', '{"data": 5}', 1, 4],
    ['records missing their keys', '{"data":[{"attributes":{"org_name":"x"}}]}', 1, 5],
  ])('%s is UPSTREAM_UNAVAILABLE, never wrong data, never cached', async (_name, body, requests, hoursEarlier) => {
    stack.sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 200, body, times: requests });
    const res = await both({}, true, hoursEarlier);
    expect(res.body.data?.hourlyUsage).toBeNull();
    expect(res.body.errors?.[0]).toMatchObject({ path: ['hourlyUsage'], extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect(res.body.data?.orgs).toHaveLength(stack.sim.world.orgs.length);
    expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(requests);
    // Once the fault stops, the same query reaches the upstream again and gets the data.
    const again = await both({}, true, hoursEarlier);
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data?.hourlyUsage?.nodes).toHaveLength(2);
    expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(requests + 1);
  });

  it('JSON:API error objects are read too', async () => {
    stack.sim.faults.inject({
      endpoint: 'GetHourlyUsage',
      status: 400,
      body: '{"errors":[{"status":"400","title":"Bad Request","detail":"invalid filter"}]}',
    });
    const res = await both();
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      upstream: { errors: ['Bad Request: invalid filter'] },
    });
  });

  it('no API or application key appears in any response or log line', () => {
    const everything = [...responses, ...stack.logLines].join('\n');
    expect(stack.logLines.length).toBeGreaterThan(0);
    for (const org of stack.sim.world.orgs) {
      expect(everything).not.toContain(org.apiKey);
      expect(everything).not.toContain(org.appKey);
    }
  });
});

describe('transport failures', () => {
  it('an upstream slower than the timeout on every attempt is UPSTREAM_UNAVAILABLE', async () => {
    const stack = await startStack({ latencyMs: 1500 }, (c) => ({ ...c, upstreamTimeoutMs: 200 }), FAST_RESILIENCE);
    try {
      const res = await stack.gql(
        `{ hourlyUsage(start: "${hoursBefore(stack.sim.world.now, 100)}", first: 1) { nodes { hour } } }`,
      );
      expect(res.body.errors?.[0]).toMatchObject({
        path: ['hourlyUsage'],
        extensions: { code: 'UPSTREAM_UNAVAILABLE' },
      });
      expect(res.body.errors?.[0]?.message).toMatch(/no answer within 200 ms \(4 attempts\)/);
    } finally {
      await stack.stop();
    }
  });

  it('an upstream that is not listening is UPSTREAM_UNAVAILABLE', async () => {
    const stack = await startStack({}, (c) => withDatadog(c, { baseUrl: 'http://127.0.0.1:1' }), FAST_RESILIENCE);
    try {
      const res = await stack.gql(`{ orgs { name } }`);
      expect(res.body.errors?.[0]).toMatchObject({ path: ['orgs', 0], extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
      expect(res.body.errors?.[0]?.message).toMatch(/connection was refused/);
    } finally {
      await stack.stop();
    }
  });
});
