import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { startSimulator, type Simulator } from '../../../src/providers/datadog/simulator/index.js';
import { UpstreamHttp, type UpstreamRequest } from '../../../src/upstream/http.js';
import { datadogHttpPolicy } from '../../../src/providers/datadog/datadogHttpPolicy.js';
import { MemoryPageCache, type CachedPage, type PageCache } from '../../../src/upstream/pageCache.js';

/**
 * An operation's view of the upstream client (`forOperation`) reports how long each answer it serves
 * stays fresh: the provider's freshness for an answer that just arrived, what is left of it for a
 * page-cache hit, 0 for a failure. The response cache keeps an answer no longer than the least.
 */

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** A page store that hands its pages back as if each had been kept ten minutes before (a shared store, say). */
class TenMinutesOldPageCache implements PageCache {
  private readonly inner = new MemoryPageCache();
  async get(key: string): Promise<CachedPage | undefined> {
    const page = await this.inner.get(key);
    return page?.expiresAt === undefined ? page : { ...page, expiresAt: page.expiresAt - 10 * MINUTE };
  }
  set(key: string, page: CachedPage, ttlMs: number): Promise<void> {
    return this.inner.set(key, page, ttlMs);
  }
}

/** A page store that drops `expiresAt` (one written before pages carried it). */
class BarePageCache implements PageCache {
  private readonly inner = new MemoryPageCache();
  async get(key: string): Promise<CachedPage | undefined> {
    const page = await this.inner.get(key);
    return page === undefined ? undefined : { status: page.status, text: page.text };
  }
  set(key: string, page: CachedPage, ttlMs: number): Promise<void> {
    return this.inner.set(key, page, ttlMs);
  }
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

/** Hourly usage of a day long settled (its data delay is over). */
function settled(day: string, provider = 'datadog'): UpstreamRequest {
  return {
    provider,
    endpoint: 'GetHourlyUsage',
    baseUrl: sim.url,
    path: '/api/v2/usage/hourly_usage',
    query: [
      ['filter[timestamp][start]', `${day}T00`],
      ['filter[timestamp][end]', `${day}T06`],
      ['filter[product_families]', 'logs'],
    ],
    headers: { 'dd-api-key': sim.world.parent.apiKey, 'dd-application-key': sim.world.parent.appKey },
  };
}

function client(pageCache?: PageCache): UpstreamHttp {
  return new UpstreamHttp({
    logger: pino({ level: 'silent' }),
    retry: { maxAttempts: 1 },
    policies: { datadog: datadogHttpPolicy },
    ...(pageCache ? { pageCache } : {}),
  });
}

describe('UpstreamHttp.forOperation: freshness reports', () => {
  it("an answer that arrives reports the provider's freshness; a page-cache hit what is left of it", async () => {
    const http = client(new TenMinutesOldPageCache());
    try {
      const first: number[] = [];
      await http.forOperation((ms) => first.push(ms)).json(settled('2026-03-01'));
      expect(first).toEqual([HOUR]);
      const second: number[] = [];
      await http.forOperation((ms) => second.push(ms)).json(settled('2026-03-01'));
      expect(sim.log.count()).toBe(1);
      expect(second).toHaveLength(1);
      expect(second[0]).toBeGreaterThan(0);
      expect(second[0]).toBeLessThanOrEqual(HOUR - 10 * MINUTE);
    } finally {
      await http.close();
    }
  });

  it('a hit on a page kept without its expiry reports the whole freshness', async () => {
    const http = client(new BarePageCache());
    try {
      await http.json(settled('2026-03-02'));
      const reports: number[] = [];
      await http.forOperation((ms) => reports.push(ms)).json(settled('2026-03-02'));
      expect(sim.log.count()).toBe(1);
      expect(reports).toEqual([HOUR]);
    } finally {
      await http.close();
    }
  });

  it("reports with the page cache off too, by each provider's policy (none: live)", async () => {
    const http = new UpstreamHttp({
      logger: pino({ level: 'silent' }),
      cache: false,
      policies: { datadog: datadogHttpPolicy },
    });
    try {
      const reports: number[] = [];
      const view = http.forOperation((ms) => reports.push(ms));
      await view.json(settled('2026-03-03'));
      await view.json(settled('2026-03-03', 'unknown-provider'));
      expect(reports).toEqual([HOUR, MINUTE]);
    } finally {
      await http.close();
    }
  });

  it('a failed request, or an answer its parser refuses, reports 0; the client itself reports nothing', async () => {
    const http = client();
    try {
      const reports: number[] = [];
      const view = http.forOperation((ms) => reports.push(ms));
      sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 400, times: 1 });
      await expect(view.json(settled('2026-03-04'))).rejects.toThrow();
      await expect(
        view.fetch(settled('2026-03-04'), () => {
          throw new Error('not the documented shape');
        }),
      ).rejects.toThrow('not the documented shape');
      expect(reports).toEqual([0, 0]);
      await http.json(settled('2026-03-05'));
      expect(reports).toEqual([0, 0]);
    } finally {
      await http.close();
    }
  });
});
