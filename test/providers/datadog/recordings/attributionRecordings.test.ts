import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordedFixture, serveRecorded } from '../../../helpers/recordedFixture.js';
import { fetchHourlyUsageAttributionPage } from '../../../../src/providers/datadog/attribution/hourlyUsageAttributionClient.js';
import { fetchMonthlyUsageAttributionPage } from '../../../../src/providers/datadog/attribution/monthlyUsageAttributionClient.js';
import { startSimulator, type Simulator } from '../../../../src/providers/datadog/simulator/index.js';

/**
 * The attribution client modules on bodies recorded from the real API (test/providers/datadog/fixtures, from
 * Datadog's own client test recordings), and the simulator's records checked against the recorded shape.
 */
const HOURLY = recordedFixture('hourly_usage_attribution.json');
const MONTHLY = recordedFixture('monthly_usage_attribution.json');
const MONTHLY_AFTER_LAST = recordedFixture('monthly_usage_attribution_after_last_page.json');

describe('attribution client modules on recorded Datadog answers', () => {
  const urls: string[] = [];
  const api = serveRecorded((req) => {
    const url = req.url ?? '';
    urls.push(url);
    if (url.startsWith('/api/v1/usage/hourly-attribution')) return [200, HOURLY];
    return [200, url.includes('next_record_id=') ? MONTHLY_AFTER_LAST : MONTHLY];
  });

  it('hourly: reads the recorded page (no region, tags null, integer sums, null next_record_id)', async () => {
    const page = await fetchHourlyUsageAttributionPage(api(), {
      start: new Date('2022-05-20T08:00:00Z'),
      end: new Date('2022-05-21T08:00:00Z'),
      usageType: 'infra_host_usage',
      tagBreakdownKeys: ['project'],
      includeDescendants: true,
      nextRecordId: null,
    });
    expect(page.nextRecordId).toBeNull();
    expect(page.records).toHaveLength(16);
    expect(page.records[0]).toEqual({
      hour: '2022-05-20T08:00:00+00:00',
      org_name: 'DD Integration Tests (321813)',
      public_id: 'fasjyydbcgwwc2uc',
      region: null,
      tag_config_source: 'DD Integration Tests (321813):::project',
      tags: null,
      total_usage_sum: 18,
      updated_at: '2022-05-21T00',
      usage_type: 'infra_host_usage',
    });
    expect(urls.at(-1)).toBe(
      '/api/v1/usage/hourly-attribution?start_hr=2022-05-20T08&end_hr=2022-05-21T08&usage_type=infra_host_usage&include_descendants=true&tag_breakdown_keys=project',
    );
  });

  it('monthly: reads the recorded page and its aggregates, then the recorded empty page after the last', async () => {
    const request = {
      startMonth: new Date('2022-05-01T00:00:00Z'),
      endMonth: null,
      fields: ['infra_host_usage'],
      sortDirection: null,
      sortName: null,
      tagBreakdownKeys: [],
      includeDescendants: true,
    };
    const page = await fetchMonthlyUsageAttributionPage(api(), { ...request, nextRecordId: null });
    expect(page.records).toEqual([
      {
        month: '2022-05-01T00:00:00+00:00',
        org_name: 'DD Integration Tests (321813)',
        public_id: 'fasjyydbcgwwc2uc',
        region: null,
        tag_config_source: 'DD Integration Tests (321813):::project',
        tags: null,
        updated_at: '2022-05-22T09:05:00Z',
        values: { infra_host_usage: 19 },
      },
    ]);
    expect(page.aggregates).toEqual([{ agg_type: 'sum', field: 'infra_host_usage', value: 19 }]);
    expect(page.nextRecordId).toBeNull();
    expect(urls.at(-1)).toBe(
      '/api/v1/usage/monthly-attribution?start_month=2022-05&fields=infra_host_usage&include_descendants=true',
    );
    const after = await fetchMonthlyUsageAttributionPage(api(), { ...request, nextRecordId: 'null' });
    expect(after.records).toEqual([]);
    // (From the pagination recording, whose account had 15 hosts that month.)
    expect(after.aggregates).toEqual([{ agg_type: 'sum', field: 'infra_host_usage', value: 15 }]);
    expect(after.nextRecordId).toBeNull();
  });
});

describe('simulated attribution records have the recorded shape', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ now: new Date('2026-03-10T12:00:00Z') });
  });
  afterAll(() => sim.stop());
  const get = async (path: string): Promise<Record<string, unknown>> => {
    const res = await fetch(`${sim.url}${path}`, {
      headers: { 'DD-API-KEY': sim.world.parent.apiKey, 'DD-APPLICATION-KEY': sim.world.parent.appKey },
    });
    return (await res.json()) as Record<string, unknown>;
  };
  const keysOf = (body: Record<string, unknown>): string[] =>
    Object.keys((body.usage as Array<Record<string, unknown>>)[0] ?? {}).sort();

  it('the recorded keys, plus `region` (documented by the spec, absent from the 2022 recordings)', async () => {
    const recordedHourly = JSON.parse(HOURLY) as Record<string, unknown>;
    const hourly = await get('/api/v1/usage/hourly-attribution?start_hr=2026-03-05T08&usage_type=infra_host_usage');
    expect(keysOf(hourly)).toEqual([...keysOf(recordedHourly), 'region'].sort());
    expect(Object.keys(hourly)).toEqual(Object.keys(recordedHourly));
    const recordedMonthly = JSON.parse(MONTHLY) as Record<string, unknown>;
    const monthly = await get('/api/v1/usage/monthly-attribution?start_month=2026-02&fields=infra_host_usage');
    expect(keysOf(monthly)).toEqual([...keysOf(recordedMonthly), 'region'].sort());
    expect(Object.keys(monthly.metadata as object).sort()).toEqual(
      Object.keys(recordedMonthly.metadata as object).sort(),
    );
    expect(Object.keys((monthly.metadata as { aggregates: object[] }).aggregates[0]!).sort()).toEqual([
      'agg_type',
      'field',
      'value',
    ]);
  });
});
