import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, v1, v2 } from '@datadog/datadog-api-client';
import { startSimulator, type Simulator } from '../../../../src/providers/datadog/simulator/index.js';

/**
 * Fidelity: Datadog's own TypeScript client, pointed at the simulator, with its own request building,
 * response deserialization and cursor loop.
 */
describe("Datadog's official client against the simulator", () => {
  let sim: Simulator;
  let configuration: client.Configuration;
  beforeAll(async () => {
    sim = await startSimulator({ maxPageSize: 50 });
    configuration = client.createConfiguration({
      baseServer: new client.BaseServerConfiguration(sim.url, {}),
      authMethods: { apiKeyAuth: sim.world.parent.apiKey, appKeyAuth: sim.world.parent.appKey },
      enableRetry: false,
    });
  });
  afterAll(() => sim.stop());

  it('getHourlyUsage: its pagination loop walks every page and reads every record', async () => {
    const api = new v2.UsageMeteringApi(configuration);
    const start = new Date(sim.world.now.getTime() - 5 * 24 * 3_600_000);
    const end = new Date(start.getTime() + 24 * 3_600_000);
    const records: v2.HourlyUsage[] = [];
    let next: string | undefined;
    do {
      const page = await api.getHourlyUsage({
        filterTimestampStart: start,
        filterTimestampEnd: end,
        filterProductFamilies: 'infra_hosts,logs',
        filterIncludeDescendants: true,
        pageNextRecordId: next,
      });
      records.push(...(page.data ?? []));
      next = page.meta?.pagination?.nextRecordId ?? undefined;
    } while (next);
    expect(records).toHaveLength(24 * 2 * sim.world.orgs.length);
    expect(sim.log.count({ endpoint: 'GetHourlyUsage' })).toBe(Math.ceil(records.length / 50));
    const first = records[0]!;
    expect(first.type).toBe('usage_timeseries');
    expect(first.attributes?.timestamp).toBeInstanceOf(Date);
    expect(first.attributes?.productFamily).toBe('infra_hosts');
    const hostCount = first.attributes?.measurements?.find((m) => m.usageType === 'host_count');
    expect(hostCount?.value).toBe(
      sim.world.value(first.attributes!.publicId!, 'infra_hosts', 'host_count', first.attributes!.timestamp!),
    );
  });

  it('getUsageSummary with org details', async () => {
    const api = new v1.UsageMeteringApi(configuration);
    const now = sim.world.now;
    const summary = await api.getUsageSummary({
      startMonth: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)),
      includeOrgDetails: true,
    });
    const orgs = summary.usage?.flatMap((m) => m.orgs ?? []) ?? [];
    expect(new Set(orgs.map((o) => o.publicId))).toEqual(new Set(sim.world.orgs.map((o) => o.publicId)));
  });

  it('errors come back as the client expects them (403 with its error body)', async () => {
    const bad = client.createConfiguration({
      baseServer: new client.BaseServerConfiguration(sim.url, {}),
      authMethods: { apiKeyAuth: 'nope', appKeyAuth: 'nope' },
      enableRetry: false,
    });
    const err = await new v2.UsageMeteringApi(bad)
      .getHourlyUsage({ filterTimestampStart: new Date(), filterProductFamilies: 'all' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(client.ApiException);
    expect((err as client.ApiException<{ errors: string[] }>).code).toBe(403);
    expect((err as client.ApiException<{ errors: string[] }>).body.errors).toEqual(['Forbidden']);
  });
});
