/**
 * The simulator kernel with a toy provider, over real HTTP: a GET endpoint behind a `Toy-Key`
 * header, a POST endpoint under a namespace path parameter taking a JSON body, `{code, message}`
 * errors, and rate-limit headers of its own with the reset as Unix time.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BadRequestError, jsonResponse, type ApiResponse } from '../../../src/simulator/apiResponse.js';
import { headerValue } from '../../../src/http/headerValue.js';
import { startSimServer, type SimServer } from '../../../src/simulator/simServer.js';
import type { SimRoute } from '../../../src/simulator/simRoute.js';

interface Tenant {
  id: string;
  namespaces: string[];
}

const TENANTS: Record<string, Tenant> = {
  'token-a': { id: 'tenant-a', namespaces: ['prod', 'staging env'] },
  'token-b': { id: 'tenant-b', namespaces: ['dev'] },
};

const STATS = '/v1/stats';
const usagePath = (namespace: string): string => `/api/web/namespaces/${encodeURIComponent(namespace)}/usage_details`;

/** The toy's error shape. */
const toyError = (status: number, message: string): ApiResponse => jsonResponse(status, { code: status, message });

const ROUTES: SimRoute<Tenant>[] = [
  {
    method: 'GET',
    path: STATS,
    operationId: 'GetStats',
    rateLimitName: 'stats',
    handle: ({ principal, query }) =>
      jsonResponse(200, { tenant: principal.id, from: query.get('from') }, { 'Toy-Trace': 'stats' }),
  },
  {
    method: 'POST',
    path: '/api/web/namespaces/{namespace}/usage_details',
    operationId: 'UsageDetails',
    rateLimitName: 'usage',
    handle: ({ principal, params, body }) => {
      const range = (body as { range?: unknown } | undefined)?.range;
      if (typeof range !== 'string') throw new BadRequestError(`range must be a string; got ${typeof range}`);
      return jsonResponse(200, { tenant: principal.id, namespace: params.namespace, range });
    },
  },
];

const PERIOD_SECONDS = 864_000;

let sim: SimServer;
beforeAll(async () => {
  sim = await startSimServer<Tenant, SimRoute<Tenant>>({
    seed: 'toy',
    rateLimit: { limit: 3, periodSeconds: PERIOD_SECONDS },
    rateLimitHeaders: { remaining: 'Toy-RateLimit-Remaining', reset: 'Toy-RateLimit-Reset', resetAs: 'epochSeconds' },
    maxBodyBytes: 256,
    routes: ROUTES,
    authenticate(headers) {
      const key = headerValue(headers, 'toy-key');
      if (!key) return { rejection: toyError(401, 'Toy-Key header required') };
      const tenant = TENANTS[key];
      return tenant ? { principal: tenant, publicId: tenant.id } : { rejection: toyError(403, 'unknown key') };
    },
    precheck(route, { principal, params }) {
      if (route.operationId !== 'UsageDetails') return undefined;
      const namespace = params.namespace as string;
      return principal.namespaces.includes(namespace)
        ? undefined
        : toyError(403, `namespace ${namespace} is not the tenant's`);
    },
    errorResponse: (status, message) => toyError(status, message),
    health: () => ({ tenants: Object.keys(TENANTS).length }),
  });
});
afterAll(async () => {
  await sim.stop();
});
afterEach(() => {
  sim.faults.clear();
  sim.log.clear();
  // A fresh budget for every test.
  sim.configure({ rateLimit: { limit: 3, periodSeconds: PERIOD_SECONDS } });
});

interface Answer {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

async function send(method: string, path: string, key: string | null, body?: string): Promise<Answer> {
  const res = await fetch(`${sim.url}${path}`, {
    method,
    headers: {
      ...(key === null ? {} : { 'Toy-Key': key }),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body }),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : undefined };
}

const post = (namespace: string, body: unknown, key: string | null = 'token-a'): Promise<Answer> =>
  send('POST', usagePath(namespace), key, JSON.stringify(body));

describe('simulator kernel', () => {
  it('routes by method and path, with percent-decoded path parameters, 404 and 405', async () => {
    const stats = await send('GET', `${STATS}?from=2026-03-01`, 'token-a');
    expect(stats.status).toBe(200);
    expect(stats.json).toEqual({ tenant: 'tenant-a', from: '2026-03-01' });
    expect(stats.headers.get('toy-trace')).toBe('stats');
    expect(stats.headers.get('content-type')).toBe('application/json');

    const usage = await post('staging env', { range: '24h' });
    expect(usage.status).toBe(200);
    expect(usage.json).toEqual({ tenant: 'tenant-a', namespace: 'staging env', range: '24h' });

    const unknown = await send('GET', '/api/web/namespaces/prod', 'token-a');
    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual({ code: 404, message: 'Not found' });
    expect((await send('GET', `${STATS}/`, 'token-a')).status).toBe(404);

    const postStats = await send('POST', STATS, 'token-a', '{}');
    expect(postStats.status).toBe(405);
    expect(postStats.headers.get('allow')).toBe('GET');
    const getUsage = await send('GET', usagePath('prod'), 'token-a');
    expect(getUsage.status).toBe(405);
    expect(getUsage.headers.get('allow')).toBe('POST');
    expect(getUsage.json).toEqual({ code: 405, message: 'Method Not Allowed' });
  });

  it("authenticates through the provider's callback: its 401/403 bodies, without rate-limit headers", async () => {
    const missing = await send('GET', STATS, null);
    expect(missing.status).toBe(401);
    expect(missing.json).toEqual({ code: 401, message: 'Toy-Key header required' });
    expect(missing.headers.get('toy-ratelimit-remaining')).toBeNull();
    const unknown = await post('prod', { range: '1h' }, 'token-z');
    expect(unknown.status).toBe(403);
    expect(unknown.json).toEqual({ code: 403, message: 'unknown key' });
    expect(unknown.headers.get('toy-ratelimit-remaining')).toBeNull();
    expect((await send('GET', STATS, 'token-b')).json.tenant).toBe('tenant-b');
  });

  it("hands JSON bodies to handlers; the provider's pre-check, bad JSON, validation and oversize bodies answer in its shape", async () => {
    const foreign = await post('dev', { range: '1h' });
    expect(foreign.status).toBe(403);
    expect(foreign.json).toEqual({ code: 403, message: "namespace dev is not the tenant's" });
    expect(foreign.headers.get('toy-ratelimit-remaining')).toBe('2');

    const notJson = await send('POST', usagePath('prod'), 'token-a', '{"range":');
    expect(notJson.status).toBe(400);
    expect(notJson.json.message).toMatch(/^The request body must be JSON/);
    expect(notJson.headers.get('toy-ratelimit-remaining')).toBe('1');

    const invalid = await post('prod', { range: 24 });
    expect(invalid.status).toBe(400);
    expect(invalid.json).toEqual({ code: 400, message: 'range must be a string; got number' });

    const huge = await post('prod', { range: '1h', padding: 'x'.repeat(300) });
    expect(huge.status).toBe(413);
    expect(huge.json).toEqual({ code: 413, message: 'The request body must be at most 256 bytes; got a larger one' });
  });

  it('sends the injected rate-limit headers (reset as Unix time) and answers 429 once the budget is spent', async () => {
    const before = Math.floor(Date.now() / 1000);
    const remaining: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await send('GET', STATS, 'token-a');
      expect(res.status).toBe(200);
      remaining.push(res.headers.get('toy-ratelimit-remaining')!);
      const reset = Number(res.headers.get('toy-ratelimit-reset'));
      // The end of the calendar-aligned period the request fell in, in epoch seconds.
      expect(reset % PERIOD_SECONDS).toBe(0);
      expect(reset).toBeGreaterThan(before);
      expect(reset).toBeLessThanOrEqual(before + PERIOD_SECONDS + 1);
      expect(res.headers.get('x-ratelimit-remaining')).toBeNull();
      expect(res.headers.get('x-ratelimit-limit')).toBeNull();
    }
    expect(remaining).toEqual(['2', '1', '0']);

    const limited = await send('GET', STATS, 'token-a');
    expect(limited.status).toBe(429);
    expect(limited.json).toEqual({ code: 429, message: 'Too many requests' });
    expect(limited.headers.get('toy-ratelimit-remaining')).toBe('0');
    // Budgets are per (endpoint, principal).
    expect((await send('GET', STATS, 'token-b')).status).toBe(200);
    expect((await post('prod', { range: '1h' })).status).toBe(200);
    sim.configure({ rateLimit: { limit: 3, periodSeconds: PERIOD_SECONDS } });
    expect((await send('GET', STATS, 'token-a')).status).toBe(200);
  });

  it("injects faults through the control route, with the provider's bodies and header names", async () => {
    const inject = (spec: object): Promise<Answer> => send('POST', '/_simulator/faults', null, JSON.stringify(spec));
    expect((await inject({ endpoint: 'UsageDetails', status: 502 })).status).toBe(200);
    expect((await send('GET', STATS, 'token-a')).status).toBe(200);
    const failed = await post('prod', { range: '1h' });
    expect(failed.status).toBe(502);
    expect(failed.json).toEqual({ code: 502, message: 'Bad Gateway' });
    expect(failed.headers.get('toy-ratelimit-remaining')).toBe('2');
    expect((await post('prod', { range: '1h' })).status).toBe(200);

    await inject({ endpoint: 'GetStats', kind: 'rateLimit', resetSeconds: 30 });
    const before = Math.floor(Date.now() / 1000);
    const limited = await send('GET', STATS, 'token-a');
    const after = Math.floor(Date.now() / 1000);
    expect(limited.status).toBe(429);
    expect(limited.json).toEqual({ code: 429, message: 'Too many requests' });
    expect(limited.headers.get('toy-ratelimit-remaining')).toBe('0');
    const reset = Number(limited.headers.get('toy-ratelimit-reset'));
    expect(reset).toBeGreaterThanOrEqual(before + 30);
    expect(reset).toBeLessThanOrEqual(after + 30);

    const bad = await inject({ status: 42 });
    expect(bad.status).toBe(400);
    expect(bad.json.message).toMatch(
      /^A fault must be a JSON FaultSpec: Fault status must be an HTTP status code; got 42/,
    );
    await inject({ status: 500, times: 3 });
    expect((await send('DELETE', '/_simulator/faults', null)).json).toEqual({ cleared: true });
    expect((await send('GET', STATS, 'token-a')).status).toBe(200);
  });

  it('logs every API request with its endpoint, query, redacted body, status and principal; serves health', async () => {
    await send('GET', `${STATS}?from=x&api_key=secret`, 'token-a');
    await post('prod', { range: '1h', auth: { token: 'secret' } }, 'token-b');
    await send('GET', STATS, null);
    await send('GET', '/nowhere', 'token-a');
    await send('GET', '/_simulator/health', null);

    const { json } = await send('GET', '/_simulator/requests', null);
    const entries = json.requests.map((e: Record<string, unknown>) => {
      const { at, seq, ...rest } = e;
      expect(typeof at).toBe('string');
      expect(typeof seq).toBe('number');
      return rest;
    });
    expect(entries).toEqual([
      {
        method: 'GET',
        path: STATS,
        endpoint: 'GetStats',
        query: { from: 'x', api_key: '[redacted]' },
        status: 200,
        orgPublicId: 'tenant-a',
      },
      {
        method: 'POST',
        path: usagePath('prod'),
        endpoint: 'UsageDetails',
        query: {},
        body: { range: '1h', auth: { token: '[redacted]' } },
        status: 403,
        orgPublicId: 'tenant-b',
      },
      { method: 'GET', path: STATS, endpoint: 'GetStats', query: {}, status: 401, orgPublicId: null },
      { method: 'GET', path: '/nowhere', endpoint: 'unknown', query: {}, status: 404, orgPublicId: 'tenant-a' },
    ]);
    expect(sim.log.count({ endpoint: 'UsageDetails' })).toBe(1);

    const health = await send('GET', '/_simulator/health', null);
    expect(health.json).toEqual({ status: 'ok', tenants: 2 });
  });
});
