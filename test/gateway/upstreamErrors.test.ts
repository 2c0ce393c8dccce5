import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hoursBefore, startStack, type GqlResponse, type Stack } from '../helpers/stack.js';

/**
 * Upstream failures become typed errors on the failing field only; the rest of the response
 * survives; nothing is cached; no key ever appears in a response or a log line.
 */
describe('upstream faults', () => {
  let stack: Stack;
  let start: string;
  const responses: string[] = [];
  beforeAll(async () => {
    stack = await startStack();
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

  async function both(
    headers?: Record<string, string>,
  ): Promise<GqlResponse<{ hourlyUsage: { nodes: unknown[] } | null; orgs: unknown[] | null }>> {
    const res = await stack.gql<{ hourlyUsage: { nodes: unknown[] } | null; orgs: unknown[] | null }>(
      BOTH,
      { start },
      headers,
    );
    responses.push(res.text);
    return res;
  }

  it('a 5xx on one endpoint fails that field with UPSTREAM_UNAVAILABLE and keeps the other', async () => {
    stack.sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 503 });
    const res = await both();
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

  it('the error is not cached: the same query right after succeeds', async () => {
    stack.sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 500 });
    expect((await both()).body.data?.hourlyUsage).toBeNull();
    const again = await both();
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data?.hourlyUsage?.nodes).toHaveLength(2);
  });

  it('a 403 is FORBIDDEN on the failing field only', async () => {
    stack.sim.faults.inject({ endpoint: 'GetUsageSummary', status: 403, body: '{"errors":["Forbidden"]}' });
    const res = await both();
    expect(res.body.data?.orgs).toBeNull();
    expect(res.body.data?.hourlyUsage?.nodes).toHaveLength(2);
    expect(res.body.errors?.[0]).toMatchObject({
      path: ['orgs'],
      extensions: { code: 'FORBIDDEN', upstream: { endpoint: 'GetUsageSummary', status: 403, errors: ['Forbidden'] } },
    });
  });

  it('unknown keys sent by the client are FORBIDDEN, and the keys appear nowhere', async () => {
    const res = await both({ 'DD-API-KEY': 'f'.repeat(32), 'DD-APPLICATION-KEY': 'e'.repeat(40) });
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(res.text).not.toContain('f'.repeat(32));
    expect(stack.logLines.join('\n')).not.toContain('f'.repeat(32));
  });

  it('one key header without the other is UNAUTHENTICATED, never a fall-back to the configured keys', async () => {
    const res = await both({ 'DD-API-KEY': stack.sim.world.orgs[1]!.apiKey });
    expect(res.body.data).toEqual({ hourlyUsage: null, orgs: null });
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(res.body.errors?.[0]?.message).toMatch(/DD-APPLICATION-KEY is missing; send both or neither/);
    expect(stack.sim.log.count()).toBe(0);
  });

  it('no credentials at all is UNAUTHENTICATED before any upstream call', async () => {
    const bare = await startStack({}, (c) => ({ ...c, datadog: { ...c.datadog, credentials: null } }));
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
    expect(res.body.data?.orgs).toBeNull();
    expect(res.body.errors?.[0]).toMatchObject({
      path: ['orgs'],
      extensions: {
        code: 'BAD_USER_INPUT',
        upstream: {
          endpoint: 'GetUsageSummary',
          status: 400,
          errors: ['API called with non-parent org keys. Data is only available at the root level org'],
        },
      },
    });
  });

  it('a 429 is UPSTREAM_RATE_LIMITED with the seconds to wait, on that field only', async () => {
    // One request per hour and endpoint: a first query spends the hourly-usage budget only.
    stack.sim.configure({ rateLimit: { limit: 1, periodSeconds: 3600 } });
    try {
      const spend = await stack.gql(
        `query($start: DateTime!) { hourlyUsage(productFamilies: [iot], start: $start, first: 1) { nodes { hour } } }`,
        {
          start,
        },
      );
      expect(spend.body.errors).toBeUndefined();
      const res = await both();
      expect(res.body.data?.hourlyUsage).toBeNull();
      expect(res.body.data?.orgs).toHaveLength(stack.sim.world.orgs.length);
      expect(res.body.errors).toHaveLength(1);
      const error = res.body.errors?.[0];
      expect(error?.path).toEqual(['hourlyUsage']);
      expect(error?.extensions?.code).toBe('UPSTREAM_RATE_LIMITED');
      expect(error?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
      expect(error?.extensions?.retryAfterSeconds).toBeLessThanOrEqual(3600);
      expect(error?.message).toMatch(/rate limit reached for GetHourlyUsage; retry after \d+ s/);
    } finally {
      stack.sim.configure({ rateLimit: { limit: 1000, periodSeconds: 60 } });
    }
  });

  it.each([
    ['a body that is not JSON', 'not json at all'],
    ['a truncated body', '{"data":[{"attributes":{"org_name":"x"'],
    ['JSON of the wrong shape', '{"data": 5}'],
    ['records missing their keys', '{"data":[{"attributes":{"org_name":"x"}}]}'],
  ])('%s is UPSTREAM_UNAVAILABLE, never wrong data', async (_name, body) => {
    stack.sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 200, body });
    const res = await both();
    expect(res.body.data?.hourlyUsage).toBeNull();
    expect(res.body.errors?.[0]).toMatchObject({ path: ['hourlyUsage'], extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect(res.body.data?.orgs).toHaveLength(stack.sim.world.orgs.length);
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
  it('an upstream slower than the timeout is UPSTREAM_UNAVAILABLE', async () => {
    const stack = await startStack({ latencyMs: 1500 }, (c) => ({ ...c, upstreamTimeoutMs: 200 }));
    try {
      const res = await stack.gql(
        `{ hourlyUsage(start: "${hoursBefore(stack.sim.world.now, 100)}", first: 1) { nodes { hour } } }`,
      );
      expect(res.body.errors?.[0]).toMatchObject({
        path: ['hourlyUsage'],
        extensions: { code: 'UPSTREAM_UNAVAILABLE' },
      });
      expect(res.body.errors?.[0]?.message).toMatch(/no answer within 200 ms/);
    } finally {
      await stack.stop();
    }
  });

  it('an upstream that is not listening is UPSTREAM_UNAVAILABLE', async () => {
    const stack = await startStack({}, (c) => ({ ...c, datadog: { ...c.datadog, baseUrl: 'http://127.0.0.1:1' } }));
    try {
      const res = await stack.gql(`{ orgs { name } }`);
      expect(res.body.errors?.[0]).toMatchObject({ path: ['orgs'], extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
      expect(res.body.errors?.[0]?.message).toMatch(/connection was refused/);
    } finally {
      await stack.stop();
    }
  });
});
