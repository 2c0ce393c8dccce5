import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hoursBefore, restHourlyUsage, startStack, type Stack } from '../../../helpers/stack.js';

/**
 * The attribution batching rules, proven by counting requests in the simulator's log, and the
 * attribution figures cross-checked against hourly usage. Each test prints its measured counts.
 */
describe('attribution batching and consistency within one operation', () => {
  let stack: Stack;
  let start: string;
  let end: string;
  let month: string;
  beforeAll(async () => {
    stack = await startStack();
    start = hoursBefore(stack.sim.world.now, 24 * 5);
    end = hoursBefore(stack.sim.world.now, 24 * 4);
    const now = stack.sim.world.now;
    month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.sim.log.clear());

  const count = (endpoint: string) => stack.sim.log.count({ endpoint });

  interface HourlyNode {
    org: { publicId: string };
    hour: string;
    totalUsageSum: number;
    tags: Array<{ key: string; values: string[] }> | null;
  }

  it('orgs { hourlyUsageAttribution } reads one upstream stream for every org; each org keeps its own rows', async () => {
    const res = await stack.gql<{
      orgs: Array<{ publicId: string; hourlyUsageAttribution: { nodes: HourlyNode[] } }>;
    }>(
      `query($start: DateTime!, $end: DateTime) {
        orgs { ... on DatadogOrg {
          publicId
          hourlyUsageAttribution(usageType: infra_host_usage, start: $start, end: $end, tagBreakdownKeys: ["team"], first: 1000) {
            nodes { org { publicId } hour totalUsageSum tags { key values } }
          }
        } }
      }`,
      { start, end },
    );
    expect(res.body.errors, res.text).toBeUndefined();
    const orgs = res.body.data!.orgs;
    expect(orgs).toHaveLength(stack.sim.world.orgs.length);
    for (const org of orgs) {
      expect(org.hourlyUsageAttribution.nodes.length).toBeGreaterThanOrEqual(24);
      expect(org.hourlyUsageAttribution.nodes.every((n) => n.org.publicId === org.publicId)).toBe(true);
    }
    const calls = stack.sim.log.entries({ endpoint: 'GetHourlyUsageAttribution' });
    console.log(`orgs { hourlyUsageAttribution }: ${calls.length} upstream attribution request(s)`);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.query.include_descendants).toBe('true');
  });

  it('orgs { hourlyUsageAttribution } over several upstream pages reads each page of the one stream once', async () => {
    stack.sim.configure({ maxPageSize: 20 });
    try {
      const res = await stack.gql<{ orgs: Array<{ hourlyUsageAttribution: { nodes: unknown[] } }> }>(
        `query($start: DateTime!, $end: DateTime) {
          orgs { ... on DatadogOrg { hourlyUsageAttribution(usageType: infra_host_usage, start: $start, end: $end, first: 1000) { nodes { hour } } } }
        }`,
        { start, end },
      );
      expect(res.body.errors, res.text).toBeUndefined();
      const records = res.body.data!.orgs.reduce((n, o) => n + o.hourlyUsageAttribution.nodes.length, 0);
      expect(records).toBe(24 * stack.sim.world.orgs.length);
      const calls = count('GetHourlyUsageAttribution');
      console.log(`orgs { hourlyUsageAttribution } over ${records} records in pages of 20: ${calls} upstream requests`);
      expect(calls).toBe(Math.ceil(records / 20));
    } finally {
      stack.sim.configure({ maxPageSize: 500 });
    }
  });

  it('Query.hourlyUsageAttribution and every Org.hourlyUsageAttribution with the same arguments share the stream', async () => {
    const res = await stack.gql(
      `query($start: DateTime!, $end: DateTime) {
        hourlyUsageAttribution(usageType: apm_host_usage, start: $start, end: $end, first: 3) { nodes { hour } }
        orgs { ... on DatadogOrg { hourlyUsageAttribution(usageType: apm_host_usage, start: $start, end: $end, first: 3) { nodes { hour } } } }
        again: hourlyUsageAttribution(usageType: apm_host_usage, start: $start, end: $end, first: 50) { nodes { hour } }
      }`,
      { start, end },
    );
    expect(res.body.errors, res.text).toBeUndefined();
    expect(count('GetHourlyUsageAttribution')).toBe(1);
  });

  it('distinct argument sets make one stream each', async () => {
    const res = await stack.gql(
      `query($start: DateTime!, $end: DateTime) {
        orgs { ... on DatadogOrg {
          a: hourlyUsageAttribution(usageType: apm_host_usage, start: $start, end: $end) { nodes { hour } }
          b: hourlyUsageAttribution(usageType: container_usage, start: $start, end: $end) { nodes { hour } }
        } }
      }`,
      { start, end },
    );
    expect(res.body.errors, res.text).toBeUndefined();
    const types = stack.sim.log.entries({ endpoint: 'GetHourlyUsageAttribution' }).map((c) => c.query.usage_type);
    expect(types.sort()).toEqual(['apm_host_usage', 'container_usage']);
  });

  it('for every org and hour, the attributed rows add up to the hourly usage the REST API reports', async () => {
    const res = await stack.gql<{ hourlyUsageAttribution: { nodes: HourlyNode[] } }>(
      `query($start: DateTime!, $end: DateTime) {
        hourlyUsageAttribution(usageType: ingested_logs_bytes_usage, start: $start, end: $end, tagBreakdownKeys: ["service", "team"], first: 1000) {
          nodes { org { publicId } hour totalUsageSum tags { key values } }
        }
      }`,
      { start, end },
    );
    expect(res.body.errors, res.text).toBeUndefined();
    const sums = new Map<string, number>();
    for (const n of res.body.data!.hourlyUsageAttribution.nodes) {
      expect(n.tags?.map((t) => t.key)).toEqual(['service', 'team']);
      const key = `${n.org.publicId}|${new Date(n.hour).toISOString()}`;
      sums.set(key, (sums.get(key) ?? 0) + n.totalUsageSum);
    }
    const usage = await restHourlyUsage(stack, {
      'filter[timestamp][start]': start,
      'filter[timestamp][end]': end,
      'filter[product_families]': 'logs',
      'filter[include_descendants]': 'true',
    });
    const expected = new Map<string, number>();
    for (const r of usage) {
      const a = r.attributes as {
        public_id: string;
        timestamp: string;
        measurements: Array<{ usage_type: string; value: number | null }>;
      };
      const value = a.measurements.find((m) => m.usage_type === 'ingested_events_bytes')?.value;
      if (typeof value === 'number') expected.set(`${a.public_id}|${new Date(a.timestamp).toISOString()}`, value);
    }
    expect(expected.size).toBe(24 * stack.sim.world.orgs.length);
    expect(sums).toEqual(expected);
  });

  interface MonthlyNode {
    org: { publicId: string };
    values: Array<{ field: string; value: number }>;
    usage: number | null;
    pct: number | null;
  }

  it('monthly selections differing only in fields are one upstream request; each shows its own fields', async () => {
    const res = await stack.gql<{
      a: { nodes: MonthlyNode[]; aggregates: Array<{ field: string }> };
      b: { nodes: MonthlyNode[]; aggregates: Array<{ field: string }> };
    }>(
      `query($month: Month!) {
        a: monthlyUsageAttribution(fields: [infra_host_usage], startMonth: $month, endMonth: $month, first: 100) {
          nodes { org { publicId } values { field value } usage: value(field: "infra_host_usage") pct: value(field: "infra_host_percentage") }
          aggregates { field }
        }
        b: monthlyUsageAttribution(fields: [infra_host_percentage, apm_host_usage], startMonth: $month, endMonth: $month, first: 2) {
          nodes { org { publicId } values { field value } usage: value(field: "infra_host_usage") pct: value(field: "infra_host_percentage") }
          aggregates { field }
        }
      }`,
      { month },
    );
    expect(res.body.errors, res.text).toBeUndefined();
    const calls = stack.sim.log.entries({ endpoint: 'GetMonthlyUsageAttribution' });
    console.log(`two monthlyUsageAttribution selections with different fields: ${calls.length} upstream request(s)`);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.query.fields).toBe('apm_host_usage,infra_host_percentage,infra_host_usage');
    const { a, b } = res.body.data!;
    expect(a.nodes).toHaveLength(stack.sim.world.orgs.length);
    expect(b.nodes).toHaveLength(2);
    expect(a.nodes.every((n) => n.values.map((v) => v.field).join() === 'infra_host_usage')).toBe(true);
    expect(a.nodes.every((n) => n.usage !== null && n.pct === null)).toBe(true);
    expect(b.nodes.every((n) => n.values.map((v) => v.field).join() === 'apm_host_usage,infra_host_percentage')).toBe(
      true,
    );
    expect(b.nodes.every((n) => n.usage === null && n.pct !== null)).toBe(true);
    expect(a.aggregates.map((x) => x.field)).toEqual(['infra_host_usage']);
    expect(b.aggregates.map((x) => x.field)).toEqual(['apm_host_usage', 'infra_host_percentage']);
  });

  it('orgs { monthlyUsageAttribution } is one upstream request for every org; aggregates are null there', async () => {
    const res = await stack.gql<{
      orgs: Array<{
        publicId: string;
        m: { nodes: Array<{ org: { publicId: string }; value: number }>; aggregates: null };
        p: { nodes: Array<{ value: number }> };
      }>;
    }>(
      `query($month: Month!) {
        orgs { ... on DatadogOrg {
          publicId
          m: monthlyUsageAttribution(fields: [container_usage], startMonth: $month, endMonth: $month) {
            nodes { org { publicId } value(field: "container_usage") } aggregates { field }
          }
          p: monthlyUsageAttribution(fields: [container_percentage], startMonth: $month, endMonth: $month) {
            nodes { value(field: "container_percentage") }
          }
        } }
      }`,
      { month },
    );
    expect(res.body.errors, res.text).toBeUndefined();
    const calls = stack.sim.log.entries({ endpoint: 'GetMonthlyUsageAttribution' });
    console.log(`orgs { monthlyUsageAttribution x2 fields }: ${calls.length} upstream request(s)`);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.query.fields).toBe('container_percentage,container_usage');
    let total = 0;
    for (const org of res.body.data!.orgs) {
      expect(org.m.nodes).toHaveLength(1);
      expect(org.m.nodes[0]?.org.publicId).toBe(org.publicId);
      expect(org.m.aggregates).toBeNull();
      total += org.p.nodes[0]?.value ?? 0;
    }
    // Org percentages are shares of the whole account.
    expect(total).toBeCloseTo(100, 2);
  });

  it('usageAttributionTypes is read once per operation', async () => {
    const res = await stack.gql<{ a: string[]; b: string[] }>('{ a: usageAttributionTypes b: usageAttributionTypes }');
    expect(res.body.errors, res.text).toBeUndefined();
    expect(res.body.data!.a).toContain('infra_host');
    expect(res.body.data!.b).toEqual(res.body.data!.a);
    expect(count('GetUsageAttributionTypes')).toBe(1);
  });
});
