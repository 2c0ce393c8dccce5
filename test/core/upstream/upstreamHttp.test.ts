import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { UpstreamError } from '../../../src/errors.js';
import { startSimulator, type Simulator } from '../../../src/providers/datadog/simulator/index.js';
import { UpstreamHttp, type UpstreamRequest } from '../../../src/upstream/http.js';
import { datadogHttpPolicy } from '../../../src/providers/datadog/datadogHttpPolicy.js';
import type { UpstreamObserver } from '../../../src/upstream/upstreamObserver.js';

/** UpstreamHttp on its own against the simulator: what it tells its observer, breakers, deadlines. */

type Event = { kind: keyof UpstreamObserver } & Record<string, unknown>;

function recordingObserver(events: Event[]): UpstreamObserver {
  const record =
    (kind: keyof UpstreamObserver) =>
    (e: object): void =>
      void events.push({ kind, ...e });
  return {
    attempt: record('attempt'),
    retry: record('retry'),
    paced: record('paced'),
    rateLimited: record('rateLimited'),
    rateLimit: record('rateLimit'),
    cache: record('cache'),
    shared: record('shared'),
    breaker: record('breaker'),
  };
}

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ now: new Date('2026-03-10T12:00:00Z') });
});
afterAll(() => sim.stop());
beforeEach(() => {
  sim.faults.clear();
  sim.log.clear();
});

function hourly(start: string, extra: Partial<UpstreamRequest> = {}): UpstreamRequest {
  return {
    provider: 'datadog',
    endpoint: 'GetHourlyUsage',
    baseUrl: sim.url,
    path: '/api/v2/usage/hourly_usage',
    query: [
      ['filter[timestamp][start]', start],
      ['filter[timestamp][end]', '2026-03-02T00'],
      ['filter[product_families]', 'logs'],
    ],
    headers: { 'dd-api-key': sim.world.parent.apiKey, 'dd-application-key': sim.world.parent.appKey },
    ...extra,
  };
}

function client(events: Event[], options: Partial<ConstructorParameters<typeof UpstreamHttp>[0]> = {}): UpstreamHttp {
  return new UpstreamHttp({
    logger: pino({ level: 'silent' }),
    observer: recordingObserver(events),
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
    breaker: { failureThreshold: 3, coolDownMs: 100 },
    policies: { datadog: datadogHttpPolicy },
    ...options,
  });
}

describe('UpstreamHttp', () => {
  it('tells its observer about attempts, rate-limit readings, cache lookups, retries and 429s', async () => {
    const events: Event[] = [];
    const http = client(events);
    try {
      await http.json(hourly('2026-03-01T00'));
      await http.json(hourly('2026-03-01T00'));
      sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 503 });
      sim.faults.inject({ endpoint: 'GetHourlyUsage', kind: 'rateLimit', resetSeconds: 0 });
      await http.json(hourly('2026-03-01T01'));
      expect(events.map((e) => e.kind)).toEqual([
        'cache', // miss
        'rateLimit',
        'attempt',
        'cache', // hit
        'cache', // miss
        'rateLimit',
        'attempt', // 503
        'retry',
        'rateLimit',
        'attempt', // 429
        'rateLimited',
        'retry',
        'rateLimit',
        'attempt', // 200
      ]);
      expect(events.filter((e) => e.kind === 'cache').map((e) => e.hit)).toEqual([false, true, false]);
      expect(events.filter((e) => e.kind === 'attempt').map((e) => [e.status, e.outcome])).toEqual([
        [200, 'ok'],
        [503, 'http_error'],
        [429, 'http_error'],
        [200, 'ok'],
      ]);
      expect(events.filter((e) => e.kind === 'retry').map((e) => e.reason)).toEqual(['http_5xx', 'rate_limited']);
      expect(events.find((e) => e.kind === 'rateLimit')).toMatchObject({
        provider: 'datadog',
        limitName: 'usage_metering_hourly_usage',
        limit: 1000,
      });
      expect(sim.log.count()).toBe(4);
    } finally {
      await http.close();
    }
  });

  it('tells its observer about shared requests and breaker changes', async () => {
    const events: Event[] = [];
    const http = client(events, { cache: false });
    try {
      sim.configure({ latencyMs: 50 });
      await Promise.all([http.json(hourly('2026-03-01T00')), http.json(hourly('2026-03-01T00'))]);
      sim.configure({ latencyMs: 0 });
      expect(events.filter((e) => e.kind === 'shared')).toHaveLength(1);
      expect(sim.log.count()).toBe(1);

      sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 500, times: 3 });
      await expect(http.json(hourly('2026-03-01T00'))).rejects.toBeInstanceOf(UpstreamError);
      await expect(http.json(hourly('2026-03-01T00'))).rejects.toThrow(/failed 3 times in a row/);
      expect(sim.log.count()).toBe(4);
      await new Promise((resolve) => setTimeout(resolve, 150));
      await http.json(hourly('2026-03-01T00'));
      expect(events.filter((e) => e.kind === 'breaker').map((e) => e.state)).toEqual(['open', 'half_open', 'closed']);
      expect(events.find((e) => e.kind === 'breaker')).toMatchObject({
        provider: 'datadog',
        endpoint: 'GetHourlyUsage',
      });
    } finally {
      sim.configure({ latencyMs: 0 });
      await http.close();
    }
  });

  it('a request past its deadline fails without being sent; a 4xx is never retried nor a POST cached', async () => {
    const events: Event[] = [];
    const http = client(events);
    try {
      await expect(http.json(hourly('2026-03-01T00', { deadline: Date.now() - 1 }))).rejects.toThrow(
        /no answer before the operation's deadline/,
      );
      expect(sim.log.count()).toBe(0);
      const post = hourly('2026-03-01T00', { method: 'POST', body: { a: 1 } });
      const before = events.length;
      await expect(http.json(post)).rejects.toMatchObject({ upstream: { status: 405 } });
      await expect(http.json(post)).rejects.toMatchObject({ upstream: { status: 405 } });
      expect(sim.log.count()).toBe(2);
      // A POST never even looks at the page cache (errors are not cached for any method, so only the
      // absence of lookups shows it).
      expect(events.slice(before).filter((e) => e.kind === 'cache')).toEqual([]);
      expect(events.slice(0, before).filter((e) => e.kind === 'cache')).toHaveLength(1); // the GET did look
    } finally {
      await http.close();
    }
  });

  it('the page cache keys on a hash of the credentials and never stores a key', async () => {
    const stored: string[] = [];
    const http = new UpstreamHttp({
      logger: pino({ level: 'silent' }),
      pageCache: {
        get: () => Promise.resolve(undefined),
        set: (key) => {
          stored.push(key);
          return Promise.resolve();
        },
      },
    });
    try {
      await http.json(hourly('2026-03-01T00'));
      expect(stored).toHaveLength(1);
      expect(stored[0]).not.toContain(sim.world.parent.apiKey);
      expect(stored[0]).not.toContain(sim.world.parent.appKey);
      expect(stored[0]).toContain('GetHourlyUsage');
    } finally {
      await http.close();
    }
  });
});
