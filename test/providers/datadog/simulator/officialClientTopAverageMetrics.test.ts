import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, v1 } from '@datadog/datadog-api-client';
import { startSimulator, type Simulator } from '../../../../src/providers/datadog/simulator/index.js';
import { NOW, call } from './simHttp.js';

/**
 * Fidelity: Datadog's own TypeScript client drives GET /api/v1/usage/top_avg_metrics on the
 * simulator with its own request building (Date parameters as date-times, `names` as repeated
 * parameters), response deserialization and its own next_record_id loop.
 */
describe("Datadog's official client: getUsageTopAvgMetrics", () => {
  let sim: Simulator;
  let api: v1.UsageMeteringApi;
  beforeAll(async () => {
    sim = await startSimulator({ now: NOW, maxPageSize: 40 });
    api = new v1.UsageMeteringApi(
      client.createConfiguration({
        baseServer: new client.BaseServerConfiguration(sim.url, {}),
        authMethods: { apiKeyAuth: sim.world.parent.apiKey, appKeyAuth: sim.world.parent.appKey },
        enableRetry: false,
      }),
    );
  });
  afterAll(() => sim.stop());

  /** The client's own loop: same parameters plus the previous page's nextRecordId, to the end. */
  async function walk(
    params: Omit<v1.UsageMeteringApiGetUsageTopAvgMetricsRequest, 'nextRecordId'>,
  ): Promise<{ records: v1.UsageTopAvgMetricsHour[]; pages: v1.UsageTopAvgMetricsResponse[] }> {
    const records: v1.UsageTopAvgMetricsHour[] = [];
    const pages: v1.UsageTopAvgMetricsResponse[] = [];
    let nextRecordId: string | undefined;
    do {
      const page = await api.getUsageTopAvgMetrics({ ...params, nextRecordId });
      pages.push(page);
      records.push(...(page.usage ?? []));
      nextRecordId = page.metadata?.pagination?.nextRecordId ?? undefined;
    } while (nextRecordId && pages.length < 100);
    return { records, pages };
  }

  it('a month: its loop reads every page and every record, deserialized', async () => {
    sim.log.clear();
    const { records, pages } = await walk({ month: new Date('2026-02-01T00:00:00Z'), limit: 100 });
    const total = pages[0]!.metadata!.pagination!.totalNumberOfRecords!;
    expect(total).toBeGreaterThan(200);
    expect(records).toHaveLength(total);
    expect(pages).toHaveLength(Math.ceil(total / 40));
    expect(sim.log.count({ endpoint: 'GetUsageTopAvgMetrics', status: 200 })).toBe(pages.length);
    expect(pages[0]!.metadata!.month).toEqual(new Date('2026-02-01T00:00:00Z'));
    expect(pages[0]!.metadata!.day).toBeUndefined();
    expect(pages[0]!.metadata!.pagination!.limit).toBe(100);
    expect(pages.at(-1)!.metadata!.pagination!.nextRecordId).toBeFalsy();
    for (const r of records) {
      expect(r._unparsed).toBeFalsy();
      expect(['standard', 'custom']).toContain(r.metricCategory);
      expect(typeof r.metricName).toBe('string');
      expect(r.maxMetricHour!).toBeGreaterThanOrEqual(r.avgMetricHour!);
    }
    expect(
      records.map((r) => ({
        metric_category: r.metricCategory,
        metric_name: r.metricName,
        max_metric_hour: r.maxMetricHour,
        avg_metric_hour: r.avgMetricHour,
      })),
    ).toEqual(await fullList('month', '2026-02'));
  });

  it('a day as the client sends it (a full date-time), with names sent as repeated parameters', async () => {
    const { records: all, pages } = await walk({ day: new Date('2026-03-05T17:41:20.876Z') });
    expect(pages[0]!.metadata!.day).toEqual(new Date('2026-03-05T00:00:00Z'));
    expect(all.map((r) => r.metricName)).toEqual((await fullList('day', '2026-03-05')).map((r) => r.metric_name));
    const names = [all[30]!.metricName!, all[1]!.metricName!, 'no.such.metric'];
    const { records } = await walk({ day: new Date('2026-03-05T00:00:00Z'), names });
    expect(records.map((r) => r.metricName)).toEqual([all[1]!.metricName, all[30]!.metricName]);
    expect(records[0]).toEqual(all[1]);
  });

  it("400 without month or day comes back as the client's ApiException with the recorded message", async () => {
    const err = await api.getUsageTopAvgMetrics({}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(client.ApiException);
    expect((err as client.ApiException<v1.APIErrorResponse>).code).toBe(400);
    expect((err as client.ApiException<v1.APIErrorResponse>).body.errors).toEqual([
      "The parameter 'month/day' is required",
    ]);
  });

  /** The whole list straight from the simulator, one page of up to 5000 records. */
  async function fullList(kind: 'month' | 'day', value: string): Promise<Array<Record<string, unknown>>> {
    sim.configure({ maxPageSize: 5000 });
    try {
      const res = await call(sim, '/api/v1/usage/top_avg_metrics', { [kind]: value, limit: '5000' });
      expect(res.json.metadata.pagination.next_record_id).toBeNull();
      return res.json.usage as Array<Record<string, unknown>>;
    } finally {
      sim.configure({ maxPageSize: 40 });
    }
  }
});
