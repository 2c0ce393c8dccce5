import { execFileSync } from 'node:child_process';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { parse } from 'csv-parse/sync';
import { Decimal } from 'decimal.js';
import type { Browser, Page } from 'playwright-core';
import { loadConfig } from '../../../src/gateway/config.js';
import { createGateway, createLogger, type Gateway } from '../../../src/gateway/createGateway.js';
import { EXPLORER_CSP } from '../../../src/gateway/explorerRoute.js';
import { PROVIDERS } from '../../../src/providers/registry.js';
import { CHROMIUM_AVAILABLE, launchChromium } from '../../helpers/headlessChromium.js';
import { gqlClient, PLAIN_UPSTREAM, type GqlClient } from '../../helpers/stack.js';

/**
 * The usage explorer in headless Chromium against the real stack: a gateway on its embedded
 * simulators (Datadog, Fastly, F5), the page bundled by scripts/buildExplorer.mjs exactly as
 * `npm run build` does. Every chart's numbers are read back from the page (the exact values it drew
 * and Chart.js's own data) and compared with the same GraphQL query made here over HTTP; its CSV
 * links are fetched and added up. Screenshots go to test-artifacts/; with UPDATE_SCREENSHOTS=1 the
 * README's docs/explorer.png is rewritten too.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ARTIFACTS = `${ROOT}test-artifacts`;
const DIST = `${ROOT}dist/explorer`;

// The page's state as it publishes it on window.__explorer (explorer/src/panel.ts).
interface Point {
  series: string;
  x: string;
  value: string;
}
interface Snapshot {
  state: 'loading' | 'ready' | 'empty' | 'error';
  points: Point[];
  errors: Array<{ code: string; message: string; provider?: string }>;
  downloads: string[];
  data: { labels?: string[]; datasets: Array<{ label: string; data: unknown[]; _data?: unknown[] }> } | null;
}
/**
 * The page's globals, as the functions evaluated in it see them (this project is typed for Node).
 * Those functions are sent to the page as source: they name `globalThis`, nothing of this module.
 */
interface PageGlobals {
  __explorer: { charts: Record<string, Snapshot> };
  document: {
    body: { dataset: Record<string, string | undefined> };
    documentElement: { scrollWidth: number };
    querySelectorAll(selector: string): ArrayLike<{ getBoundingClientRect(): { right: number } }>;
  };
}

/** An embedded gateway: no provider configured, so each runs on its own simulator (the demo default). */
async function startEmbedded(plain = false): Promise<{ gateway: Gateway; gql: GqlClient; origin: string }> {
  const base = loadConfig({ PORT: '0', LOG_LEVEL: 'warn' }, PROVIDERS);
  const config = plain ? { ...base, upstream: PLAIN_UPSTREAM, responseCache: { maxBytes: 0 } } : base;
  // Errors only: the outage gateway warns about Fastly on every read, as it should.
  const gateway = await createGateway(config, { providers: PROVIDERS, logger: createLogger('error') });
  return { gateway, gql: gqlClient(gateway.url), origin: new URL(gateway.url).origin };
}

function monthText(date: Date): string {
  return date.toISOString().slice(0, 7);
}
function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
}
/** The page's default billing months and usage range (explorer/src/main.ts). */
const now = new Date();
const MONTHS = { billingPeriodStart: monthText(addMonths(now, -5)), billingPeriodEnd: monthText(addMonths(now, 1)) };
const USAGE_START = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - 30 * 86_400_000);

const byPoint = (a: Point, b: Point): number => `${a.series}|${a.x}`.localeCompare(`${b.series}|${b.x}`);

/** Opens the explorer and waits until every panel has answered. */
async function openExplorer(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/explorer`);
  await page.waitForFunction(
    () => (globalThis as unknown as PageGlobals).document.body.dataset.loaded === 'true',
    undefined,
    { timeout: 60_000 },
  );
}

async function snapshot(page: Page, name: string): Promise<Snapshot> {
  await page.waitForFunction(
    (n) => (globalThis as unknown as PageGlobals).__explorer.charts[n]?.state !== 'loading',
    name,
    { timeout: 60_000 },
  );
  return page.evaluate(
    (n) => JSON.parse(JSON.stringify((globalThis as unknown as PageGlobals).__explorer.charts[n])) as Snapshot,
    name,
  );
}

/** Chart.js's data holds exactly `points`: one dataset per series, each value at its category. */
function expectChartData(shot: Snapshot, labelOf: (x: string) => string | number): void {
  const data = shot.data!;
  expect(new Set(data.datasets.map((d) => d.label))).toEqual(new Set(shot.points.map((p) => p.series)));
  for (const p of shot.points) {
    const dataset = data.datasets.find((d) => d.label === p.series)!;
    // The decimation plugin keeps the original points in `_data` when it thins a line.
    const values = dataset._data ?? dataset.data;
    const at = labelOf(p.x);
    const drawn =
      typeof at === 'number'
        ? (values as Array<{ x: number; y: number }>).find((v) => v.x === at)?.y
        : values[data.labels!.indexOf(at)];
    expect(drawn, `${p.series} at ${p.x}`).toBe(Number(p.value));
  }
}

const FOCUS_GROUPS = `groups { providerName subAccountId subAccountName serviceName billingPeriodStart billingCurrency billedCost }
  failures { provider code message }`;
interface FocusGroup {
  providerName: string | null;
  subAccountId: string | null;
  subAccountName: string | null;
  serviceName: string | null;
  billingPeriodStart: string | null;
  billedCost: string;
}
async function focusSummary(
  gql: GqlClient,
  groupBy: string[],
  extra: Record<string, unknown> = {},
): Promise<{ groups: FocusGroup[]; failures: Array<{ provider: string; code: string; message: string }> }> {
  const res = await gql<{ focusSummary: { groups: FocusGroup[]; failures: [] } }>(
    `query($groupBy: [FocusGroupBy!]!, $orgs: [String!], $billingPeriodStart: Month, $billingPeriodEnd: Month) {
      focusSummary(groupBy: $groupBy, orgs: $orgs, billingPeriodStart: $billingPeriodStart, billingPeriodEnd: $billingPeriodEnd) { ${FOCUS_GROUPS} } }`,
    { groupBy, ...MONTHS, ...extra },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.focusSummary;
}

/** The top-10 ranking the page draws from focusSummary groups (largest BilledCost first). */
function ranking(groups: FocusGroup[], label: (g: FocusGroup) => string, series: string): Point[] {
  return [...groups]
    .sort((a, b) => Number(b.billedCost) - Number(a.billedCost))
    .slice(0, 10)
    .map((g) => ({ series, x: label(g), value: g.billedCost }));
}

/** Rollup rows as the page's points, or null while `usageRollup` answers null (not implemented yet). */
async function rollupPoints(gql: GqlClient, vars: Record<string, unknown>): Promise<Point[] | null> {
  const res = await gql<{
    usageRollup: Array<{
      periodStart: string;
      productFamily: string | null;
      usageType: string | null;
      aggregation: string;
      value: string;
    }> | null;
  }>(
    `query($productFamilies: [ProductFamily!], $start: DateTime!, $granularity: RollupGranularity, $orgs: [String!], $includeDescendants: Boolean) {
      usageRollup(productFamilies: $productFamilies, start: $start, granularity: $granularity, groupBy: [PRODUCT_FAMILY, USAGE_TYPE], orgs: $orgs, includeDescendants: $includeDescendants) {
        periodStart productFamily usageType aggregation value } }`,
    { productFamilies: ['infra_hosts'], start: USAGE_START.toISOString(), ...vars },
  );
  const rows = res.body.data?.usageRollup ?? null;
  return (
    rows?.map((r) => ({
      series: `${r.productFamily ?? ''} / ${r.usageType ?? ''} (${r.aggregation})`,
      x: r.periodStart,
      value: r.value,
    })) ?? null
  );
}

/** Checks a usage panel against the API: the same points, drawn; or the empty state while the field answers null. */
function expectUsagePanel(shot: Snapshot, expected: Point[] | null): void {
  if (expected === null) {
    expect(shot.state).toBe('empty');
    expect(shot.points).toEqual([]);
    return;
  }
  expect(expected.length).toBeGreaterThan(0);
  expect(shot.state).toBe('ready');
  expect([...shot.points].sort(byPoint)).toEqual([...expected].sort(byPoint));
  expectChartData(shot, (x) => Date.parse(x));
}

/** GETs a download link of the page and parses its CSV. */
async function downloadCsv(
  origin: string,
  href: string,
): Promise<{ status: number; rows: Array<Record<string, string>> }> {
  const res = await request(`${origin}${href}`);
  const text = await res.body.text();
  if (res.statusCode !== 200) return { status: res.statusCode, rows: [] };
  expect(res.headers['content-type']).toContain('text/csv');
  return { status: 200, rows: parse<Record<string, string>>(text, { columns: true }) };
}

/** Sums BilledCost of FOCUS CSV rows by `key`, exactly. */
function sumBy(rows: Array<Record<string, string>>, key: (r: Record<string, string>) => string): Map<string, string> {
  const sums = new Map<string, Decimal>();
  for (const r of rows) sums.set(key(r), (sums.get(key(r)) ?? new Decimal(0)).plus(r.BilledCost!));
  return new Map([...sums].map(([k, v]) => [k, v.toFixed()]));
}

describe.skipIf(!CHROMIUM_AVAILABLE)('usage explorer in headless Chromium', () => {
  let healthy: Awaited<ReturnType<typeof startEmbedded>>;
  let outage: Awaited<ReturnType<typeof startEmbedded>>;
  let browser: Browser;

  beforeAll(async () => {
    // The bundle, built exactly as `npm run build` builds it (esbuild: well under a second).
    execFileSync(process.execPath, ['scripts/buildExplorer.mjs'], { cwd: ROOT, stdio: 'pipe' });
    await mkdir(ARTIFACTS, { recursive: true });
    healthy = await startEmbedded();
    // One attempt per upstream call and no caches, so Fastly's fault is seen at once.
    outage = await startEmbedded(true);
    const fastly = outage.gateway.providers.find((p) => p.name === 'fastly')!.connection.simulator!;
    const fault = await request(`${fastly.url}/_simulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ kind: 'status', status: 503, share: 1 }),
    });
    expect(fault.statusCode).toBeLessThan(300);
    await fault.body.dump();
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await healthy?.gateway.stop();
    await outage?.gateway.stop();
  });

  it('serves the page and its hashed assets with their types, cache policy and a strict CSP', async () => {
    const html = await request(`${healthy.origin}/explorer`);
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['cache-control']).toBe('no-cache');
    expect(html.headers['content-security-policy']).toBe(EXPLORER_CSP);
    expect(EXPLORER_CSP).toContain("script-src 'self'");
    expect(EXPLORER_CSP).not.toContain('unsafe');
    expect(html.headers['x-content-type-options']).toBe('nosniff');
    const page = await html.body.text();
    const script = /src="(\/explorer\/app-[A-Z0-9]{8}\.js)"/.exec(page)?.[1];
    const style = /href="(\/explorer\/style-[A-Z0-9]{8}\.css)"/.exec(page)?.[1];
    expect(script, page).toBeDefined();
    expect(style, page).toBeDefined();
    for (const [path, type] of [
      [script!, 'text/javascript; charset=utf-8'],
      [style!, 'text/css; charset=utf-8'],
    ] as const) {
      const res = await request(`${healthy.origin}${path}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(type);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect((await res.body.text()).length).toBeGreaterThan(100);
    }
    for (const path of ['/explorer/missing-AAAAAAAA.js', '/explorer/..%2Fpackage.json', '/explorer/a/b.js']) {
      const res = await request(`${healthy.origin}${path}`);
      expect(res.statusCode, path).toBe(404);
      await res.body.dump();
    }
    const post = await request(`${healthy.origin}/explorer`, { method: 'POST', body: '' });
    expect(post.statusCode).toBe(405);
    await post.body.dump();
  });

  it('answers 503 naming `npm run build` while the bundle is missing', async () => {
    const aside = `${DIST}.aside-${process.pid}`;
    await rename(DIST, aside);
    try {
      const res = await request(`${healthy.origin}/explorer`);
      expect(res.statusCode).toBe(503);
      expect(await res.body.text()).toContain('npm run build');
    } finally {
      await rm(DIST, { recursive: true, force: true });
      await rename(aside, DIST);
    }
  });

  it('loads from the gateway alone and every chart shows the numbers the GraphQL API returns', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const origins = new Set<string>();
    page.on('request', (req) => origins.add(new URL(req.url()).origin));
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(msg.text());
    });
    await openExplorer(page, healthy.origin);
    const { gql, origin } = healthy;

    // (a) spend by provider and month: stacked bars, one dataset per provider.
    const spend = await snapshot(page, 'spend-by-provider');
    const byProvider = await focusSummary(gql, ['PROVIDER', 'BILLING_PERIOD']);
    expect(byProvider.failures).toEqual([]);
    const expectedSpend = byProvider.groups.map((g) => ({
      series: g.providerName!,
      x: g.billingPeriodStart!.slice(0, 7),
      value: g.billedCost,
    }));
    expect(new Set(expectedSpend.map((p) => p.series))).toEqual(new Set(['Datadog', 'Fastly', 'F5 Distributed Cloud']));
    expect(spend.state).toBe('ready');
    expect(spend.errors).toEqual([]);
    expect([...spend.points].sort(byPoint)).toEqual([...expectedSpend].sort(byPoint));
    expect(spend.data!.labels).toHaveLength(6);
    const monthLabel = (m: string) =>
      new Date(`${m}-01T00:00:00Z`).toLocaleDateString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
    expectChartData(spend, monthLabel);
    // Its CSV link is the FOCUS rows of the same months: their BilledCost adds up to every bar.
    expect(spend.downloads).toEqual([
      `/export/focus.csv?billingPeriodStart=${MONTHS.billingPeriodStart}&billingPeriodEnd=${MONTHS.billingPeriodEnd}`,
    ]);
    const csv = await downloadCsv(origin, spend.downloads[0]!);
    expect(csv.status).toBe(200);
    const csvSums = sumBy(csv.rows, (r) => `${r.ProviderName}|${r.BillingPeriodStart!.slice(0, 7)}`);
    expect(csvSums).toEqual(new Map(spend.points.map((p) => [`${p.series}|${p.x}`, new Decimal(p.value).toFixed()])));

    // (c) top orgs / namespaces and top services: ranked, largest first.
    const topOrgs = await snapshot(page, 'top-orgs');
    const bySubAccount = await focusSummary(gql, ['PROVIDER', 'SUB_ACCOUNT']);
    const expectedOrgs = ranking(
      bySubAccount.groups.filter((g) => g.subAccountId !== null),
      (g) => `${g.subAccountName ?? g.subAccountId} (${g.providerName})`,
      'Sub account',
    );
    expect(expectedOrgs.length).toBeGreaterThanOrEqual(5);
    expect(topOrgs.points).toEqual(expectedOrgs);
    expect(topOrgs.data!.labels).toEqual(expectedOrgs.map((p) => p.x));
    expect(topOrgs.data!.datasets[0]!.data).toEqual(expectedOrgs.map((p) => Number(p.value)));
    const topServices = await snapshot(page, 'top-services');
    const byService = await focusSummary(gql, ['SERVICE_NAME']);
    const expectedServices = ranking(byService.groups, (g) => g.serviceName!, 'Service');
    expect(expectedServices).toHaveLength(10);
    expect(topServices.points).toEqual(expectedServices);
    expect(topServices.data!.datasets[0]!.data).toEqual(expectedServices.map((p) => Number(p.value)));

    // (b) usage over time: the rollup rows, one line per family and usage type.
    const usage = await snapshot(page, 'usage-over-time');
    expect(usage.errors).toEqual([]);
    expectUsagePanel(usage, await rollupPoints(gql, { granularity: 'DAY', includeDescendants: true }));
    const rollupLink = new URL(usage.downloads[0]!, origin);
    expect(rollupLink.pathname).toBe('/export/usageRollup.csv');
    expect(Object.fromEntries(rollupLink.searchParams)).toEqual({
      productFamilies: 'infra_hosts',
      start: USAGE_START.toISOString(),
      granularity: 'DAY',
      groupBy: 'PRODUCT_FAMILY,USAGE_TYPE',
      includeDescendants: 'true',
    });
    await page.screenshot({ path: `${ARTIFACTS}/explorer-overview-1280.png`, fullPage: true });
    if (process.env.UPDATE_SCREENSHOTS) {
      await mkdir(`${ROOT}docs`, { recursive: true });
      // The first screen at 1280×800, scrolled to the top: the view a reader meets first.
      await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
      await writeFile(`${ROOT}docs/explorer.png`, await page.screenshot());
    }

    // The granularity switch asks again, by week.
    await page.check('input[name="granularity"][value="WEEK"]');
    await page.waitForFunction(
      () =>
        (globalThis as unknown as PageGlobals).__explorer.charts['usage-over-time']!.downloads[0]!.includes(
          'granularity=WEEK',
        ),
      undefined,
      { timeout: 10_000 },
    );
    const weekly = await snapshot(page, 'usage-over-time');
    expectUsagePanel(weekly, await rollupPoints(gql, { granularity: 'WEEK', includeDescendants: true }));

    // (d) drill-down: the largest sub account's spend by service and month, and its usage.
    await page.click('#top-orgs tbody button >> nth=0');
    const orgSpend = await snapshot(page, 'org-spend');
    const top = bySubAccount.groups.find(
      (g) => `${g.subAccountName ?? g.subAccountId} (${g.providerName})` === expectedOrgs[0]!.x,
    )!;
    const orgGroups = (
      await focusSummary(gql, ['PROVIDER', 'SERVICE_NAME', 'BILLING_PERIOD'], { orgs: [top.subAccountId] })
    ).groups.filter((g) => g.providerName === top.providerName);
    const totals = new Map<string, Decimal>();
    for (const g of orgGroups)
      totals.set(g.serviceName!, (totals.get(g.serviceName!) ?? new Decimal(0)).plus(g.billedCost));
    const named = new Set(
      [...totals]
        .sort((a, b) => b[1].comparedTo(a[1]))
        .slice(0, 7)
        .map(([s]) => s),
    );
    const other = new Map<string, Decimal>();
    const expectedOrgSpend: Point[] = [];
    for (const g of orgGroups) {
      const month = g.billingPeriodStart!.slice(0, 7);
      if (named.has(g.serviceName!)) expectedOrgSpend.push({ series: g.serviceName!, x: month, value: g.billedCost });
      else other.set(month, (other.get(month) ?? new Decimal(0)).plus(g.billedCost));
    }
    for (const [x, sum] of other) expectedOrgSpend.push({ series: 'Other services', x, value: sum.toFixed() });
    expect(orgSpend.state).toBe('ready');
    expect([...orgSpend.points].sort(byPoint)).toEqual(expectedOrgSpend.sort(byPoint));
    expectChartData(orgSpend, monthLabel);
    expect(orgSpend.downloads[0]).toContain(`orgs=${top.subAccountId}`);
    const orgCsv = await downloadCsv(origin, orgSpend.downloads[0]!);
    expect(orgCsv.status).toBe(200);
    expect(
      sumBy(
        orgCsv.rows.filter((r) => r.ProviderName === top.providerName),
        () => 'all',
      ).get('all'),
    ).toBe(orgGroups.reduce((s, g) => s.plus(g.billedCost), new Decimal(0)).toFixed());
    if (top.providerName === 'Datadog') {
      const orgUsage = await snapshot(page, 'org-usage');
      expectUsagePanel(
        orgUsage,
        await rollupPoints(gql, { granularity: 'WEEK', orgs: [top.subAccountId], includeDescendants: false }),
      );
    }
    await page.screenshot({ path: `${ARTIFACTS}/explorer-drilldown-1280.png`, fullPage: true });

    expect(problems).toEqual([]);
    // Everything came from the gateway: no CDN, no font service, no other origin.
    expect([...origins]).toEqual([origin]);
    await page.close();
  }, 120_000);

  it('shows a GraphQL error with its code and message, and is linked from GraphiQL', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await openExplorer(page, healthy.origin);
    // 20 months back: more than focusSummary's 15, refused as BAD_USER_INPUT before any upstream call.
    const from = monthText(addMonths(now, -20));
    await page.fill('#months-from', from);
    await page.waitForFunction(
      (href) => (globalThis as unknown as PageGlobals).__explorer.charts['spend-by-provider']!.downloads[0] === href,
      `/export/focus.csv?billingPeriodStart=${from}&billingPeriodEnd=${MONTHS.billingPeriodEnd}`,
      { timeout: 10_000 },
    );
    const res = await healthy.gql(
      `query($s: Month) { focusSummary(billingPeriodStart: $s, billingPeriodEnd: "${MONTHS.billingPeriodEnd}") { failures { code } } }`,
      { s: from },
    );
    const error = res.body.errors![0]!;
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    for (const name of ['spend-by-provider', 'top-orgs', 'top-services']) {
      const shot = await snapshot(page, name);
      expect(shot.state, name).toBe('error');
      expect(shot.errors, name).toEqual([{ code: 'BAD_USER_INPUT', message: error.message }]);
      expect(await page.textContent(`#${name} .error[data-code="BAD_USER_INPUT"]`)).toContain(error.message);
    }
    // The usage chart does not depend on the months: it is still drawn as before.
    expect((await snapshot(page, 'usage-over-time')).errors).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/explorer-bad-input-1280.png`, fullPage: true });
    await page.close();

    const graphiql = await request(healthy.gateway.url, { headers: { accept: 'text/html' } });
    expect(await graphiql.body.text()).toContain('href="/explorer"');
  }, 60_000);

  it('fits a narrow (400 px) window: one column, nothing wider than the window', async () => {
    const page = await browser.newPage({ viewport: { width: 400, height: 800 } });
    await openExplorer(page, healthy.origin);
    expect((await snapshot(page, 'spend-by-provider')).state).toBe('ready');
    const widths = await page.evaluate(() => {
      const d = (globalThis as unknown as PageGlobals).document;
      return {
        page: d.documentElement.scrollWidth,
        panels: Array.from(d.querySelectorAll('.panel, canvas')).map((e) => e.getBoundingClientRect().right),
      };
    });
    expect(widths.page).toBeLessThanOrEqual(400);
    expect(widths.panels.length).toBeGreaterThanOrEqual(8);
    for (const right of widths.panels) expect(right).toBeLessThanOrEqual(400);
    await page.screenshot({ path: `${ARTIFACTS}/explorer-narrow-400.png`, fullPage: true });
    await page.close();
  }, 60_000);

  it('with Fastly down, shows its typed error over the other providers’ spend, and every other chart', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    await openExplorer(page, outage.origin);

    const spend = await snapshot(page, 'spend-by-provider');
    const byProvider = await focusSummary(outage.gql, ['PROVIDER', 'BILLING_PERIOD']);
    expect(byProvider.failures).toEqual([
      expect.objectContaining({ provider: 'FASTLY', code: 'UPSTREAM_UNAVAILABLE' }),
    ]);
    expect(spend.errors).toEqual(
      byProvider.failures.map((f) => ({ provider: f.provider, code: f.code, message: f.message })),
    );
    expect(spend.state).toBe('ready');
    expect(new Set(spend.points.map((p) => p.series))).toEqual(new Set(['Datadog', 'F5 Distributed Cloud']));
    expect([...spend.points].sort(byPoint)).toEqual(
      byProvider.groups
        .map((g) => ({ series: g.providerName!, x: g.billingPeriodStart!.slice(0, 7), value: g.billedCost }))
        .sort(byPoint),
    );
    // The error is on the page, visibly: provider, code and message.
    const shown = await page.textContent('#spend-by-provider .error[data-provider="FASTLY"]');
    expect(shown).toContain('FASTLY · UPSTREAM_UNAVAILABLE');
    expect(shown).toContain(byProvider.failures[0]!.message);

    // The other charts still draw.
    const topOrgs = await snapshot(page, 'top-orgs');
    expect(topOrgs.state).toBe('ready');
    expect(topOrgs.points.length).toBeGreaterThanOrEqual(5);
    expect((await snapshot(page, 'top-services')).state).toBe('ready');
    expectUsagePanel(
      await snapshot(page, 'usage-over-time'),
      await rollupPoints(outage.gql, { granularity: 'DAY', includeDescendants: true }),
    );
    await page.screenshot({ path: `${ARTIFACTS}/explorer-outage-1280.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  }, 90_000);
});
