import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, v1 } from '@datadog/datadog-api-client';
import { startSimulator, type Simulator } from '../../../../src/providers/datadog/simulator/index.js';
import { BILLING_DIMENSIONS } from '../../../../src/providers/datadog/simulator/billingCatalog.js';
import { SUMMARY_FIELDS } from '../../../../src/providers/datadog/simulator/getUsageSummary.js';
import { NOW } from './simHttp.js';

/**
 * Fidelity: Datadog's own TypeScript client (v1 UsageMeteringApi) drives the billable summary, the
 * usage summary and network flows against the simulator, with its own request building and response
 * deserialization.
 */
describe("Datadog's official client against the simulator: summaries", () => {
  let sim: Simulator;
  let api: v1.UsageMeteringApi;
  beforeAll(async () => {
    sim = await startSimulator({ now: NOW });
    const configuration = client.createConfiguration({
      baseServer: new client.BaseServerConfiguration(sim.url, {}),
      authMethods: { apiKeyAuth: sim.world.parent.apiKey, appKeyAuth: sim.world.parent.appKey },
      enableRetry: false,
    });
    api = new v1.UsageMeteringApi(configuration);
  });
  afterAll(() => sim.stop());

  it('getUsageBillableSummary: one row per org with typed billable keys', async () => {
    const res = await api.getUsageBillableSummary({ month: new Date(Date.UTC(2026, 1, 1)) });
    const rows = res.usage ?? [];
    expect(rows.map((r) => r.publicId)).toEqual(sim.world.orgs.map((o) => o.publicId));
    const row = rows[0]!;
    expect(row.startDate).toEqual(new Date(Date.UTC(2026, 1, 1)));
    expect(row.endDate).toEqual(new Date(Date.UTC(2026, 1, 28)));
    expect(row.numOrgs).toBe(sim.world.orgs.length);
    expect(row.ratioInMonth).toBe(1);
    const infra = row.usage?.infraHostTop99p;
    expect(infra?.usageUnit).toBe('host');
    expect(infra?.elapsedUsageHours).toBe(28 * 24);
    expect(infra?.firstBillableUsageHour).toEqual(new Date(Date.UTC(2026, 1, 1)));
    expect(infra?.orgBillableUsage).toBeGreaterThan(0);
    expect(infra?.accountBillableUsage).toBe(
      rows.reduce((acc, r) => acc + (r.usage?.infraHostTop99p?.orgBillableUsage ?? 0), 0),
    );
    // Every simulated key is one the client knows (none fell into additionalProperties).
    expect(row.usage?.additionalProperties ?? {}).toEqual({});
    expect(row.usage?.logsIngestedSum?.usageUnit).toBe('GB');
    expect(BILLING_DIMENSIONS.length).toBeGreaterThan(10);
  });

  it('getUsageSummary with org details: months, orgs and figures deserialize', async () => {
    const res = await api.getUsageSummary({
      startMonth: new Date(Date.UTC(2026, 0, 1)),
      endMonth: new Date(Date.UTC(2026, 1, 1)),
      includeOrgDetails: true,
    });
    expect(res.startDate).toEqual(new Date(Date.UTC(2026, 0, 1)));
    expect(res.usage).toHaveLength(2);
    const feb = res.usage![1]!;
    expect(feb.date).toEqual(new Date(Date.UTC(2026, 1, 1)));
    expect(feb.orgs?.map((o) => o.publicId)).toEqual(sim.world.orgs.map((o) => o.publicId));
    const parent = feb.orgs![0]!;
    expect(parent.infraHostTop99p).toBeGreaterThan(0);
    expect(parent.netflowIndexedEventsCountSum).toBeGreaterThanOrEqual(0);
    expect(feb.infraHostTop99p).toBe(feb.orgs!.reduce((acc, o) => acc + (o.infraHostTop99p ?? 0), 0));
    expect(res.infraHostTop99pSum).toBe(res.usage!.reduce((acc, m) => acc + (m.infraHostTop99p ?? 0), 0));
    expect(typeof res.ingestedEventsBytesAggSum).toBe('number');
    // The spec's SDK note: every field is also reachable by its upstream name in additionalProperties.
    const all = { ...(parent.additionalProperties ?? {}) } as Record<string, unknown>;
    for (const field of SUMMARY_FIELDS.filter((f) => f.name !== null)) {
      expect(
        all[field.name!] ?? (parent as unknown as Record<string, unknown>)[camel(field.name!)],
        field.name!,
      ).toBeDefined();
    }
  });

  it('getUsageNetworkFlows: hours of the calling org', async () => {
    const res = await api.getUsageNetworkFlows({
      startHr: new Date(Date.UTC(2026, 2, 1, 15, 43, 40)),
      endHr: new Date(Date.UTC(2026, 2, 3, 15, 43, 40)),
    });
    const hours = res.usage ?? [];
    expect(hours).toHaveLength(48);
    expect(hours[0]!.hour).toEqual(new Date(Date.UTC(2026, 2, 1, 15)));
    for (const h of hours) {
      expect(h.publicId).toBe(sim.world.parent.publicId);
      expect(h.orgName).toBe('Acme Corp');
      expect(h.indexedEventsCount ?? null).toBe(
        sim.world.value(sim.world.parent.publicId, 'network_flows', 'indexed_events_count', h.hour!) ?? null,
      );
    }
  });

  it('the recorded 400s reach the client as ApiException with the upstream body', async () => {
    const flows = await api
      .getUsageNetworkFlows({ startHr: new Date(Date.UTC(2026, 2, 3)), endHr: new Date(Date.UTC(2026, 2, 1)) })
      .catch((e: unknown) => e);
    expect(flows).toBeInstanceOf(client.ApiException);
    expect((flows as client.ApiException<{ errors: string[] }>).code).toBe(400);
    expect((flows as client.ApiException<{ errors: string[] }>).body.errors).toEqual([
      'start_hr [YYYY-MM-DDThh] must be before end_hr [YYYY-MM-DDThh]',
    ]);
    const child = sim.world.orgs[1]!;
    const childApi = new v1.UsageMeteringApi(
      client.createConfiguration({
        baseServer: new client.BaseServerConfiguration(sim.url, {}),
        authMethods: { apiKeyAuth: child.apiKey, appKeyAuth: child.appKey },
        enableRetry: false,
      }),
    );
    const billable = await childApi.getUsageBillableSummary({}).catch((e: unknown) => e);
    expect((billable as client.ApiException<{ errors: string[] }>).code).toBe(400);
    expect((billable as client.ApiException<{ errors: string[] }>).body.errors[0]).toMatch(/non-parent org keys/);
  });
});

function camel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}
