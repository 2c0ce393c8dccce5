import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FaultSpec } from '../../../src/providers/datadog/simulator/index.js';
import {
  hoursBefore,
  restHourlyUsage,
  restKey,
  startStack,
  type GqlResponse,
  type Stack,
} from '../../helpers/stack.js';
import { ATTEMPTS, FAST_RESILIENCE } from '../../helpers/fastResilience.js';
import {
  NODE_FIELDS as NODE,
  nodeKey,
  type HourlyUsageNode as Node,
  type HourlyUsageNodesPage,
} from '../../helpers/hourlyUsageNodes.js';

/**
 * Every fault the simulator can inject, through the whole stack: while retries outlast it, the
 * answer is exactly the simulator's REST answer; once it outlasts them, the failing field (only)
 * gets a typed error; never wrong data, never a crash, never a cached error; and the next query
 * after the fault stops gets the data again.
 */

const QUERY = `query($start: DateTime!, $end: DateTime, $first: Int, $after: String) {
  hourlyUsage(productFamilies: [logs, iot], start: $start, end: $end, first: $first, after: $after) {
    nodes { ${NODE} }
    pageInfo { hasNextPage endCursor }
  }
  orgs { name }
}`;

interface Data {
  hourlyUsage: HourlyUsageNodesPage | null;
  orgs: Array<{ name: string }> | null;
}

/**
 * Client timeout of the gateway in these tests; "late" faults answer well after it. Generous enough
 * that a healthy answer on a loaded machine is never taken for a timeout (which would retry).
 */
const TIMEOUT_MS = 400;

const FAULTS: Array<[string, FaultSpec, 'UPSTREAM_UNAVAILABLE' | 'UPSTREAM_RATE_LIMITED']> = [
  ['a 5xx', { status: 503 }, 'UPSTREAM_UNAVAILABLE'],
  ['a 429 burst', { kind: 'rateLimit', resetSeconds: 0 }, 'UPSTREAM_RATE_LIMITED'],
  ['an answer slower than the timeout', { kind: 'slow', delayMs: TIMEOUT_MS * 3 }, 'UPSTREAM_UNAVAILABLE'],
  ['no answer at all', { kind: 'timeout' }, 'UPSTREAM_UNAVAILABLE'],
  ['an answer after the timeout', { kind: 'timeout', delayMs: TIMEOUT_MS * 3 }, 'UPSTREAM_UNAVAILABLE'],
  ['a connection reset', { kind: 'reset' }, 'UPSTREAM_UNAVAILABLE'],
  ['malformed JSON', { kind: 'malformed' }, 'UPSTREAM_UNAVAILABLE'],
  ['truncated JSON with a correct Content-Length', { kind: 'truncated' }, 'UPSTREAM_UNAVAILABLE'],
  ['truncated JSON with a wrong Content-Length', { kind: 'truncated', contentLength: 'wrong' }, 'UPSTREAM_UNAVAILABLE'],
];

describe('every fault kind through the stack', () => {
  let stack: Stack;
  let window: { start: string; end: string };
  let expected: string[];
  const responses: string[] = [];

  beforeAll(async () => {
    stack = await startStack({}, (c) => ({ ...c, upstreamTimeoutMs: TIMEOUT_MS }), FAST_RESILIENCE);
    window = { start: hoursBefore(stack.sim.world.now, 24 * 6), end: hoursBefore(stack.sim.world.now, 24 * 5) };
    const rest = await restHourlyUsage(stack, {
      'filter[timestamp][start]': window.start,
      'filter[timestamp][end]': window.end,
      'filter[product_families]': 'logs,iot',
    });
    expected = rest.slice(0, 10).map(restKey);
    expect(expected).toHaveLength(10);
  });
  afterAll(() => stack.stop());
  beforeEach(() => {
    stack.sim.faults.clear();
    stack.sim.log.clear();
  });

  /** The query, fresh from the upstream (the page cache is bypassed). */
  async function query(): Promise<{ data: Data | null | undefined; errors: Array<Record<string, unknown>> }> {
    const res = await stack.gql<Data>(QUERY, { ...window, first: 10 }, { 'Cache-Control': 'no-cache' });
    responses.push(res.text);
    expect(res.status).toBe(200);
    return { data: res.body.data, errors: res.body.errors ?? [] };
  }

  const hourlyRequests = (): number => stack.sim.log.count({ endpoint: 'GetHourlyUsage' });

  it.each(FAULTS)('%s', async (_name, fault, code) => {
    // Retries outlast the fault: exactly the REST answer.
    stack.sim.faults.inject({ ...fault, endpoint: 'GetHourlyUsage', times: ATTEMPTS - 1 });
    const retried = await query();
    expect(retried.errors).toEqual([]);
    expect(retried.data?.hourlyUsage?.nodes.map(nodeKey)).toEqual(expected);
    expect(hourlyRequests()).toBe(ATTEMPTS);

    // The fault outlasts the retries: a typed error on that field only.
    stack.sim.faults.inject({ ...fault, endpoint: 'GetHourlyUsage', times: ATTEMPTS });
    const failed = await query();
    expect(failed.data?.hourlyUsage).toBeNull();
    expect(failed.data?.orgs).toHaveLength(stack.sim.world.orgs.length);
    expect(failed.errors).toHaveLength(1);
    expect(failed.errors[0]).toMatchObject({
      path: ['hourlyUsage'],
      extensions: { code, upstream: { provider: 'datadog', endpoint: 'GetHourlyUsage' } },
    });
    if (code === 'UPSTREAM_RATE_LIMITED') {
      expect((failed.errors[0]?.extensions as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    }
    expect(hourlyRequests()).toBe(2 * ATTEMPTS);

    // The fault is over: the upstream is asked again and the data is back.
    const recovered = await query();
    expect(recovered.errors).toEqual([]);
    expect(recovered.data?.hourlyUsage?.nodes.map(nodeKey)).toEqual(expected);
    expect(hourlyRequests()).toBe(2 * ATTEMPTS + 1);
  });

  it('an upstream failing a seeded share of requests still pages to exactly the REST walk', async () => {
    stack.sim.configure({ maxPageSize: 7 });
    try {
      const rest = await restHourlyUsage(stack, {
        'filter[timestamp][start]': window.start,
        'filter[timestamp][end]': window.end,
        'filter[product_families]': 'logs,iot',
      });
      stack.sim.log.clear();
      stack.sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 500, share: 0.3 });
      const nodes: Node[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 100; guard++) {
        const res: GqlResponse<Data> = await stack.gql<Data>(
          QUERY,
          { ...window, first: 5, after },
          { 'Cache-Control': 'no-cache' },
        );
        expect(res.body.errors).toBeUndefined();
        const page: Data['hourlyUsage'] | undefined = res.body.data?.hourlyUsage;
        if (!page) throw new Error('no page');
        nodes.push(...page.nodes);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(nodes.map(nodeKey)).toEqual(rest.map(restKey));
      // Faults were served and retried.
      expect(stack.sim.log.count({ endpoint: 'GetHourlyUsage', status: 500 })).toBeGreaterThan(0);
    } finally {
      stack.sim.configure({ maxPageSize: 500 });
    }
  });

  it('no API or application key appears in any response or log line', () => {
    const everything = [...responses, ...stack.logLines].join('\n');
    for (const org of stack.sim.world.orgs) {
      expect(everything).not.toContain(org.apiKey);
      expect(everything).not.toContain(org.appKey);
    }
  });
});
