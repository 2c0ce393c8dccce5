import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hoursBefore, startStack, type Stack } from '../../helpers/stack.js';
import { asTenant, tokenAuth } from '../../helpers/tokenAuth.js';

/** What one refused or answered operation cost the gateway process, for the report (never asserted on). */
async function measured<T>(label: string, run: () => Promise<T>): Promise<T> {
  const rss = process.memoryUsage().rss;
  const started = performance.now();
  const result = await run();
  const ms = performance.now() - started;
  const deltaMb = (process.memoryUsage().rss - rss) / 1024 / 1024;
  console.log(`[figures] ${label}: ${ms.toFixed(1)} ms, RSS delta ${deltaMb.toFixed(1)} MB`);
  return result;
}

/** `account { children { parent { children { parent { … } } } } }`, `pairs` children/parent pairs deep. */
function cycleQuery(pairs: number): string {
  let inner = 'publicId';
  for (let i = 0; i < pairs; i++) inner = `children { parent { ${inner} } }`;
  return `{ account { ${inner} } }`;
}

/**
 * `aliases` aliased `orgs { hourlyUsage(first: 1000) }` fields from `$start`, as in the measured
 * attack (every family unless `families` names some).
 */
function fanOutQuery(aliases: number, families = ''): string {
  const only = families === '' ? '' : `productFamilies: [${families}], `;
  const fields = Array.from(
    { length: aliases },
    (_v, i) =>
      `o${i}: orgs { ... on DatadogOrg { hourlyUsage(${only}start: $start, first: 1000) { nodes { hour productFamily } } } }`,
  );
  return `query FanOut($start: DateTime!) { ${fields.join(' ')} }`;
}

describe('operation limits before execution (depth, aliases, upstream-cost budget)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
    // Warm the gateway up (Apollo, the compiled executor), so the figures are the operations' own.
    expect((await stack.gql('{ providers { name } }')).body.errors).toBeUndefined();
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.sim.log.clear());

  it('the children/parent cycle query is refused by the depth limit with no upstream call', async () => {
    const query = cycleQuery(10);
    const res = await measured(`cycle query (${query.length} bytes) refused`, () => stack.gql(query));
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors?.[0]?.message).toMatch(/depth limit of 15 exceeded, found 2\d/);
    expect(res.body.data ?? null).toBeNull();
    expect(stack.sim.log.entries()).toHaveLength(0);
  });

  it('a cycle fanned out by aliases, within the depth and alias limits, is refused by its estimated answer size', async () => {
    // Five levels of two aliased `children { parent { … } }` each: 62 aliases, depth 12.
    let inner = 'publicId';
    for (let i = 0; i < 5; i++) inner = `a: children { parent { ${inner} } } b: children { parent { ${inner} } }`;
    const query = `{ account { ${inner} } }`;
    const res = await measured(`aliased cycle (${query.length} bytes) refused`, () => stack.gql(query));
    expect(res.status).toBe(400);
    const error = res.body.errors?.[0];
    expect(error?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(error?.extensions?.maxResultFields).toBe(2_000_000);
    expect(error?.extensions?.estimatedResultFields).toBeGreaterThan(2_000_000);
    expect(error?.message).toMatch(/answer would hold an estimated \d+ fields/);
    expect(stack.sim.log.entries()).toHaveLength(0);
  });

  it('a shallow cycle within the depth limit is still answered', async () => {
    const res = await stack.gql<{ account: { children: Array<{ parent: { children: unknown[] } }> } }>(cycleQuery(3));
    expect(res.body.errors).toBeUndefined();
    const children = res.body.data?.account.children ?? [];
    expect(children.length).toBe(stack.sim.world.orgs.length - 1);
    expect(children.every((c) => c.parent.children.length === children.length)).toBe(true);
  });

  it('the 50-alias hourly fan-out over 14 months is refused as QUERY_TOO_COSTLY naming estimate and limit, with no upstream call', async () => {
    const start = hoursBefore(stack.sim.world.now, 14 * 730);
    const query = fanOutQuery(50);
    const res = await measured(`50-alias fan-out (${query.length} bytes) refused`, () => stack.gql(query, { start }));
    expect(res.status).toBe(400);
    const error = res.body.errors?.[0];
    expect(error?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    const estimate = error?.extensions?.estimatedUpstreamCalls as number;
    expect(error?.extensions?.maxUpstreamCalls).toBe(500);
    expect(estimate).toBeGreaterThan(500);
    expect(error?.message).toContain(`estimated ${estimate} upstream calls; at most 500`);
    console.log(`[figures] 50-alias fan-out estimate: ${estimate} upstream calls (limit 500)`);
    expect(stack.sim.log.entries()).toHaveLength(0);
  });

  it('the estimate counts the windows a range needs to fill `first`: one family over 14 months is refused where one day is not', async () => {
    const costOf = async (hours: number): Promise<number | null> => {
      const res = await stack.gql(fanOutQuery(15, 'infra_hosts'), { start: hoursBefore(stack.sim.world.now, hours) });
      return (res.body.errors?.[0]?.extensions?.estimatedUpstreamCalls as number | undefined) ?? null;
    };
    // One family is 24 records of an org per 24 h window: `first: 1000` over one day reads one window...
    expect(await costOf(24)).toBeNull();
    expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBeGreaterThan(0);
    // ...over 14 months it needs 42 windows of each of the 15 fields.
    stack.sim.log.clear();
    expect(await costOf(14 * 730)).toBe(15 * 42);
    expect(stack.sim.log.entries()).toHaveLength(0);
  });

  it('more aliases than the alias limit are refused in validation', async () => {
    const fields = Array.from({ length: 65 }, (_v, i) => `a${i}: providers { name }`).join(' ');
    const res = await stack.gql(`{ ${fields} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.message).toMatch(/Aliases limit of 64 exceeded/);
  });

  it('a document past the token limit is refused by the parser, and one past the directive limit in validation', async () => {
    const long = await stack.gql(`{ providers { ${'name '.repeat(5_000)} } }`);
    expect(long.status).toBe(400);
    expect(long.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(long.body.errors?.[0]?.message).toMatch(/Document contains more th.. 5000 tokens/);
    const directives = Array.from({ length: 51 }, () => '@include(if: true)').join(' ');
    const many = await stack.gql(`{ providers { name ${directives} } }`);
    expect(many.status).toBe(400);
    expect(many.body.errors?.[0]?.message).toMatch(/Directives limit of 50 exceeded, found 51/);
    expect(stack.sim.log.entries()).toHaveLength(0);
  });

  it('a normal dashboard query is answered unchanged, in one hourly request beside the org directory', async () => {
    const start = hoursBefore(stack.sim.world.now, 24 * 6);
    const end = hoursBefore(stack.sim.world.now, 24 * 5);
    const res = await measured('dashboard query answered', () =>
      stack.gql<{ orgs: Array<{ publicId: string; hourlyUsage: { nodes: unknown[] } }> }>(
        `query($start: DateTime!, $end: DateTime) {
          orgs { ... on DatadogOrg { publicId hourlyUsage(productFamilies: [infra_hosts], start: $start, end: $end) { nodes { hour } } } }
        }`,
        { start, end },
      ),
    );
    expect(res.body.errors).toBeUndefined();
    const orgs = res.body.data?.orgs ?? [];
    expect(orgs.map((o) => o.publicId)).toEqual(stack.sim.world.orgs.map((o) => o.publicId));
    for (const org of orgs) expect(org.hourlyUsage.nodes).toHaveLength(24);
    expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(1);
  });
});

describe('response-size cap', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({}, (c) => ({ ...c, limits: { ...c.limits, maxResponseBytes: 50_000 } }));
  });
  afterAll(() => stack.stop());

  const query = `query($start: DateTime!, $first: Int) {
    hourlyUsage(start: $start, includeDescendants: true, first: $first) { nodes { hour productFamily measurements { usageType value } } }
  }`;

  it('an answer growing past the cap is cut with RESPONSE_TOO_LARGE naming the cap', async () => {
    const start = hoursBefore(stack.sim.world.now, 24 * 6);
    const res = await measured('1000-record answer past a 50 kB cap', () => stack.gql(query, { start, first: 1000 }));
    expect(res.status).toBe(200);
    expect(res.body.data).toBeNull();
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'RESPONSE_TOO_LARGE', maxResponseBytes: 50_000 });
    expect(res.text.length).toBeLessThan(1000);
  });

  it('an answer within the cap is sent whole', async () => {
    const start = hoursBefore(stack.sim.world.now, 24 * 6);
    const res = await stack.gql<{ hourlyUsage: { nodes: unknown[] } }>(query, { start, first: 10 });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.hourlyUsage.nodes).toHaveLength(10);
  });
});

describe('per-client rate and concurrency limits', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ latencyMs: 300 }, (c) => ({
      ...c,
      // Callers told apart by their bearer tokens.
      auth: tokenAuth([{ tenant: 'alice' }, { tenant: 'bob' }, { tenant: 'carol' }]),
      limits: { ...c.limits, client: { ratePerMinute: 1, burst: 3, maxConcurrent: 1 } },
    }));
  });
  afterAll(() => stack.stop());

  const as = (tenant: string): Record<string, string> => asTenant(tenant);

  it('a client past its concurrency limit gets 429 with Retry-After; another client is served meanwhile', async () => {
    const slow = `{ account { publicId } }`;
    const [first, second, other] = await Promise.all([
      stack.gql(slow, {}, as('alice')),
      stack.gql(slow, {}, as('alice')),
      stack.gql(slow, {}, as('bob')),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 429]);
    const refused = first.status === 429 ? first : second;
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'CLIENT_RATE_LIMITED', limit: 'concurrency' });
    expect(other.status).toBe(200);
    expect(other.body.errors).toBeUndefined();
  });

  it('a client past its rate gets 429 with Retry-After; another client is not', async () => {
    // alice spent 1 of her burst of 3 above (the refused operation spent none); carol has all of hers.
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 3; i++) {
      const res = await fetch(stack.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...as('alice') },
        body: JSON.stringify({ query: '{ providers { name } }' }),
      });
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
      await res.text();
    }
    expect(statuses).toEqual([200, 200, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    const carol = await stack.gql('{ providers { name } }', {}, as('carol'));
    expect(carol.status).toBe(200);
  });
});

describe('per-client limits with authentication off', () => {
  it('do not apply to the anonymous demo caller (loopback only): nothing there tells clients apart', async () => {
    const stack = await startStack({}, (c) => ({
      ...c,
      limits: { ...c.limits, client: { ratePerMinute: 1, burst: 1, maxConcurrent: 1 } },
    }));
    try {
      const answers = await Promise.all(Array.from({ length: 6 }, () => stack.gql('{ providers { name } }')));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    } finally {
      await stack.stop();
    }
  });
});
