import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { request } from 'undici';
import { parse } from 'csv-parse/sync';
import { hoursBefore, monthsBefore, startStack, type GqlResponse, type Stack } from '../../../helpers/stack.js';

/**
 * Datadog's export views through the real stack (simulator, gateway, `/export` route): each view's
 * CSV (read back by csv-parse) and NDJSON equal the rows of the GraphQL field it mirrors; bad
 * parameters are refused with 400 before any upstream call; a client that goes away stops the
 * upstream reads; a 429 or 5xx mid-stream ends the CSV aborted with a trailer and the NDJSON with a
 * typed error object.
 */

type Row = Record<string, unknown>;
type Tags = Array<{ key: string; values: string[] }> | null;

const tagObject = (tags: Tags): Record<string, string[]> | null =>
  tags === null ? null : Object.fromEntries(tags.map((t) => [t.key, t.values]));

/** A JSON row as CSV writes it: null empty, objects as JSON text, the rest as text. */
const asCsv = (row: Row): Record<string, string> =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [
      k,
      v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v as string | number | boolean),
    ]),
  );

let stack: Stack;
let origin: string;
let now: Date;

beforeAll(async () => {
  // Small upstream pages: an export is many upstream pages.
  stack = await startStack({ maxPageSize: 40 });
  origin = new URL(stack.gateway.url).origin;
  now = new Date();
});
afterAll(() => stack.stop());
beforeEach(() => {
  stack.sim.faults.clear();
  stack.sim.log.clear();
});

async function exportText(path: string): Promise<{ status: number; text: string; type: string }> {
  const res = await request(`${origin}${path}`);
  return { status: res.statusCode, text: await res.body.text(), type: String(res.headers['content-type']) };
}

async function exportBoth(view: string, query: string): Promise<{ csv: Row[]; ndjson: Row[]; header: string }> {
  const csv = await exportText(`/export/${view}.csv?${query}`);
  expect(csv.status, csv.text.slice(0, 500)).toBe(200);
  expect(csv.type).toMatch(/^text\/csv/);
  const ndjson = await exportText(`/export/${view}.ndjson?${query}`);
  expect(ndjson.status).toBe(200);
  expect(ndjson.type).toMatch(/^application\/x-ndjson/);
  return {
    csv: parse(csv.text, { columns: true }),
    ndjson: ndjson.text
      .trimEnd()
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as Row),
    header: csv.text.slice(0, csv.text.indexOf('\r\n')),
  };
}

/** Every node of a connection field, walked with `first: 1000`. */
async function walkConnection(field: string, args: string, node: string): Promise<Row[]> {
  const nodes: Row[] = [];
  let after: string | null = null;
  for (;;) {
    type Page = { nodes: Row[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    const res: GqlResponse<Record<string, Page>> = await stack.gql<Record<string, Page>>(
      `query($after: String) { ${field}(${args}, first: 1000, after: $after) { nodes { ${node} } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    expect(res.body.errors).toBeUndefined();
    const page: Page = res.body.data![field]!;
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}

describe('each view equals the GraphQL rows of its field', () => {
  it('hourlyUsageAttribution', async () => {
    const start = hoursBefore(now, 24 * 3);
    const end = hoursBefore(now, 12);
    const nodes = await walkConnection(
      'hourlyUsageAttribution',
      `usageType: infra_host_usage, start: "${start}", end: "${end}", tagBreakdownKeys: ["team", "env"]`,
      'org { publicId name } hour usageType tagConfigSource tags { key values } totalUsageSum updatedAt',
    );
    const expected = nodes.map((n) => ({
      hour: n.hour,
      org_public_id: (n.org as Row).publicId,
      org_name: (n.org as Row).name,
      usage_type: n.usageType,
      tag_config_source: n.tagConfigSource,
      tags: tagObject(n.tags as Tags),
      total_usage_sum: n.totalUsageSum,
      updated_at: n.updatedAt,
    }));
    stack.sim.log.clear();
    const out = await exportBoth(
      'hourlyUsageAttribution',
      `usageType=infra_host_usage&start=${start}&end=${end}&tagBreakdownKeys=team,env`,
    );
    expect(out.header).toBe('hour,org_public_id,org_name,usage_type,tag_config_source,tags,total_usage_sum,updated_at');
    expect(expected.length).toBeGreaterThan(200);
    expect(out.ndjson).toEqual(expected);
    expect(out.csv).toEqual(expected.map(asCsv));
    // Each upstream page (three 24-hour windows of several pages of at most 40 records) read once.
    stack.sim.log.clear();
    await exportText(
      `/export/hourlyUsageAttribution.csv?usageType=infra_host_usage&start=${start}&end=${end}&tagBreakdownKeys=team,env`,
    );
    const pages = stack.sim.log.entries({ endpoint: 'GetHourlyUsageAttribution' }).map((e) => JSON.stringify(e.query));
    expect(new Set(pages).size).toBe(pages.length);
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(expected.length / 40));
  });

  it('monthlyUsageAttribution, one row per record and field', async () => {
    const startMonth = monthsBefore(now, 3);
    const endMonth = monthsBefore(now, 1);
    const nodes = await walkConnection(
      'monthlyUsageAttribution',
      `fields: [infra_host_usage, infra_host_percentage], startMonth: "${startMonth}", endMonth: "${endMonth}", tagBreakdownKeys: ["team"]`,
      'org { publicId name } month tagConfigSource tags { key values } updatedAt values { field value }',
    );
    const expected = nodes.flatMap((n) =>
      (n.values as Array<{ field: string; value: number | null }>).map((v) => ({
        month: n.month,
        org_public_id: (n.org as Row).publicId,
        org_name: (n.org as Row).name,
        tag_config_source: n.tagConfigSource,
        tags: tagObject(n.tags as Tags),
        updated_at: n.updatedAt,
        field: v.field,
        value: v.value,
      })),
    );
    const out = await exportBoth(
      'monthlyUsageAttribution',
      `fields=infra_host_usage&fields=infra_host_percentage&startMonth=${startMonth}&endMonth=${endMonth}&tagBreakdownKeys=team`,
    );
    expect(out.header).toBe('month,org_public_id,org_name,tag_config_source,tags,updated_at,field,value');
    expect(expected.length).toBeGreaterThan(40);
    expect(out.ndjson).toEqual(expected);
    expect(out.csv).toEqual(expected.map(asCsv));
  });

  it.each([
    ['HISTORICAL', `startMonth=${monthsBefore(new Date(), 4)}&endMonth=${monthsBefore(new Date(), 2)}`],
    ['ESTIMATED', 'view=SUMMARY'],
    ['PROJECTED', ''],
  ])('costs (%s), one row per charge', async (kind, extra) => {
    const params = new URLSearchParams(`kind=${kind}&${extra}`);
    const args = [...params]
      .map(([k, v]) => `${k}: ${k === 'kind' || k === 'view' ? v : JSON.stringify(v)}`)
      .join(', ');
    const res = await stack.gql<{ costs: Row[] }>(
      `{ costs(${args}) { org { publicId name } month day date totalCost isFinal charges { productName chargeType cost } } }`,
    );
    expect(res.body.errors).toBeUndefined();
    const expected = res.body.data!.costs.flatMap((c) =>
      (c.charges as Row[]).map((ch) => ({
        month: c.month,
        day: c.day,
        date: c.date,
        org_public_id: (c.org as Row).publicId,
        org_name: (c.org as Row).name,
        total_cost: c.totalCost,
        is_final: c.isFinal,
        product_name: ch.productName,
        charge_type: ch.chargeType,
        cost: ch.cost,
      })),
    );
    const out = await exportBoth('costs', params.toString());
    expect(out.header).toBe('month,day,date,org_public_id,org_name,total_cost,is_final,product_name,charge_type,cost');
    expect(expected.length).toBeGreaterThan(0);
    expect(out.ndjson).toEqual(expected);
    expect(out.csv).toEqual(expected.map(asCsv));
    // Money as exact decimal strings.
    for (const row of out.ndjson) expect(typeof row.cost).toBe('string');
  });

  it('monthlyCostAttribution, one row per row and field', async () => {
    const startMonth = monthsBefore(now, 3);
    const endMonth = monthsBefore(now, 1);
    const nodes = await walkConnection(
      'monthlyCostAttribution',
      `startMonth: "${startMonth}", endMonth: "${endMonth}", tagBreakdownKeys: ["team"], fields: ["infra_host_total_cost", "infra_host_percentage_in_org"]`,
      'org { publicId name } month tagConfigSource tags { key values } updatedAt values { field cost percentage }',
    );
    const expected = nodes.flatMap((n) =>
      (n.values as Array<{ field: string; cost: string | null; percentage: number | null }>).map((v) => ({
        month: n.month,
        org_public_id: (n.org as Row).publicId,
        org_name: (n.org as Row).name,
        tag_config_source: n.tagConfigSource,
        tags: tagObject(n.tags as Tags),
        updated_at: n.updatedAt,
        field: v.field,
        cost: v.cost,
        percentage: v.percentage,
      })),
    );
    const out = await exportBoth(
      'monthlyCostAttribution',
      `startMonth=${startMonth}&endMonth=${endMonth}&tagBreakdownKeys=team&fields=infra_host_total_cost,infra_host_percentage_in_org`,
    );
    expect(out.header).toBe('month,org_public_id,org_name,tag_config_source,tags,updated_at,field,cost,percentage');
    expect(expected.length).toBeGreaterThan(0);
    expect(out.ndjson).toEqual(expected);
    expect(out.csv).toEqual(expected.map(asCsv));
  });
});

describe('bad parameters are refused before any upstream call', () => {
  it.each([
    ['hourlyUsageAttribution', 'start=2026-01-01T00', 'usageType', 'is required'],
    ['hourlyUsageAttribution', 'usageType=infra_hosts&start=2026-01-01T00', 'usageType', '"infra_hosts"'],
    ['hourlyUsageAttribution', 'usageType=infra_host_usage&start=yesterday', 'start', '"yesterday"'],
    [
      'hourlyUsageAttribution',
      'usageType=infra_host_usage&start=2026-01-01T00&includeDescendants=yes',
      'includeDescendants',
      '"yes"',
    ],
    ['hourlyUsageAttribution', 'usageType=infra_host_usage&start=2026-01-01T00&first=10', 'first', 'is not one of'],
    ['monthlyUsageAttribution', 'startMonth=2026-13', 'startMonth', '"2026-13"'],
    ['monthlyUsageAttribution', 'startMonth=2026-01&fields=infra_host_usage,nope', 'fields', '"nope"'],
    ['costs', 'kind=historical', 'kind', '"historical"'],
    ['costs', 'kind=PROJECTED&startMonth=2026-01', 'startMonth', 'is not accepted'],
    ['costs', 'kind=ESTIMATED&startDate=2026-01-01&startMonth=2026-01', 'startDate', 'exclude each other'],
    ['monthlyCostAttribution', 'startMonth=2026-01&fields=infra_host', 'fields', '"infra_host"'],
    ['monthlyCostAttribution', 'startMonth=2026-01&startMonth=2026-02', 'startMonth', 'given once'],
  ])('%s?%s: 400 naming %s', async (view, query, param, detail) => {
    const res = await request(`${origin}/export/${view}.csv?${query}`);
    expect(res.statusCode).toBe(400);
    const body = (await res.body.json()) as { errors: Array<{ message: string; extensions: Row }> };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: param });
    expect(body.errors[0]!.message).toContain(`"${param}"`);
    expect(body.errors[0]!.message).toContain(detail);
    expect(stack.sim.log.count()).toBe(0);
  });

  it('an out-of-retention window is the field check own refusal', async () => {
    const res = await request(`${origin}/export/monthlyUsageAttribution.ndjson?startMonth=2001-01`);
    expect(res.statusCode).toBe(400);
    const body = (await res.body.json()) as { errors: Array<{ message: string; extensions: Row }> };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'startMonth' });
    expect(stack.sim.log.count()).toBe(0);
  });
});

/** A long hourly attribution export: 40 days of every org's hours by three tag keys, 40 records a page. */
const LONG = () =>
  `usageType=infra_host_usage&start=${hoursBefore(now, 24 * 40)}&end=${hoursBefore(now, 1)}&tagBreakdownKeys=team,service,env`;

describe('streaming', () => {
  it('a client that disconnects stops the upstream reads', async () => {
    const full = await exportText(`/export/hourlyUsageAttribution.csv?${LONG()}`);
    const allPages = stack.sim.log.count({ endpoint: 'GetHourlyUsageAttribution' });
    expect(full.text.length).toBeGreaterThan(3_000_000);
    stack.sim.log.clear();
    const lines = stack.logLines.length;

    const res = await request(`${origin}/export/hourlyUsageAttribution.csv?${LONG()}`);
    const iterator = res.body[Symbol.asyncIterator]();
    await iterator.next();
    res.body.destroy();
    await vi.waitFor(() =>
      expect(stack.logLines.slice(lines).some((l) => l.includes('export client disconnected'))).toBe(true),
    );
    const atClose = stack.sim.log.count();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stack.sim.log.count()).toBe(atClose);
    expect(atClose).toBeLessThan(allPages / 2);
    console.log(`disconnect after the first chunk: ${atClose} of ${allPages} upstream pages read`);
  });

  it.each([
    ['a 503', { kind: 'status' as const, status: 503 }, 'UPSTREAM_UNAVAILABLE'],
    ['a 429', { kind: 'rateLimit' as const, resetSeconds: 1 }, 'UPSTREAM_RATE_LIMITED'],
  ])('%s mid-stream aborts the CSV after a trailer', async (_name, fault, code) => {
    // Three pages answered, then every request fails.
    stack.sim.faults.inject({ endpoint: 'GetHourlyUsageAttribution', kind: 'slow', delayMs: 0, times: 3 });
    stack.sim.faults.inject({ endpoint: 'GetHourlyUsageAttribution', times: 1000, ...fault });
    const res = await request(`${origin}/export/hourlyUsageAttribution.csv?${LONG()}`);
    expect(res.statusCode).toBe(200);
    let text = '';
    let failed: unknown = null;
    try {
      for await (const chunk of res.body) text += (chunk as Buffer).toString('utf8');
    } catch (error) {
      failed = error;
    }
    expect(failed).not.toBeNull();
    const records: string[][] = parse(text, { relax_column_count: true });
    expect(records).toHaveLength(1 + 3 * 40 + 1);
    expect(records.at(-1)![0]).toMatch(new RegExp(`^#meterql-export-error: incomplete export: DATADOG \\(${code}\\)`));
    expect(stack.sim.log.count()).toBe(4);
  });

  it.each([
    ['a 500', { kind: 'status' as const, status: 500 }, 'UPSTREAM_UNAVAILABLE'],
    ['a 429', { kind: 'rateLimit' as const, resetSeconds: 1 }, 'UPSTREAM_RATE_LIMITED'],
  ])('%s mid-stream ends the NDJSON with a typed error object', async (_name, fault, code) => {
    stack.sim.faults.inject({ endpoint: 'GetHourlyUsageAttribution', kind: 'slow', delayMs: 0, times: 2 });
    stack.sim.faults.inject({ endpoint: 'GetHourlyUsageAttribution', times: 1000, ...fault });
    const res = await request(`${origin}/export/hourlyUsageAttribution.ndjson?${LONG()}`);
    expect(res.statusCode).toBe(200);
    const lines = (await res.body.text())
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Row);
    expect(lines).toHaveLength(2 * 40 + 1);
    expect(lines.at(-1)).toEqual({
      error: { source: 'DATADOG', code, message: expect.stringContaining('GetHourlyUsageAttribution') as unknown },
    });
    expect(stack.sim.log.count()).toBe(3);
  });

  it('a failure before the first row is a 502 for CSV and an error object for NDJSON', async () => {
    stack.sim.faults.inject({ endpoint: 'GetMonthlyUsageAttribution', status: 500, times: 2 });
    const query = `startMonth=${monthsBefore(now, 2)}`;
    const csv = await exportText(`/export/monthlyUsageAttribution.csv?${query}`);
    expect(csv.status).toBe(502);
    expect(JSON.parse(csv.text)).toMatchObject({ errors: [{ extensions: { code: 'UPSTREAM_UNAVAILABLE' } }] });
    const ndjson = await exportText(`/export/monthlyUsageAttribution.ndjson?${query}`);
    expect(ndjson.status).toBe(200);
    expect(JSON.parse(ndjson.text.trim())).toMatchObject({
      error: { source: 'DATADOG', code: 'UPSTREAM_UNAVAILABLE' },
    });
  });
});
