import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { startSimulator, type Simulator } from '../../../../src/providers/datadog/simulator/index.js';
import { createUpstreamHttp, type UpstreamHttp } from '../../../../src/upstream/http.js';
import { datadogHttpPolicy } from '../../../../src/providers/datadog/datadogHttpPolicy.js';
import type { DatadogApi } from '../../../../src/providers/datadog/datadogApi.js';
import {
  createHourlyUsageOpenLoader,
  createHourlyUsagePageLoader,
  type HourlyUsageOpenKey,
  type HourlyUsageOpenLoader,
} from '../../../../src/providers/datadog/hourlyUsage/hourlyUsageLoaders.js';
import { loadOrgDirectory } from '../../../../src/providers/datadog/orgs/orgDirectory.js';

/**
 * The segment-opening loader on its own, against the simulator through the real upstream client
 * (page cache on): what one operation's loaders ask the upstream, and when each view gets its page.
 */
describe('the hourly-usage open loader', () => {
  let sim: Simulator;
  let http: UpstreamHttp;
  let api: DatadogApi;
  beforeAll(async () => {
    sim = await startSimulator({});
    http = createUpstreamHttp({
      logger: pino({ level: 'silent' }),
      policies: { datadog: datadogHttpPolicy },
      retry: { maxAttempts: 1 },
    });
    api = {
      http,
      baseUrl: sim.url,
      credentials: { apiKey: sim.world.parent.apiKey, appKey: sim.world.parent.appKey },
    };
  });
  afterAll(async () => {
    await http.close();
    await sim.stop();
  });

  /** The loaders of a new operation. */
  const operation = (): HourlyUsageOpenLoader =>
    createHourlyUsageOpenLoader({
      pages: createHourlyUsagePageLoader(api),
      directory: () => loadOrgDirectory(api, sim.world.now),
      orgCount: () => null,
    });
  /** One settled multi-org day, `daysBack` days before the simulator's now. */
  const day = (daysBack: number): HourlyUsageOpenKey => {
    const end = new Date(Math.floor(sim.world.now.getTime() / 86_400_000 - daysBack) * 86_400_000);
    return {
      start: new Date(end.getTime() - 86_400_000),
      end,
      families: ['logs'],
      scope: { kind: 'descendants' },
      multiOrg: true,
      pageLimit: 500,
    };
  };
  const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

  it('resolves each window as its own first page lands: a cached window does not wait for a slow one', async () => {
    const cached = day(10);
    const slow = day(11);
    const warm = await operation().load(cached);
    await turn(); // the page cache stores in the background
    sim.log.clear();
    sim.faults.inject({ endpoint: 'GetHourlyUsage', kind: 'slow', delayMs: 1500 });

    // One operation opens both windows in the same tick: one batch.
    const open = operation();
    let slowSettled = false;
    const slowOpened = open.load(slow).finally(() => {
      slowSettled = true;
    });
    const cachedOpened = await open.load(cached);
    await turn();
    // The cached window is served while the slow one is still on its way.
    expect(slowSettled).toBe(false);
    expect(cachedOpened.page.records).toEqual(warm.page.records);
    expect(cachedOpened.page.records).toHaveLength(24 * sim.world.orgs.length);

    const slowPage = await slowOpened;
    expect(slowPage.page.records.every((r) => r.product_family === 'logs')).toBe(true);
    expect(slowPage.page.records).toHaveLength(24 * sim.world.orgs.length);
    // Only the slow window reached the upstream.
    expect(sim.log.entries({ endpoint: 'GetHourlyUsage' }).map((e) => e.query['filter[timestamp][start]'])).toEqual([
      slow.start.toISOString().slice(0, 13),
    ]);
  });

  it('a window opened ahead is joined by the views that ask for it later, and a failure is not kept', async () => {
    sim.log.clear();
    const open = operation();
    const w = day(12);
    open.openAhead([{ start: w.start, end: w.end, families: ['logs'] }]);
    expect(open.readsWindow(w.start, w.end, ['logs'])).toBe(true);
    expect(open.readsWindow(w.start, w.end, ['logs', 'iot'])).toBe(false);
    // An account view and a child-org view ask later, in another batch: no new request.
    const later = await Promise.all([
      open.load({ ...w, scope: { kind: 'account', publicId: null }, multiOrg: false }),
      open.load({ ...w, scope: { kind: 'org', publicId: sim.world.orgs[1]!.publicId } }),
    ]);
    expect(sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(1);
    expect(sim.log.count({ endpoint: 'GetUsageSummary' })).toBe(1); // the account view's account ID
    expect(later[0].page).toBe(later[1].page);

    // A request that fails is dropped: the next view asking for its window asks again.
    const other = day(13);
    sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 500 });
    open.openAhead([{ start: other.start, end: other.end, families: ['logs'] }]);
    await expect(open.load({ ...other })).rejects.toThrow();
    expect(open.readsWindow(other.start, other.end, ['logs'])).toBe(false);
    const again = await open.load({ ...other });
    expect(again.page.records).toHaveLength(24 * sim.world.orgs.length);
  });
});
