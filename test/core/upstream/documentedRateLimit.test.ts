import { createServer, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { pino } from 'pino';
import { UpstreamHttp, type UpstreamRequest } from '../../../src/upstream/http.js';
import { rateLimitHeaderReader, type UpstreamPolicy } from '../../../src/upstream/upstreamPolicy.js';
import { NOOP_UPSTREAM_OBSERVER } from '../../../src/upstream/upstreamObserver.js';

/**
 * A provider that documents its rate limit: a fresh upstream client starts from it instead of probing
 * one request at a time. The upstream here holds every request until the test answers it, so what
 * is in flight together is seen, not timed.
 */

let server: Server;
let baseUrl: string;
/** Requests received and not answered yet. */
const held: Array<{ method: string; res: ServerResponse }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => held.push({ method: req.method ?? '', res }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  held.length = 0;
});

/** Answers every held request, optionally with a budget reading (Fastly style: remaining and an epoch reset). */
function answerAll(remaining?: number): void {
  for (const { res } of held.splice(0)) {
    res.writeHead(200, {
      'content-type': 'application/json',
      ...(remaining === undefined
        ? {}
        : {
            'toy-ratelimit-remaining': String(remaining),
            'toy-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
          }),
    });
    res.end('{}');
  }
}

const POLICY: UpstreamPolicy = {
  createFreshness: () => () => 0,
  readRateLimit: rateLimitHeaderReader({
    remaining: 'toy-ratelimit-remaining',
    reset: 'toy-ratelimit-reset',
    resetIs: 'epochSeconds',
  }),
  cacheableMethods: new Set(['GET']),
  credentialHeaders: ['toy-key'],
};

/** A client on `policy`; the endpoints of the requests its pacer held go to `paced`. */
function client(policy: UpstreamPolicy, paced: string[] = []): UpstreamHttp {
  const observer = { ...NOOP_UPSTREAM_OBSERVER, paced: (e: { endpoint: string }) => void paced.push(e.endpoint) };
  return new UpstreamHttp({ logger: pino({ level: 'silent' }), policies: { toy: policy }, cache: false, observer });
}

const request = (method: 'GET' | 'POST', endpoint: string, n: number): UpstreamRequest => ({
  provider: 'toy',
  endpoint,
  method,
  baseUrl,
  path: `/${endpoint}/${n}`,
  headers: { 'toy-key': 'k1' },
  ...(method === 'POST' ? { body: { n } } : {}),
});

/** Lets the client send what it may, then says how many requests the upstream holds. */
async function inFlight(expected: number): Promise<void> {
  await vi.waitFor(() => expect(held).toHaveLength(expected));
  // Nothing more arrives while they are held.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(held).toHaveLength(expected);
}

describe('a documented rate limit seeds the pacer', () => {
  it('without one, a fresh client probes one request at a time until an answer reports the budget', async () => {
    const paced: string[] = [];
    const http = client(POLICY, paced);
    try {
      const reads = [1, 2, 3, 4].map((n) => http.json(request('GET', 'Stats', n)));
      await inFlight(1);
      answerAll(); // no rate-limit headers: unlimited
      await inFlight(3);
      answerAll();
      await Promise.all(reads);
      // The three held behind the probe are reported as paced (metrics, the export command's waits).
      expect(paced).toEqual(['Stats', 'Stats', 'Stats']);
    } finally {
      await http.close();
    }
  });

  it('reads documented as unlimited go together at once; counted requests go up to the documented limit', async () => {
    // Fastly's documentation: 1,000 non-read requests an hour (2 here), reads unlimited.
    const paced: string[] = [];
    const http = client(
      {
        ...POLICY,
        documentedRateLimit: { limit: 2, periodSeconds: 3600, methods: ['POST', 'PUT', 'PATCH', 'DELETE'] },
      },
      paced,
    );
    try {
      const reads = [1, 2, 3, 4].map((n) => http.json(request('GET', 'Stats', n)));
      await inFlight(4);
      answerAll();
      await Promise.all(reads);

      // Two endpoints counted by one documented budget share it: two go, the third waits.
      const writes = [
        http.json(request('POST', 'Purge', 1)),
        http.json(request('POST', 'Purge', 2)),
        http.json(request('POST', 'UpdateService', 3)),
      ];
      await inFlight(2);
      expect(held.map((h) => h.method)).toEqual(['POST', 'POST']);
      // The answers report the real budget, larger than documented: the third goes.
      answerAll(10);
      await inFlight(1);
      answerAll(9);
      await Promise.all(writes);
      // Only the third write waited for the budget; the reads never did.
      expect(paced).toEqual(['UpdateService']);
    } finally {
      await http.close();
    }
  });

  it('a documented limit that cannot be met is refused when the client is built', () => {
    expect(() => client({ ...POLICY, documentedRateLimit: { limit: 0, periodSeconds: 60 } })).toThrow(
      /integer limit >= 1 per a period > 0 s, but got: 0 per 60 s/,
    );
  });
});
