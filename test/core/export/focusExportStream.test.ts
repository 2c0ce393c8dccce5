import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { request } from 'undici';
import { parse } from 'csv-parse/sync';
import { loadConfig } from '../../../src/gateway/config.js';
import { createGateway, createLogger, type Gateway } from '../../../src/gateway/createGateway.js';
import type { Provider } from '../../../src/gateway/provider.js';
import type { FocusRow } from '../../../src/focus/focusRow.js';
import type { FocusSource } from '../../../src/focus/focusSource.js';
import { MeterqlError } from '../../../src/errors.js';
import { parseDecimal } from '../../../src/money/decimal.js';
import { DEFAULT_UPSTREAM_POLICY } from '../../../src/upstream/upstreamPolicy.js';
import { PROVIDERS } from '../../../src/providers/registry.js';

/**
 * The export route's streaming contract, over a synthetic provider of 100,000 FOCUS rows (200 pages
 * of 500, generated on demand, never held): RSS stays flat while the CSV streams, a client that
 * disconnects stops the page reads, and a provider failing mid-stream makes the CSV end with a
 * trailer and an aborted response, the NDJSON with an error object.
 */

const PAGES = 200;
const PAGE_ROWS = 500;
const ROWS = PAGES * PAGE_ROWS;

/** What the synthetic upstream has been asked for, and where it fails (null: never). */
const upstream = { pagesRead: 0, failAtPage: null as number | null };

const money = (text: string) => parseDecimal(text)!;

function syntheticRow(page: number, i: number): FocusRow {
  const n = page * PAGE_ROWS + i;
  const cost = money(`${n % 997}.${String(n % 100).padStart(2, '0')}`);
  return {
    billedCost: cost,
    effectiveCost: cost,
    listCost: cost,
    contractedCost: cost,
    billingCurrency: 'USD',
    billingAccountId: 'bulk-account',
    billingAccountName: 'Bulk, "Synthetic" Inc.',
    subAccountId: `sub-${n % 37}`,
    subAccountName: `Sub account ${n % 37}`,
    billingPeriodStart: new Date(Date.UTC(2026, 9, 1)),
    billingPeriodEnd: new Date(Date.UTC(2026, 10, 1)),
    chargePeriodStart: new Date(Date.UTC(2026, 9, 1)),
    chargePeriodEnd: new Date(Date.UTC(2026, 10, 1)),
    chargeCategory: n % 50 === 0 ? 'Credit' : 'Usage',
    chargeClass: null,
    chargeDescription: `synthetic charge ${n}\nsecond line`,
    chargeFrequency: 'Usage-Based',
    consumedQuantity: money(String(n)),
    consumedUnit: 'Requests',
    pricingQuantity: money(String(n)),
    pricingUnit: 'Requests',
    listUnitPrice: money('0.0000075'),
    contractedUnitPrice: money('0.0000075'),
    pricingCategory: 'Standard',
    providerName: 'Bulk',
    publisherName: 'Bulk',
    invoiceIssuerName: 'Bulk',
    serviceName: `service-${n % 13}`,
    serviceCategory: 'Networking',
    serviceSubcategory: null,
    skuId: null,
    skuPriceId: null,
    regionId: 'eu',
    regionName: 'Europe',
    tags: { team: `t${n % 7}` },
  };
}

const bulkFocus: FocusSource = {
  scope: () => 'bulk',
  page(_ctx, _query, cursor) {
    const page = cursor === null ? 0 : Number(cursor);
    upstream.pagesRead += 1;
    if (upstream.failAtPage === page) {
      return Promise.reject(new MeterqlError('UPSTREAM_UNAVAILABLE', `Bulk page ${page} is unavailable`));
    }
    const rows = Array.from({ length: PAGE_ROWS }, (_, i) => syntheticRow(page, i));
    return Promise.resolve({ rows, next: page + 1 < PAGES ? String(page + 1) : null });
  },
};

const bulkProvider: Provider<null> = {
  name: 'bulk',
  enumValue: 'BULK',
  displayName: 'Bulk',
  orgTypeName: 'BulkOrg',
  orgScopeId: () => 'bulk',
  httpPolicy: DEFAULT_UPSTREAM_POLICY,
  typeDefs: ['extend enum ProviderName {\n  "A synthetic provider of many FOCUS rows."\n  BULK\n}\n'],
  resolvers: {},
  fieldSpecs: [],
  nodeTypes: {},
  focus: bulkFocus,
  readConfig: () => null,
  isConfigured: () => true,
  connect: () =>
    Promise.resolve({
      mode: 'real',
      baseUrl: null,
      banner: 'synthetic bulk provider',
      simulator: null,
      createRequestState: () => ({}),
      listOrgs: () => Promise.resolve([]),
      close: () => Promise.resolve(),
    }),
  simulate: () => Promise.reject(new Error('the bulk provider has no simulator')),
};

/** A full garbage collection, so RSS samples measure what is held, not what awaits collection. */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

let gateway: Gateway;
let origin: string;
const logLines: string[] = [];
const QUERY = 'billingPeriodStart=2026-10&billingPeriodEnd=2026-11';

beforeAll(async () => {
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'info' }, PROVIDERS);
  gateway = await createGateway(config, {
    providers: [bulkProvider],
    logger: createLogger('info', { write: (line: string) => void logLines.push(line) }),
    now: () => new Date(Date.UTC(2026, 10, 20, 12)),
  });
  origin = new URL(gateway.url).origin;
});
afterAll(() => gateway.stop());
beforeEach(() => {
  upstream.pagesRead = 0;
  upstream.failAtPage = null;
});

/**
 * Reads the whole CSV export, counting records and sampling RSS (after a full collection) before the
 * request and once per 10,000 rows; keeps only its first 4 KB and last 2 KB.
 */
async function streamCsv(): Promise<{
  records: number;
  bytes: number;
  baseline: number;
  atTenth: number;
  peak: number;
  heapPeak: number;
  first: string;
  tail: string;
}> {
  collectGarbage();
  // Before the request: a server that wrote ahead of its client would be counted in the growth.
  const baseline = process.memoryUsage().rss;
  const res = await request(`${origin}/export/focus.csv?${QUERY}`);
  expect(res.statusCode).toBe(200);
  let records = -1; // the header is not a row
  let bytes = 0;
  let peak = baseline;
  let heapPeak = 0;
  let atTenth = 0;
  let samples = 0;
  let tail = '';
  let first = '';
  const decoder = new TextDecoder();
  for await (const chunk of res.body) {
    const text = decoder.decode(chunk as Buffer, { stream: true });
    bytes += text.length;
    if (first.length < 4000) first += text;
    // Record ends are CRLF (a quoted cell's own line break is a bare LF); a CRLF may straddle chunks.
    records += (tail.slice(-1) + text).split('\r\n').length - 1;
    tail = (tail + text).slice(-2000);
    if (Math.floor(records / 10_000) > samples) {
      samples = Math.floor(records / 10_000);
      collectGarbage();
      const { rss, heapUsed } = process.memoryUsage();
      if (atTenth === 0) atTenth = rss;
      peak = Math.max(peak, rss);
      heapPeak = Math.max(heapPeak, heapUsed);
    }
  }
  return { records, bytes, baseline, atTenth, peak, heapPeak, first, tail };
}

describe('GET /export/focus.csv over 100,000 rows', () => {
  it('streams every row with RSS flat, reading pages as the client reads', async () => {
    // The first export warms the process up (code, pools, heap sizing) and checks the content.
    const warm = await streamCsv();
    expect(warm.records).toBe(ROWS);
    expect(upstream.pagesRead).toBe(PAGES);
    const head: Array<Record<string, string>> = parse(warm.first.slice(0, warm.first.lastIndexOf('\r\n') + 2), {
      columns: true,
    });
    expect(head[0]).toMatchObject({
      BilledCost: '0',
      BillingAccountName: 'Bulk, "Synthetic" Inc.',
      ChargeDescription: 'synthetic charge 0\nsecond line',
      Tags: '{"team":"t0"}',
      ChargeClass: '',
    });
    expect(warm.tail).toContain(`synthetic charge ${ROWS - 1}\n`);
    // Held whole, the CSV text alone would be over 30 MiB (and its rows several times that).
    expect(warm.bytes / 2 ** 20).toBeGreaterThan(30);

    // The second is measured.
    const run = await streamCsv();
    expect(run.records).toBe(ROWS);
    const mib = (n: number): string => (n / 2 ** 20).toFixed(1);
    const growthMb = (run.peak - run.baseline) / 2 ** 20;
    const flatMb = (run.peak - run.atTenth) / 2 ** 20;
    console.log(
      `focus.csv export: ${ROWS} rows, ${mib(run.bytes)} MiB streamed; RSS before ${mib(run.baseline)} MiB, at 10,000 rows ${mib(run.atTenth)} MiB, peak ${mib(run.peak)} MiB (growth ${growthMb.toFixed(1)} MiB, ${flatMb.toFixed(1)} MiB after the first 10,000 rows), heap peak ${mib(run.heapPeak)} MiB`,
    );
    // A server writing ahead of its client (no back-pressure) grows by several times the CSV here.
    expect(growthMb).toBeLessThan(32);
    expect(flatMb).toBeLessThan(24);
  });

  it('stops reading pages once the client disconnects', async () => {
    const res = await request(`${origin}/export/focus.csv?${QUERY}`);
    const iterator = res.body[Symbol.asyncIterator]();
    await iterator.next();
    res.body.destroy();
    await vi.waitFor(() => expect(logLines.some((l) => l.includes('export client disconnected'))).toBe(true));
    const readAtClose = upstream.pagesRead;
    // Let anything still scheduled run: no page is read after the disconnect was seen.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(upstream.pagesRead).toBe(readAtClose);
    expect(readAtClose).toBeLessThan(PAGES / 2);
    console.log(`disconnect after the first chunk: ${readAtClose} of ${PAGES} pages read`);
  });

  it('a provider failing mid-stream ends the CSV with an error trailer and an aborted response', async () => {
    upstream.failAtPage = 3;
    const res = await request(`${origin}/export/focus.csv?${QUERY}`);
    expect(res.statusCode).toBe(200);
    let text = '';
    let failed: unknown = null;
    try {
      for await (const chunk of res.body) text += (chunk as Buffer).toString('utf8');
    } catch (error) {
      failed = error;
    }
    expect(failed).not.toBeNull();
    const lines = text.split('\r\n').filter((l) => l !== '');
    expect(lines.at(-1)).toMatch(/^"?#meterql-export-error: incomplete export: BULK \(UPSTREAM_UNAVAILABLE\)/);
    expect(upstream.pagesRead).toBe(4);
  });

  it('a provider failing mid-stream ends the NDJSON with an error object after the rows read', async () => {
    upstream.failAtPage = 3;
    const res = await request(`${origin}/export/focus.ndjson?${QUERY}`);
    expect(res.statusCode).toBe(200);
    const lines = (await res.body.text())
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3 * PAGE_ROWS + 1);
    expect(lines.at(-1)).toEqual({
      error: {
        source: 'BULK',
        code: 'UPSTREAM_UNAVAILABLE',
        message: 'Bulk FOCUS rows are missing: Bulk page 3 is unavailable',
      },
    });
    expect(lines[0]).toMatchObject({ BilledCost: '0', Tags: { team: 't0' }, ChargeClass: null });
  });

  it('focusCharges pages the same stream with signed cursors, and reports the failure beside the rows read', async () => {
    upstream.failAtPage = 3;
    const gql = async (query: string): Promise<Record<string, unknown>> => {
      const res = await request(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      return (await res.body.json()) as Record<string, unknown>;
    };
    const body = (await gql(
      '{ focusCharges(billingPeriodStart: "2026-10", first: 1000, after: null) { nodes { billedCost } pageInfo { hasNextPage endCursor } failures { provider code } } }',
    )) as {
      data: {
        focusCharges: { nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string }; failures: unknown[] };
      };
    };
    const c = body.data.focusCharges;
    expect(c.nodes).toHaveLength(1000);
    expect(c.pageInfo.hasNextPage).toBe(true);
    expect(c.failures).toEqual([]);
    const next = (await gql(
      `{ focusCharges(billingPeriodStart: "2026-10", first: 1000, after: ${JSON.stringify(c.pageInfo.endCursor)}) { nodes { billedCost } pageInfo { hasNextPage } failures { provider code } } }`,
    )) as { data: { focusCharges: { nodes: unknown[]; pageInfo: { hasNextPage: boolean }; failures: unknown[] } } };
    // Pages 2 and part of the failing page 3: the rows of page 2, then the failure.
    expect(next.data.focusCharges.nodes).toHaveLength(PAGE_ROWS);
    expect(next.data.focusCharges.pageInfo.hasNextPage).toBe(false);
    expect(next.data.focusCharges.failures).toEqual([{ provider: 'BULK', code: 'UPSTREAM_UNAVAILABLE' }]);
    const tampered = (await gql(
      `{ focusCharges(billingPeriodStart: "2026-10", first: 10, after: ${JSON.stringify(`${c.pageInfo.endCursor}x`)}) { nodes { billedCost } } }`,
    )) as { errors: Array<{ extensions: { code: string } }> };
    expect(tampered.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  });
});
