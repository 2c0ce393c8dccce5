import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { startSimulator, type Simulator } from '../../../../src/providers/datadog/simulator/index.js';
import { UpstreamHttp } from '../../../../src/upstream/http.js';
import { datadogHttpPolicy } from '../../../../src/providers/datadog/datadogHttpPolicy.js';
import type { DatadogApi } from '../../../../src/providers/datadog/datadogApi.js';
import {
  fetchHourlyUsagePage,
  type HourlyUsageRequest,
} from '../../../../src/providers/datadog/hourlyUsage/hourlyUsageClient.js';

/**
 * A page-cache hit hands out the records parsed from that cached page the first time, not a new copy
 * per hit. Every operation reading the page shares them: outside production (here) they are frozen,
 * so code that changes them fails its tests.
 */
describe('records of a cached page', () => {
  let sim: Simulator;
  let http: UpstreamHttp;
  let api: DatadogApi;
  const request: HourlyUsageRequest = {
    start: new Date('2026-03-01T00:00:00Z'),
    end: new Date('2026-03-02T00:00:00Z'),
    productFamilies: ['infra_hosts', 'logs'],
    includeDescendants: true,
    pageLimit: 100,
    nextRecordId: null,
  };
  beforeAll(async () => {
    sim = await startSimulator({ now: new Date('2026-03-10T12:00:00Z') });
    http = new UpstreamHttp({ logger: pino({ level: 'silent' }), policies: { datadog: datadogHttpPolicy } });
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

  it('are parsed once per cached page and shared by every hit', async () => {
    const first = await fetchHourlyUsagePage(api, request);
    const again = await fetchHourlyUsagePage(api, request);
    expect(sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(1);
    expect(first.records).toHaveLength(100);
    expect(again).toBe(first);
    // Another page is parsed on its own.
    const other = await fetchHourlyUsagePage(api, { ...request, pageLimit: 99 });
    expect(other).not.toBe(first);
    expect(other.records[0]).toEqual(first.records[0]);
  });

  it('are frozen at every depth: no operation can change what the others read', async () => {
    const page = await fetchHourlyUsagePage(api, request);
    const record = page.records[0]!;
    expect(Object.isFrozen(page)).toBe(true);
    expect(Object.isFrozen(page.records)).toBe(true);
    expect(Object.isFrozen(record)).toBe(true);
    expect(Object.isFrozen(record.measurements)).toBe(true);
    expect(Object.isFrozen(record.measurements[0])).toBe(true);
    expect(() => {
      (record as { org_name: string }).org_name = 'changed';
    }).toThrow(TypeError);
    expect(() => (page.records as unknown[]).pop()).toThrow(TypeError);
    expect((await fetchHourlyUsagePage(api, request)).records[0]?.org_name).toBe(record.org_name);
  });
});
