import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createLogger } from '../../../src/gateway/createGateway.js';
import { UpstreamHttp, type UpstreamRequest } from '../../../src/upstream/http.js';
import type { UpstreamObserver } from '../../../src/upstream/upstreamObserver.js';
import {
  DEFAULT_UPSTREAM_POLICY,
  rateLimitHeaderReader,
  type UpstreamPolicy,
} from '../../../src/upstream/upstreamPolicy.js';

/**
 * The upstream client takes each provider's policy: which methods are cacheable reads (a POST read's
 * body is part of its key), how budgets are read from headers (seconds-until or epoch seconds), and
 * which headers carry credentials (redacted from logs).
 */

interface Seen {
  method: string;
  url: string;
  body: string;
}

let server: Server;
let baseUrl: string;
const seen: Seen[] = [];
const NOW_S = Math.floor(Date.now() / 1000);

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, {
        'content-type': 'application/json',
        // Datadog-style headers too: only a policy that names them may read them.
        'x-ratelimit-name': 'dd-style',
        'x-ratelimit-remaining': '3',
        'toy-ratelimit-name': 'usage',
        'toy-ratelimit-remaining': '7',
        'toy-ratelimit-reset': String(NOW_S + 30),
      });
      res.end(JSON.stringify({ n: seen.length }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen.length = 0;
});

const TOY_POLICY: UpstreamPolicy = {
  createFreshness: () => () => 60_000,
  readRateLimit: rateLimitHeaderReader({
    name: 'toy-ratelimit-name',
    remaining: 'toy-ratelimit-remaining',
    reset: 'toy-ratelimit-reset',
    resetIs: 'epochSeconds',
  }),
  cacheableMethods: new Set(['GET', 'POST']),
  credentialHeaders: ['toy-key'],
};

function client(readings: Array<Record<string, unknown>>): UpstreamHttp {
  const noop = (): void => undefined;
  const observer: UpstreamObserver = {
    attempt: noop,
    retry: noop,
    paced: noop,
    rateLimited: noop,
    rateLimit: (e) => void readings.push({ ...e }),
    cache: noop,
    shared: noop,
    breaker: noop,
  };
  return new UpstreamHttp({ logger: pino({ level: 'silent' }), observer, policies: { toy: TOY_POLICY } });
}

function post(provider: string, body: unknown): UpstreamRequest {
  return {
    provider,
    endpoint: 'Usage',
    baseUrl,
    path: '/usage',
    method: 'POST',
    headers: { 'toy-key': 'k1' },
    body,
  };
}

describe('rateLimitHeaderReader()', () => {
  it('turns an epoch-second reset into seconds from now, and keeps seconds-until as it is', () => {
    const epoch = rateLimitHeaderReader({ reset: 'r', remaining: 'left', resetIs: 'epochSeconds' });
    expect(epoch({ r: '1000030', left: '3' }, 1_000_000_000)).toMatchObject({ resetSeconds: 30, remaining: 3 });
    expect(epoch({ r: '999990' }, 1_000_000_000).resetSeconds).toBe(0);
    const until = rateLimitHeaderReader({ reset: 'r', resetIs: 'secondsUntil' });
    expect(until({ r: '12' }, 1_000_000_000)).toEqual({
      name: null,
      limit: null,
      periodSeconds: null,
      remaining: null,
      resetSeconds: 12,
    });
  });

  it('the default policy reads no budget and keeps answers the live TTL', () => {
    expect(DEFAULT_UPSTREAM_POLICY.readRateLimit({ 'x-ratelimit-remaining': '1' }, 0).remaining).toBeNull();
    expect(
      DEFAULT_UPSTREAM_POLICY.createFreshness({ liveTtlMs: 5 })({ provider: 'x', endpoint: 'y', query: [] }, 0),
    ).toBe(5);
  });
});

describe('UpstreamHttp with provider policies', () => {
  it("caches a provider's POST reads by body: the same body once, another body again", async () => {
    const readings: Array<Record<string, unknown>> = [];
    const http = client(readings);
    try {
      const a1 = await http.json(post('toy', { namespace: 'a' }));
      const a2 = await http.json(post('toy', { namespace: 'a' }));
      const b = await http.json(post('toy', { namespace: 'b' }));
      expect(seen.map((s) => `${s.method} ${s.body}`)).toEqual(['POST {"namespace":"a"}', 'POST {"namespace":"b"}']);
      expect(a1.body).toEqual({ n: 1 });
      expect(a2.body).toEqual({ n: 1 });
      expect(b.body).toEqual({ n: 2 });
      // The budget was read from the provider's own headers.
      expect(readings).toEqual([
        { provider: 'toy', limitName: 'usage', remaining: 7, limit: null },
        { provider: 'toy', limitName: 'usage', remaining: 7, limit: null },
      ]);
    } finally {
      await http.close();
    }
  });

  it('a provider without a policy: POSTs are not cached and no budget is read from its headers', async () => {
    const readings: Array<Record<string, unknown>> = [];
    const http = client(readings);
    try {
      await http.json(post('other', { namespace: 'a' }));
      await http.json(post('other', { namespace: 'a' }));
      expect(seen).toHaveLength(2);
      expect(readings).toEqual([]);
    } finally {
      await http.close();
    }
  });
});

describe('createLogger()', () => {
  it("redacts the providers' credential headers wherever they appear", () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (l: string) => void lines.push(l) }, ['toy-key']);
    logger.info({ headers: { 'toy-key': 'secret-1', accept: 'json' } }, 'a');
    logger.info({ req: { headers: { 'toy-key': 'secret-2', authorization: 'APIToken secret-3' } } }, 'b');
    expect(lines.join('')).not.toMatch(/secret-/);
    expect(lines[0]).toContain('"accept":"json"');
  });
});
