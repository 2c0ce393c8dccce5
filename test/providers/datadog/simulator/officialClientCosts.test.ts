import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, v2 } from '@datadog/datadog-api-client';
import { startSimulator, type Simulator } from '../../../../src/providers/datadog/simulator/index.js';
import { BILLING_DIMENSIONS } from '../../../../src/providers/datadog/simulator/billingCatalog.js';
import { NOW } from './simHttp.js';

const micros = (x: number | undefined): number => Math.round((x ?? NaN) * 1e6);

/**
 * Fidelity: Datadog's own TypeScript client (v2 UsageMeteringApi), pointed at the simulator, drives
 * every cost endpoint with its own request building and response deserialization, and pages cost
 * attribution with its own `next_record_id` loop. None of these operations is flagged unstable in
 * the client, so no `unstableOperations` switch is needed.
 */
describe("Datadog's official client against the simulated cost endpoints", () => {
  let sim: Simulator;
  let api: v2.UsageMeteringApi;
  beforeAll(async () => {
    sim = await startSimulator({ now: NOW, maxPageSize: 4 });
    api = new v2.UsageMeteringApi(
      client.createConfiguration({
        baseServer: new client.BaseServerConfiguration(sim.url, {}),
        authMethods: { apiKeyAuth: sim.world.parent.apiKey, appKeyAuth: sim.world.parent.appKey },
        enableRetry: false,
      }),
    );
  });
  afterAll(() => sim.stop());

  it('getHistoricalCostByOrg (sub-org view): closed months, every org, charges deserialized', async () => {
    const res = await api.getHistoricalCostByOrg({
      startMonth: new Date('2026-01-15T10:00:00Z'),
      endMonth: new Date('2026-02-01T00:00:00Z'),
      view: 'sub-org',
    });
    const data = res.data ?? [];
    expect(data).toHaveLength(2 * sim.world.orgs.length);
    const first = data[0]!;
    expect(first.type).toBe('cost_by_org');
    expect(first.attributes?.date).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(first.attributes?.publicId).toBe(sim.world.parent.publicId);
    expect(first.attributes?.charges).toHaveLength(3 * BILLING_DIMENSIONS.length);
    const totals = first.attributes!.charges!.filter((c) => c.chargeType === 'total');
    expect(micros(first.attributes?.totalCost)).toBe(totals.reduce((a, c) => a + micros(c.cost), 0));
  });

  it('getEstimatedCostByOrg by month and by day (cumulative)', async () => {
    const monthly = await api.getEstimatedCostByOrg({ view: 'summary', startMonth: new Date('2026-02-01T00:00:00Z') });
    expect(monthly.data?.map((r) => r.attributes?.date?.toISOString())).toEqual([
      '2026-02-01T00:00:00.000Z',
      '2026-03-01T00:00:00.000Z',
    ]);
    const daily = await api.getEstimatedCostByOrg({
      view: 'summary',
      startDate: new Date('2026-02-27T08:00:00Z'),
      endDate: new Date('2026-02-28T08:00:00Z'),
      costAggregation: 'cumulative',
    });
    expect(daily.data).toHaveLength(2);
    // The cumulative estimate at the month's last day is the monthly estimate.
    expect(daily.data?.[1]?.attributes?.totalCost).toBe(monthly.data?.[0]?.attributes?.totalCost);
    const both = await api
      .getEstimatedCostByOrg({ startMonth: new Date('2026-02-01'), startDate: new Date('2026-02-01') })
      .catch((e: unknown) => e);
    expect(both).toBeInstanceOf(client.ApiException);
    expect((both as client.ApiException<{ errors: string[] }>).code).toBe(400);
    expect((both as client.ApiException<{ errors: string[] }>).body.errors).toEqual([
      'Specify start_month or start_date, not both',
    ]);
  });

  it('getProjectedCost', async () => {
    const res = await api.getProjectedCost({ view: 'sub-org' });
    expect(res.data).toHaveLength(sim.world.orgs.length);
    const row = res.data![0]!;
    expect(row.type).toBe('projected_cost');
    expect(row.attributes?.date).toEqual(new Date('2026-03-31T00:00:00Z'));
    expect(row.attributes?.projectedTotalCost).toBeGreaterThan(0);
    expect(new Set(row.attributes?.charges?.map((c) => c.chargeType))).toEqual(
      new Set(['projected_committed', 'projected_on_demand', 'total']),
    );
  });

  it('getMonthlyCostAttribution: its own next_record_id loop walks every page', async () => {
    const rows: v2.MonthlyCostAttributionBody[] = [];
    let next: string | undefined;
    let pages = 0;
    do {
      const page = await api.getMonthlyCostAttribution({
        startMonth: new Date('2026-01-01T00:00:00Z'),
        endMonth: new Date('2026-02-01T00:00:00Z'),
        fields: 'infra_host_total_cost,infra_host_percentage_in_org',
        tagBreakdownKeys: 'team',
        sortDirection: 'desc',
        sortName: 'infra_host',
        nextRecordId: next,
      });
      rows.push(...(page.data ?? []));
      expect(page.meta?.aggregates?.map((a) => a.field)).toEqual([
        'infra_host_total_cost',
        'infra_host_percentage_in_org',
      ]);
      next = page.meta?.pagination?.nextRecordId ?? undefined;
      pages += 1;
    } while (next);
    expect(pages).toBe(Math.ceil(rows.length / 4));
    expect(pages).toBeGreaterThan(2);
    const first = rows[0]!;
    expect(first.type).toBe('cost_by_tag');
    expect(first.attributes?.month).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(Object.keys(first.attributes?.tags ?? {})).toEqual(['team']);
    expect(Object.keys(first.attributes?.values as object)).toEqual([
      'infra_host_total_cost',
      'infra_host_percentage_in_org',
    ]);
    // Each org's rows share out 100% of its cost, whatever the page boundaries.
    const parentJan = rows.filter(
      (r) => r.attributes?.publicId === sim.world.parent.publicId && r.attributes.month?.getUTCMonth() === 0,
    );
    const pct = parentJan.reduce(
      (a, r) => a + (r.attributes?.values as Record<string, number>).infra_host_percentage_in_org!,
      0,
    );
    expect(pct).toBeCloseTo(100, 6);
  });

  it('getActiveBillingDimensions', async () => {
    const res = await api.getActiveBillingDimensions();
    expect(res.data?.type).toBe('billing_dimensions');
    expect(res.data?.attributes?.month).toEqual(new Date('2026-02-01T00:00:00Z'));
    expect(res.data?.attributes?.values).toEqual(BILLING_DIMENSIONS.map((d) => d.id));
  });

  it('getBillingDimensionMapping, and its JSON:API error for child-org keys', async () => {
    const res = await api.getBillingDimensionMapping({
      filterMonth: new Date('2026-02-01T00:00:00Z'),
      filterView: 'all',
    });
    expect(res.data?.map((d) => d.id)).toEqual(BILLING_DIMENSIONS.map((d) => d.id));
    const infra = res.data!.find((d) => d.id === 'infra_host')!;
    expect(infra.type).toBe('billing_dimensions');
    expect(infra.attributes?.inAppLabel).toBe('Infra Hosts');
    expect(infra.attributes?.timestamp).toEqual(new Date('2026-02-01T00:00:00Z'));
    expect(infra.attributes?.endpoints?.find((e) => e.id === 'api/v1/usage/billable-summary')).toMatchObject({
      keys: ['infra_host_top99p'],
      status: 'OK',
    });
    const child = sim.world.orgs[1]!;
    const childApi = new v2.UsageMeteringApi(
      client.createConfiguration({
        baseServer: new client.BaseServerConfiguration(sim.url, {}),
        authMethods: { apiKeyAuth: child.apiKey, appKeyAuth: child.appKey },
        enableRetry: false,
      }),
    );
    const err = await childApi.getBillingDimensionMapping().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(client.ApiException);
    expect((err as client.ApiException<unknown>).code).toBe(400);
  });
});
