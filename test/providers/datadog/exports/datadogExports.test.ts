import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { parse } from 'csv-parse/sync';
import { hoursBefore, startStack, type GqlResponse, type Stack } from '../../../helpers/stack.js';

const HOURLY_COLUMNS = ['org_public_id', 'org_name', 'product_family', 'hour', 'usage_type', 'value'];
const ROLLUP_COLUMNS = [
  'period_start',
  'period_end',
  'org_public_id',
  'product_family',
  'usage_type',
  'aggregation',
  'value',
  'hours',
];

interface HourlyNode {
  org: { publicId: string; name: string };
  productFamily: string;
  hour: string;
  measurements: Array<{ usageType: string; value: number | null }>;
}

/**
 * `/export/hourlyUsage.*` and `/export/usageRollup.*` read back with a real CSV parser (and as NDJSON)
 * equal the rows GraphQL answers for the same arguments, and the hourly export reads each upstream
 * page once as it writes (request log).
 */
describe('Datadog exports: hourlyUsage and usageRollup', () => {
  let stack: Stack;
  let origin: string;
  let start: string;
  let end: string;
  // Small upstream pages: every 24 h window of every org is three pages.
  const PAGE = 100;

  beforeAll(async () => {
    stack = await startStack({ maxPageSize: PAGE });
    origin = new URL(stack.gateway.url).origin;
    start = hoursBefore(stack.sim.world.now, 24 * 8);
    end = hoursBefore(stack.sim.world.now, 24 * 5);
  });
  afterAll(() => stack.stop());

  async function get(path: string): Promise<{ status: number; type: string; text: string }> {
    const res = await request(`${origin}/export/${path}`);
    return { status: res.statusCode, type: String(res.headers['content-type']), text: await res.body.text() };
  }

  async function hourlyNodes(): Promise<HourlyNode[]> {
    const nodes: HourlyNode[] = [];
    let after: string | null = null;
    for (;;) {
      type Page = { hourlyUsage: { nodes: HourlyNode[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
      const res: GqlResponse<Page> = await stack.gql<Page>(
        `query($start: DateTime!, $end: DateTime!, $after: String) {
          hourlyUsage(productFamilies: [infra_hosts, logs], start: $start, end: $end, includeDescendants: true, first: 1000, after: $after) {
            nodes { org { publicId name } productFamily hour measurements { usageType value } } pageInfo { hasNextPage endCursor }
          }
        }`,
        { start, end, after },
      );
      expect(res.body.errors).toBeUndefined();
      nodes.push(...res.body.data!.hourlyUsage.nodes);
      if (!res.body.data!.hourlyUsage.pageInfo.hasNextPage) return nodes;
      after = res.body.data!.hourlyUsage.pageInfo.endCursor;
    }
  }

  const hourlyRows = (nodes: HourlyNode[]): Array<Record<string, string | null>> =>
    nodes.flatMap((n) =>
      n.measurements.map((m) => ({
        org_public_id: n.org.publicId,
        org_name: n.org.name,
        product_family: n.productFamily,
        hour: n.hour,
        usage_type: m.usageType,
        value: m.value === null ? null : String(m.value),
      })),
    );

  it('hourlyUsage.csv equals the GraphQL measurements, one row per measurement, reading each upstream page once', async () => {
    const want = hourlyRows(await hourlyNodes());
    stack.sim.log.clear();
    const res = await get(
      `hourlyUsage.csv?productFamilies=infra_hosts,logs&start=${start}&end=${end}&includeDescendants=true`,
    );
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/csv/);
    const calls = stack.sim.log.count({ endpoint: 'GetHourlyUsage' });
    const records = stack.sim.world.orgs.length * 2 * 24;
    expect(calls).toBe(3 * Math.ceil(records / PAGE));
    const header: string[][] = parse(res.text, { to_line: 1 });
    expect(header[0]).toEqual(HOURLY_COLUMNS);
    const rows = parse<Record<string, string>>(res.text, { columns: true });
    // CSV has no null: an empty cell.
    expect(rows).toEqual(want.map((r) => ({ ...r, value: r.value ?? '' })));
    expect(rows.length).toBeGreaterThan(3 * records);
    expect(want.some((r) => r.value === null)).toBe(true);
  });

  it('hourlyUsage.ndjson equals them too, values as exact strings and null', async () => {
    const want = hourlyRows(await hourlyNodes());
    const res = await get(
      `hourlyUsage.ndjson?productFamilies=infra_hosts&productFamilies=logs&start=${start}&end=${end}&includeDescendants=true`,
    );
    expect(res.status).toBe(200);
    const rows = res.text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows).toEqual(want);
  });

  const ROLLUP_ARGS = [
    {
      gql: 'groupBy: [ORG, PRODUCT_FAMILY, USAGE_TYPE], includeDescendants: true',
      query: 'groupBy=ORG,PRODUCT_FAMILY&groupBy=USAGE_TYPE&includeDescendants=true',
    },
    {
      gql: 'usageTypes: ["host_count"], groupBy: [ORG], aggregation: AVG, includeDescendants: true',
      query: 'usageTypes=host_count&groupBy=ORG&aggregation=AVG&includeDescendants=true',
    },
    { gql: 'granularity: WEEK', query: 'granularity=WEEK' },
  ];

  for (const { gql, query } of ROLLUP_ARGS) {
    it(`usageRollup.csv and .ndjson equal the GraphQL rows (${query})`, async () => {
      const res = await stack.gql<{ usageRollup: Array<Record<string, unknown>> }>(
        `query($start: DateTime!, $end: DateTime!) {
          usageRollup(productFamilies: [infra_hosts, logs], start: $start, end: $end, ${gql}) {
            periodStart periodEnd orgId productFamily usageType aggregation value hours
          }
        }`,
        { start, end },
      );
      expect(res.body.errors).toBeUndefined();
      const want = res.body.data!.usageRollup.map((r) => ({
        period_start: r.periodStart,
        period_end: r.periodEnd,
        org_public_id: r.orgId,
        product_family: r.productFamily,
        usage_type: r.usageType,
        aggregation: r.aggregation,
        value: r.value,
        hours: r.hours,
      }));
      expect(want.length).toBeGreaterThan(0);
      const path = `productFamilies=infra_hosts,logs&start=${start}&end=${end}&${query}`;
      const csv = await get(`usageRollup.csv?${path}`);
      expect(csv.status).toBe(200);
      const header: string[][] = parse(csv.text, { to_line: 1 });
      expect(header[0]).toEqual(ROLLUP_COLUMNS);
      const rows = parse<Record<string, string>>(csv.text, { columns: true });
      expect(rows).toEqual(
        want.map((r) => ({
          ...r,
          org_public_id: r.org_public_id ?? '',
          product_family: r.product_family ?? '',
          usage_type: r.usage_type ?? '',
          hours: String(r.hours),
        })),
      );
      const nd = await get(`usageRollup.ndjson?${path}`);
      expect(nd.status).toBe(200);
      expect(
        nd.text
          .trimEnd()
          .split('\n')
          .map((l) => JSON.parse(l) as unknown),
      ).toEqual(want);
    });
  }

  it('an upstream failure before the first row is an error status, never a short file', async () => {
    stack.sim.faults.inject({ endpoint: 'GetHourlyUsage', status: 500, times: 1 });
    const res = await get(
      `usageRollup.csv?productFamilies=infra_hosts&start=${start}&end=${end}&includeDescendants=true`,
    );
    stack.sim.faults.clear();
    expect(res.status).toBe(502);
    expect(
      (JSON.parse(res.text) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code,
    ).toBe('UPSTREAM_UNAVAILABLE');
  });

  it('a client that disconnects stops the upstream reads', async () => {
    const from = hoursBefore(stack.sim.world.now, 24 * 70);
    const to = hoursBefore(stack.sim.world.now, 24 * 10);
    const total = 60 * Math.ceil((stack.sim.world.orgs.length * 2 * 24) / PAGE);
    stack.sim.log.clear();
    const res = await request(
      `${origin}/export/hourlyUsage.csv?productFamilies=infra_hosts,logs&start=${from}&end=${to}&includeDescendants=true`,
    );
    expect(res.statusCode).toBe(200);
    // Read the first chunk, then go away.
    for await (const chunk of res.body) {
      expect(String(chunk)).toMatch(/^org_public_id,org_name,product_family,hour,usage_type,value\r\n/);
      break;
    }
    // Wait until the gateway has stopped asking.
    let calls = stack.sim.log.count({ endpoint: 'GetHourlyUsage' });
    for (;;) {
      await new Promise((r) => setTimeout(r, 200));
      const now = stack.sim.log.count({ endpoint: 'GetHourlyUsage' });
      if (now === calls) break;
      calls = now;
    }
    expect(calls).toBeGreaterThan(0);
    expect(calls).toBeLessThan(total / 2);
    console.info(`hourlyUsage export abandoned after the first chunk: ${calls} of ${total} upstream pages read`);
  });
});
