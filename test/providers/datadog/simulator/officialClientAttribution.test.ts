import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, v1, v2 } from '@datadog/datadog-api-client';
import { startSimulator, type Simulator } from '../../../../src/providers/datadog/simulator/index.js';

/**
 * Fidelity: Datadog's own TypeScript client, pointed at the simulator, through the attribution
 * endpoints, with its own request building, response deserialization and `next_record_id` loop.
 */
describe("Datadog's official client against the simulator: usage attribution", () => {
  let sim: Simulator;
  let configuration: client.Configuration;
  const PAGE = 13;
  beforeAll(async () => {
    sim = await startSimulator({ maxPageSize: PAGE });
    configuration = client.createConfiguration({
      baseServer: new client.BaseServerConfiguration(sim.url, {}),
      authMethods: { apiKeyAuth: sim.world.parent.apiKey, appKeyAuth: sim.world.parent.appKey },
      enableRetry: false,
    });
  });
  afterAll(() => sim.stop());

  it('getHourlyUsageAttribution: its next_record_id loop reads every record', async () => {
    const api = new v1.UsageMeteringApi(configuration);
    const startHr = new Date(sim.world.now.getTime() - 5 * 24 * 3_600_000);
    const records: v1.HourlyUsageAttributionBody[] = [];
    let nextRecordId: string | undefined;
    sim.log.clear();
    do {
      const page = await api.getHourlyUsageAttribution({
        startHr,
        usageType: 'infra_host_usage',
        tagBreakdownKeys: 'team',
        nextRecordId,
      });
      records.push(...(page.usage ?? []));
      nextRecordId = page.metadata?.pagination?.nextRecordId ?? undefined;
    } while (nextRecordId);
    const pages = sim.log.count({ endpoint: 'GetHourlyUsageAttribution' });
    expect(pages).toBe(Math.ceil(records.length / PAGE));
    expect(pages).toBeGreaterThan(1);
    expect(new Set(records.map((r) => r.publicId))).toEqual(new Set(sim.world.orgs.map((o) => o.publicId)));
    const first = records[0]!;
    expect(first.hour).toBeInstanceOf(Date);
    expect(first.usageType).toBe('infra_host_usage');
    expect(Object.keys(first.tags ?? {})).toEqual(['team']);
    expect(first.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}$/);
    // The rows of the first org and hour add up to its hourly host count.
    const same = records.filter((r) => r.publicId === first.publicId && r.hour!.getTime() === first.hour!.getTime());
    expect(same.reduce((s, r) => s + r.totalUsageSum!, 0)).toBe(
      sim.world.value(first.publicId!, 'infra_hosts', 'host_count', first.hour!),
    );
  });

  it('getMonthlyUsageAttribution: its next_record_id loop reads every record and the aggregates', async () => {
    const api = new v1.UsageMeteringApi(configuration);
    const now = sim.world.now;
    const startMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
    const records: v1.MonthlyUsageAttributionBody[] = [];
    let aggregates: v1.UsageAttributionAggregatesBody[] = [];
    let nextRecordId: string | undefined;
    sim.log.clear();
    do {
      const page = await api.getMonthlyUsageAttribution({
        startMonth,
        // The client takes one enum value: a single field, or `*` for every field.
        fields: '*',
        sortName: 'infra_host_usage',
        sortDirection: 'desc',
        tagBreakdownKeys: 'team,env',
        nextRecordId,
      });
      records.push(...(page.usage ?? []));
      aggregates = page.metadata?.aggregates ?? [];
      nextRecordId = page.metadata?.pagination?.nextRecordId ?? undefined;
    } while (nextRecordId);
    expect(sim.log.count({ endpoint: 'GetMonthlyUsageAttribution' })).toBe(Math.ceil(records.length / PAGE));
    expect(records.length).toBeGreaterThan(PAGE);
    // Every field the simulator reports was deserialized into the client's typed values.
    expect(records[0]!.values!.ingestedLogsBytesUsage).toBeGreaterThan(0);
    expect(records[0]!.values!.additionalProperties).toBeUndefined();
    const usage = records.map((r) => r.values!.infraHostUsage!);
    expect(usage).toEqual([...usage].sort((a, b) => b - a));
    expect(records[0]!.month).toBeInstanceOf(Date);
    expect(records[0]!.updatedAt).toBeInstanceOf(Date);
    const byField = new Map(aggregates.map((a) => [a.field, a]));
    expect(byField.get('infra_host_usage')?.aggType).toBe('sum');
    expect(byField.get('infra_host_usage')?.value).toBe(usage.reduce((s, v) => s + v, 0));
    const pct = records.reduce((s, r) => s + r.values!.infraHostPercentage!, 0);
    expect(pct).toBeCloseTo(100 * 2, 1); // two months, 100 % each
  });

  it('getUsageAttributionTypes (v2)', async () => {
    const api = new v2.UsageMeteringApi(configuration);
    const res = await api.getUsageAttributionTypes();
    expect(res.data?.type).toBe('usage_attribution_types');
    expect(res.data?.attributes?.values).toContain('infra_host');
    expect(res.data?.attributes?.values).toContain('ingested_logs_bytes');
  });
});
