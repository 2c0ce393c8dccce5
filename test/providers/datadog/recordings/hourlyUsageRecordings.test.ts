import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordedFixture, serveRecorded } from '../../../helpers/recordedFixture.js';
import {
  fetchHourlyUsagePage,
  type HourlyUsageDto,
} from '../../../../src/providers/datadog/hourlyUsage/hourlyUsageClient.js';
import { UpstreamError } from '../../../../src/errors.js';
import { startSimulator, type Simulator } from '../../../../src/providers/datadog/simulator/index.js';

/**
 * The Datadog client against bodies recorded from the real API (test/providers/datadog/fixtures, from Datadog's
 * own client test recordings), served by a plain HTTP server that answers exactly those bodies; and
 * the simulator's records checked against the recorded shape.
 */
const recordedOk = recordedFixture('hourly_usage_infra_hosts.json');
const recordedBadRequest = recordedFixture('hourly_usage_bad_request.json');

describe('GetHourlyUsage client on recorded Datadog answers', () => {
  const seen: Array<{ url: string; headers: Record<string, unknown> }> = [];
  const api = serveRecorded((req) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    const bad = (req.url ?? '').includes('2022-07-14');
    return bad ? [400, recordedBadRequest] : [200, recordedOk];
  });
  const request = (start: string, end: string) => ({
    start: new Date(start),
    end: new Date(end),
    productFamilies: ['infra_hosts'],
    includeDescendants: false,
    pageLimit: 500,
    nextRecordId: null,
  });

  it('reads the recorded page: 24 records, int64 values and nulls as sent, no next page', async () => {
    const page = await fetchHourlyUsagePage(api(), request('2022-07-16T14:00:00Z', '2022-07-17T14:00:00Z'));
    expect(page.records).toHaveLength(24);
    expect(page.nextRecordId).toBeNull();
    const first = page.records[0] as HourlyUsageDto;
    expect(first).toMatchObject({
      org_name: 'DD Integration Tests (321813)',
      public_id: 'fasjyydbcgwwc2uc',
      region: 'us',
      timestamp: '2022-07-16T14:00:00+00:00',
      product_family: 'infra_hosts',
    });
    expect(first.measurements).toContainEqual({ usage_type: 'agent_host_count', value: 14 });
    expect(first.measurements).toContainEqual({ usage_type: 'container_count', value: null });
  });

  it('sends the documented parameters and headers', () => {
    const { url, headers } = seen[0]!;
    const query = new URL(url, api().baseUrl).searchParams;
    expect(Object.fromEntries(query)).toEqual({
      'filter[timestamp][start]': '2022-07-16T14',
      'filter[timestamp][end]': '2022-07-17T14',
      'filter[product_families]': 'infra_hosts',
      'filter[include_descendants]': 'false',
      'page[limit]': '500',
    });
    expect(headers).toMatchObject({
      accept: 'application/json;datetime-format=rfc3339',
      'dd-api-key': 'a'.repeat(32),
      'dd-application-key': 'b'.repeat(40),
    });
  });

  it('turns the recorded 400 into BAD_USER_INPUT carrying the upstream message and endpoint', async () => {
    const err = await fetchHourlyUsagePage(api(), request('2022-07-16T14:00:00Z', '2022-07-14T14:00:00Z')).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UpstreamError);
    expect((err as UpstreamError).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      upstream: {
        provider: 'datadog',
        endpoint: 'GetHourlyUsage',
        status: 400,
        errors: ['start_hr [YYYY-MM-DDThh] must be before end_hr [YYYY-MM-DDThh]'],
      },
    });
  });
});

describe('the simulator answers in the recorded shape', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(() => sim.stop());

  it('a record has every recorded field, of the recorded type, and the same measurement names for infra_hosts', async () => {
    const recorded = (JSON.parse(recordedOk) as { data: Array<Record<string, unknown>> }).data[0]!;
    const start = new Date(sim.world.now.getTime() - 100 * 3_600_000).toISOString().slice(0, 13);
    const res = await fetch(
      `${sim.url}/api/v2/usage/hourly_usage?filter[timestamp][start]=${start}&filter[product_families]=infra_hosts&page[limit]=1`,
      { headers: { 'DD-API-KEY': sim.world.parent.apiKey, 'DD-APPLICATION-KEY': sim.world.parent.appKey } },
    );
    const simulated = ((await res.json()) as { data: Array<Record<string, unknown>> }).data[0]!;
    const shape = (v: unknown): unknown =>
      Array.isArray(v)
        ? 'array'
        : typeof v === 'object' && v !== null
          ? Object.fromEntries(Object.keys(v).map((k) => [k, shape((v as Record<string, unknown>)[k])]))
          : typeof v;
    const rec = shape(recorded) as Record<string, unknown>;
    const sam = shape(simulated) as Record<string, unknown>;
    expect(sam).toMatchObject(rec);
    expect(simulated.id).toMatch(/^[0-9a-f]{64}$/);
    const names = (r: Record<string, unknown>) =>
      ((r.attributes as { measurements: Array<{ usage_type: string }> }).measurements ?? []).map((m) => m.usage_type);
    expect(names(simulated)).toEqual(names(recorded));
    expect((simulated.attributes as { timestamp: string }).timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:00:00\+00:00$/);
  });
});
