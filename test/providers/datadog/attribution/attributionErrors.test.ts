import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hoursBefore, startStack, type Stack } from '../../../helpers/stack.js';

/** Upstream failures of the attribution endpoints: typed, located, and never failing the siblings. */
describe('attribution: upstream failures', () => {
  let stack: Stack;
  let start: string;
  let month: string;
  beforeAll(async () => {
    stack = await startStack();
    start = hoursBefore(stack.sim.world.now, 24 * 5);
    month = stack.sim.world.now.toISOString().slice(0, 7);
  });
  afterAll(() => stack.stop());
  beforeEach(() => {
    stack.sim.faults.clear();
    stack.sim.log.clear();
  });

  const QUERY = `query($start: DateTime!, $month: Month!) {
    hourly: hourlyUsageAttribution(usageType: infra_host_usage, start: $start, first: 2) { nodes { totalUsageSum } }
    monthly: monthlyUsageAttribution(fields: [infra_host_usage], startMonth: $month, first: 2) { nodes { value(field: "infra_host_usage") } aggregates { value } }
    types: usageAttributionTypes
  }`;

  it('a 5xx on monthly attribution nulls that field only, as UPSTREAM_UNAVAILABLE with the endpoint', async () => {
    // Enough faults to outlast any retry policy.
    stack.sim.faults.inject({ endpoint: 'GetMonthlyUsageAttribution', status: 503, times: 10 });
    const res = await stack.gql<{ hourly: { nodes: unknown[] }; monthly: null; types: string[] }>(QUERY, {
      start,
      month,
    });
    expect(res.body.data?.monthly).toBeNull();
    expect(res.body.data?.hourly.nodes).toHaveLength(2);
    expect(res.body.data?.types).toContain('infra_host');
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors?.[0]?.path).toEqual(['monthly']);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(res.body.errors?.[0]?.extensions?.upstream).toMatchObject({
      endpoint: 'GetMonthlyUsageAttribution',
      status: 503,
    });
  });

  it('an upstream 400 comes back as BAD_USER_INPUT with the upstream message', async () => {
    stack.sim.faults.inject({
      endpoint: 'GetHourlyUsageAttribution',
      status: 400,
      body: '{"errors":["start_hr [YYYY-MM-DDThh] must be before end_hr [YYYY-MM-DDThh]"]}',
    });
    const res = await stack.gql<{ hourly: null }>(QUERY, { start, month });
    expect(res.body.data?.hourly).toBeNull();
    const error = res.body.errors?.find((e) => e.path?.[0] === 'hourly');
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.upstream).toMatchObject({
      errors: ['start_hr [YYYY-MM-DDThh] must be before end_hr [YYYY-MM-DDThh]'],
    });
  });

  it('a body that is not the documented shape is UPSTREAM_UNAVAILABLE naming what was wrong', async () => {
    stack.sim.faults.inject({
      endpoint: 'GetHourlyUsageAttribution',
      status: 200,
      body: '{"usage":[{"public_id":"x","hour":"2026-01-01T00:00:00+00:00","total_usage_sum":"lots"}]}',
    });
    stack.sim.faults.inject({
      endpoint: 'GetUsageAttributionTypes',
      status: 200,
      body: '{"data":{"attributes":{"values":[1]}}}',
    });
    const res = await stack.gql<{ hourly: null; types: null }>(QUERY, { start, month });
    expect(res.body.data?.hourly).toBeNull();
    expect(res.body.data?.types).toBeNull();
    const messages = res.body.errors?.map((e) => `${String(e.extensions?.code)}: ${e.message}`) ?? [];
    expect(messages).toContain(
      'UPSTREAM_UNAVAILABLE: datadog GetHourlyUsageAttribution answered a body that is not the documented shape: usage[0].total_usage_sum is not a number',
    );
    expect(messages.some((m) => /GetUsageAttributionTypes .*data\.attributes\.values/.test(m))).toBe(true);
  });

  it('values the schema does not know come back as strings (a new usage type, new fields, new tags)', async () => {
    stack.sim.faults.inject({
      endpoint: 'GetMonthlyUsageAttribution',
      status: 200,
      body: JSON.stringify({
        usage: [
          {
            month: `${month}-01T00:00:00+00:00`,
            org_name: 'Acme Corp',
            public_id: stack.sim.world.parent.publicId,
            tags: { brand_new_key: ['x', 'y'] },
            values: { infra_host_usage: 3, quantum_usage: 7 },
          },
        ],
        metadata: { aggregates: [{ agg_type: 'p99', field: 'infra_host_usage', value: 3 }], pagination: {} },
      }),
    });
    const res = await stack.gql<{
      monthlyUsageAttribution: { nodes: Array<{ values: unknown; tags: unknown }>; aggregates: unknown };
    }>(
      `query($month: Month!) { monthlyUsageAttribution(startMonth: $month) { nodes { values { field value } tags { key values } } aggregates { aggType field value } } }`,
      { month },
    );
    expect(res.body.errors, res.text).toBeUndefined();
    expect(res.body.data?.monthlyUsageAttribution.nodes).toEqual([
      {
        values: [
          { field: 'infra_host_usage', value: 3 },
          { field: 'quantum_usage', value: 7 },
        ],
        tags: [{ key: 'brand_new_key', values: ['x', 'y'] }],
      },
    ]);
    expect(res.body.data?.monthlyUsageAttribution.aggregates).toEqual([
      { aggType: 'p99', field: 'infra_host_usage', value: 3 },
    ]);
  });

  it("a row without `region` (as Datadog's recordings have it) takes the org's region from the directory", async () => {
    const child = stack.sim.world.orgs.find((o) => o.region === 'eu')!;
    stack.sim.faults.inject({
      endpoint: 'GetHourlyUsageAttribution',
      status: 200,
      times: 1,
      body: JSON.stringify({
        usage: [
          {
            hour: `${start}:00:00+00:00`,
            org_name: child.name,
            public_id: child.publicId,
            tag_config_source: `${child.name}:::team`,
            tags: null,
            total_usage_sum: 7,
            updated_at: start,
            usage_type: 'infra_host_usage',
          },
        ],
        metadata: { pagination: { next_record_id: null } },
      }),
    });
    const res = await stack.gql<{
      hourlyUsageAttribution: { nodes: Array<{ org: { name: string; region: string } }> };
    }>(
      `query($start: DateTime!, $end: DateTime!) { hourlyUsageAttribution(usageType: infra_host_usage, start: $start, end: $end, first: 5) { nodes { org { name region } } } }`,
      { start, end: hoursBefore(stack.sim.world.now, 24 * 5 - 1) },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.hourlyUsageAttribution.nodes).toEqual([{ org: { name: child.name, region: 'eu' } }]);
  });
});
