import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { request } from 'undici';
import { hoursBefore, startStack, type Stack } from '../../helpers/stack.js';

/** The value of one sample line of a Prometheus exposition, 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (!Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) continue;
    total += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return total;
}

describe('operations surface: /healthz, /readyz, /metrics', () => {
  let stack: Stack;
  let base: string;
  beforeAll(async () => {
    stack = await startStack({}, (c) => ({ ...c, metrics: { ...c.metrics, maxOperationNames: 3 } }));
    base = stack.gateway.url.replace(/\/graphql$/, '');
  });
  afterAll(() => stack.stop());

  async function metrics(): Promise<string> {
    const res = await request(`${base}/metrics`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    return res.body.text();
  }

  it('/healthz and /readyz answer 200 on a started gateway', async () => {
    for (const path of ['/healthz', '/readyz']) {
      const res = await request(`${base}${path}`);
      expect(res.statusCode).toBe(200);
      expect(await res.body.json()).toEqual({ status: path === '/readyz' ? 'ready' : 'ok' });
    }
    expect(stack.gateway.ready).toBe(true);
  });

  it('/metrics lists the upstream, GraphQL and process metrics', async () => {
    const text = await metrics();
    for (const name of [
      'meterql_upstream_requests_total',
      'meterql_upstream_request_duration_seconds',
      'meterql_upstream_retries_total',
      'meterql_upstream_rate_limited_total',
      'meterql_upstream_rate_limit_remaining',
      'meterql_upstream_cache_lookups_total',
      'meterql_upstream_singleflight_shared_total',
      'meterql_upstream_circuit_breaker_state',
      'meterql_graphql_operations_total',
      'meterql_graphql_operation_duration_seconds',
      'meterql_process_cpu_seconds_total',
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
  });

  it('/metrics names every provider the gateway serves and how it is reached', async () => {
    const text = await metrics();
    expect(sample(text, 'meterql_provider_info', { provider: 'datadog', mode: 'real' })).toBe(1);
    expect(sample(text, 'meterql_provider_info', { provider: 'fastly', mode: 'unconfigured' })).toBe(1);
    expect(sample(text, 'meterql_provider_info', { provider: 'f5xc', mode: 'unconfigured' })).toBe(1);
    expect(text.split('\n').filter((l) => l.startsWith('meterql_provider_info{'))).toHaveLength(3);
  });

  it('the upstream observer feeds every upstream metric with its labels', async () => {
    const o = stack.gateway.metrics.upstream;
    const before = await metrics();
    const labels = { provider: 'test', endpoint: 'GetThing' };
    o.attempt({ ...labels, status: 200, durationMs: 12, outcome: 'ok' });
    o.attempt({ ...labels, status: 429, durationMs: 3, outcome: 'http_error' });
    o.retry({ ...labels, reason: 'rate_limited', delayMs: 1000 });
    o.rateLimited(labels);
    o.rateLimit({ provider: 'test', limitName: 'thing_limit', remaining: 7, limit: 30 });
    o.cache({ ...labels, hit: true });
    o.cache({ ...labels, hit: false });
    o.cache({ ...labels, hit: false });
    o.shared(labels);
    o.breaker({ ...labels, state: 'open' });
    const after = await metrics();
    const delta = (name: string, l: Record<string, string> = {}): number =>
      sample(after, name, { ...labels, ...l }) - sample(before, name, { ...labels, ...l });
    expect(delta('meterql_upstream_requests_total', { status: '200', outcome: 'ok' })).toBe(1);
    expect(delta('meterql_upstream_requests_total', { status: '429' })).toBe(1);
    expect(delta('meterql_upstream_request_duration_seconds_count')).toBe(2);
    expect(delta('meterql_upstream_request_duration_seconds_sum')).toBeCloseTo(0.015, 6);
    expect(delta('meterql_upstream_retries_total', { reason: 'rate_limited' })).toBe(1);
    expect(delta('meterql_upstream_rate_limited_total')).toBe(1);
    expect(sample(after, 'meterql_upstream_rate_limit_remaining', { limit_name: 'thing_limit' })).toBe(7);
    expect(sample(after, 'meterql_upstream_rate_limit_limit', { limit_name: 'thing_limit' })).toBe(30);
    expect(delta('meterql_upstream_cache_lookups_total', { result: 'hit' })).toBe(1);
    expect(delta('meterql_upstream_cache_lookups_total', { result: 'miss' })).toBe(2);
    expect(delta('meterql_upstream_singleflight_shared_total')).toBe(1);
    expect(sample(after, 'meterql_upstream_circuit_breaker_state', { ...labels, state: 'open' })).toBe(1);
    expect(sample(after, 'meterql_upstream_circuit_breaker_state', { ...labels, state: 'closed' })).toBe(0);
  });

  it('the upstream request counter moves by exactly what the simulator served', async () => {
    const before = sample(await metrics(), 'meterql_upstream_requests_total', { provider: 'datadog' });
    stack.sim.log.clear();
    const start = hoursBefore(stack.sim.world.now, 24 * 5);
    const res = await stack.gql(
      `{ orgs { publicId } hourlyUsage(start: "${start}", includeDescendants: true, productFamilies: [logs]) { nodes { hour } } }`,
    );
    expect(res.body.errors).toBeUndefined();
    // Each window resolves as its own page lands, so a window opened ahead of need may still be on its
    // way when the answer is sent: compare once the gateway has its answer too.
    await vi.waitFor(async () => {
      const served = stack.sim.log.count();
      expect(served).toBeGreaterThanOrEqual(2);
      const after = sample(await metrics(), 'meterql_upstream_requests_total', { provider: 'datadog' });
      expect(after - before).toBe(served);
    });
  });

  it('counts operations by name and outcome (ok, partial, error), anonymous when unnamed, capped names', async () => {
    const before = await metrics();
    const start = hoursBefore(stack.sim.world.now, 24 * 5);
    await stack.gql(`query Dash { account { name } }`);
    await stack.gql(`query Dash { account { name } }`);
    await stack.gql(`{ account { publicId } }`);
    // One failing field next to one that answers: partial.
    stack.sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 400 });
    await stack.gql(
      `query Mixed { account { name } hourlyUsage(start: "${start}", productFamilies: [logs], first: 1) { nodes { hour } } }`,
    );
    // Refused at plan time (beyond retention), no data: error.
    await stack.gql(`query TooOld { hourlyUsage(start: "2001-01-01") { nodes { hour } } }`);
    // A document that does not validate has no trusted operation name.
    await stack.gql(`query Broken { nope }`);
    // Names past the cap (3: Dash, Mixed, TooOld) count as other.
    await stack.gql(`query Extra1 { account { name } }`);
    await stack.gql(`query Extra2 { account { name } }`);
    const after = await metrics();
    const delta = (operation: string, outcome: string): number =>
      sample(after, 'meterql_graphql_operations_total', { operation, outcome }) -
      sample(before, 'meterql_graphql_operations_total', { operation, outcome });
    expect(delta('Dash', 'ok')).toBe(2);
    expect(delta('anonymous', 'ok')).toBe(1);
    expect(delta('Mixed', 'partial')).toBe(1);
    expect(delta('TooOld', 'error')).toBe(1);
    expect(delta('anonymous', 'error')).toBe(1);
    expect(delta('other', 'ok')).toBe(2);
    expect(
      sample(after, 'meterql_graphql_operation_duration_seconds_count', { operation: 'Dash', outcome: 'ok' }) -
        sample(before, 'meterql_graphql_operation_duration_seconds_count', { operation: 'Dash', outcome: 'ok' }),
    ).toBe(2);
    // The log line of each operation says the same outcome as its metric, with the codes it returned.
    const logged = stack.logLines
      .map(
        (line) => JSON.parse(line) as { msg?: string; operationName?: string; outcome?: string; errorCodes?: string[] },
      )
      .filter((l) => l.msg === 'graphql operation');
    const outcomeOf = (name: string) =>
      logged.filter((l) => l.operationName === name).map((l) => [l.outcome, l.errorCodes]);
    expect(outcomeOf('Mixed')).toEqual([['partial', ['BAD_USER_INPUT']]]);
    expect(outcomeOf('TooOld')).toEqual([['error', ['BAD_USER_INPUT']]]);
    expect(outcomeOf('Dash')).toEqual([
      ['ok', []],
      ['ok', []],
    ]);
  });
});

describe('METERQL_METRICS=false', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({}, (c) => ({ ...c, metrics: { ...c.metrics, enabled: false } }));
  });
  afterAll(() => stack.stop());

  it('serves no /metrics and counts nothing at all', async () => {
    const res = await stack.gql('query Named { account { name } }');
    expect(res.body.errors).toBeUndefined();
    expect(stack.sim.log.count()).toBeGreaterThan(0);
    const base = stack.gateway.url.replace(/\/graphql$/, '');
    expect((await request(`${base}/metrics`)).statusCode).toBe(404);
    const { body } = await stack.gateway.metrics.render();
    expect(sample(body, 'meterql_upstream_requests_total')).toBe(0);
    expect(sample(body, 'meterql_graphql_operations_total')).toBe(0);
    expect(body).not.toContain('meterql_process_cpu_seconds_total');
  });
});
