import { describe, expect, it } from 'vitest';
import { recordedFixture, serveRecorded } from '../../../helpers/recordedFixture.js';
import { fetchTopAverageMetricsPage } from '../../../../src/providers/datadog/topAverageMetrics/topAverageMetricsClient.js';
import { UpstreamError } from '../../../../src/errors.js';
import { startSimulator } from '../../../../src/providers/datadog/simulator/index.js';

/**
 * The GetUsageTopAvgMetrics client against the bodies Datadog's own client tests recorded from the
 * real API (a day's ranking; the 400 without month or day), and the simulator checked against the
 * recorded shape.
 */
const recordedDay = recordedFixture('top_avg_metrics_day.json');
const recordedBadRequest = recordedFixture('top_avg_metrics_bad_request.json');

describe('GetUsageTopAvgMetrics client on recorded Datadog answers', () => {
  const seen: string[] = [];
  const api = serveRecorded((req) => {
    seen.push(req.url ?? '');
    // The recorded 400 answered a request without month or day, which this client never sends: the
    // test server answers it for one marked day instead.
    const bad = (req.url ?? '').includes('day=2022-03-30');
    return bad ? [400, recordedBadRequest] : [200, recordedDay];
  });

  it('reads the recorded day: 103 custom metrics, highest first, no next page, a null total', async () => {
    const page = await fetchTopAverageMetricsPage(api(), {
      period: { kind: 'day', start: new Date('2022-03-29T00:00:00Z') },
      names: ['page.views', 'foo'],
      limit: 500,
      nextRecordId: null,
    });
    expect(seen.at(-1)).toBe('/api/v1/usage/top_avg_metrics?day=2022-03-29&names=page.views&names=foo&limit=500');
    expect(page.records).toHaveLength(103);
    expect(page.records[0]).toEqual({
      metric_name: 'page.views',
      metric_category: 'custom',
      avg_metric_hour: 11,
      max_metric_hour: 11,
    });
    expect(page.nextRecordId).toBeNull();
    expect(page.totalNumberOfRecords).toBeNull();
  });

  it('sends month at month precision and the upstream cursor as next_record_id', async () => {
    await fetchTopAverageMetricsPage(api(), {
      period: { kind: 'month', start: new Date('2022-03-01T00:00:00Z') },
      names: null,
      limit: 11,
      nextRecordId: 'abc',
    });
    expect(seen.at(-1)).toBe('/api/v1/usage/top_avg_metrics?month=2022-03&limit=11&next_record_id=abc');
  });

  it("the recorded 400 is BAD_USER_INPUT carrying the upstream's message", async () => {
    const err = await fetchTopAverageMetricsPage(api(), {
      period: { kind: 'day', start: new Date('2022-03-30T00:00:00Z') },
      names: null,
      limit: 500,
      nextRecordId: null,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UpstreamError);
    expect((err as UpstreamError).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      upstream: {
        provider: 'datadog',
        endpoint: 'GetUsageTopAvgMetrics',
        status: 400,
        errors: ["The parameter 'month/day' is required"],
      },
    });
  });

  it('the simulator writes records and metadata with the recorded keys', async () => {
    const sim = await startSimulator({ now: new Date('2026-03-10T12:00:00Z') });
    try {
      const res = await fetch(`${sim.url}/api/v1/usage/top_avg_metrics?day=2026-03-05`, {
        headers: { 'DD-API-KEY': sim.world.parent.apiKey, 'DD-APPLICATION-KEY': sim.world.parent.appKey },
      });
      const body = (await res.json()) as Record<string, Record<string, unknown>>;
      const recorded = JSON.parse(recordedDay) as Record<string, Record<string, unknown>>;
      expect(Object.keys(body)).toEqual(Object.keys(recorded));
      expect(Object.keys(body.metadata!)).toEqual(Object.keys(recorded.metadata!));
      expect(Object.keys(body.metadata!.pagination!)).toEqual(Object.keys(recorded.metadata!.pagination!));
      const [ours] = body.usage as unknown as Array<Record<string, unknown>>;
      const [theirs] = recorded.usage as unknown as Array<Record<string, unknown>>;
      expect(Object.keys(ours!)).toEqual(Object.keys(theirs!));
      expect(body.metadata!.day).toBe('2026-03-05T00:00:00+00:00');
    } finally {
      await sim.stop();
    }
  });
});
