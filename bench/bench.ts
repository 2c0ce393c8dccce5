/**
 * `npm run bench`: figures for the upstream path, measured in one run against simulators in child
 * processes with realistic latency. Prints a table and writes bench/results/latest.json.
 */
// First, as in the CLI: dependencies in production mode before graphql-js loads.
import '../src/gateway/productionMode.js';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Agent, request } from 'undici';
import { pino } from 'pino';
import { loadConfig } from '../src/gateway/config.js';
import type { DatadogConfig } from '../src/providers/datadog/datadogConfig.js';
import { PROVIDERS } from '../src/providers/registry.js';
import { createGateway, createLogger, type Gateway } from '../src/gateway/createGateway.js';
import { hash32, mix32, unitFloat } from '../src/simulator/hashing.js';
import { EXAMPLE_QUERY } from '../src/providers/datadog/datadogExample.js';
import { toGlobalId } from '../src/graphql/globalId.js';

const LATENCY = { min: 40, max: 80 };
const SEED = 'meterql';
/** The strict budget the BI pull runs under. */
const BI_RATE_LIMIT = { limit: 60, periodSeconds: 10 };
/** Generous: the overhead, call-count and cache figures are about the gateway, not the budget. */
const OPEN_RATE_LIMIT = { limit: 1_000_000, periodSeconds: 10 };
const ARRIVAL_PER_SECOND = 20;
const ARRIVAL_SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const BI_DAYS = 30;
const BI_FAMILIES = ['infra_hosts', 'logs', 'timeseries', 'indexed_spans', 'rum'];
const HOUR_MS = 3_600_000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const hourText = (d: Date): string => d.toISOString().slice(0, 13);
const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

interface LoggedRequest {
  seq: number;
  at: string;
  endpoint: string;
  query: Record<string, string>;
  status: number;
}

interface Sim {
  url: string;
  apiKey: string;
  appKey: string;
  now: Date;
  orgs: number;
  /** Requests logged after sequence number `after`. */
  requests(after?: number): Promise<LoggedRequest[]>;
  /** The latency the simulator added to request `seq` (it is a pure function of the seed and seq). */
  latencyOf(seq: number): number;
  stop(): Promise<void>;
}

const children: ChildProcessWithoutNullStreams[] = [];

async function startSim(rateLimit: { limit: number; periodSeconds: number }): Promise<Sim> {
  const script = fileURLToPath(new URL('./datadogSimulatorProcess.ts', import.meta.url));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', script, JSON.stringify({ seed: SEED, latencyMs: LATENCY, rateLimit })],
    { stdio: 'pipe' },
  );
  children.push(child);
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
    });
    child.stderr.on('data', (d: Buffer) => process.stderr.write(d));
    child.once('exit', (code) => reject(new Error(`simulator exited with ${code}`)));
  });
  const info = JSON.parse(line) as { url: string; apiKey: string; appKey: string; now: string; orgs: number };
  const latencyKey = hash32(`${SEED}|latency`);
  return {
    ...info,
    now: new Date(info.now),
    async requests(after = 0) {
      const res = await request(`${info.url}/_simulator/requests`);
      const body = (await res.body.json()) as { requests: LoggedRequest[] };
      return body.requests.filter((r) => r.seq > after);
    },
    latencyOf: (seq) => Math.round(LATENCY.min + (LATENCY.max - LATENCY.min) * unitFloat(mix32(latencyKey, seq))),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function lastSeq(sim: Sim): Promise<number> {
  const all = await sim.requests();
  return all.length === 0 ? 0 : Math.max(...all.map((r) => r.seq));
}

/** Waits until the simulator has served nothing new for 300 ms (background read-ahead included). */
async function settledSeq(sim: Sim): Promise<number> {
  let seq = await lastSeq(sim);
  for (;;) {
    await sleep(300);
    const now = await lastSeq(sim);
    if (now === seq) return seq;
    seq = now;
  }
}

async function startGateway(sim: Sim): Promise<Gateway> {
  const base = loadConfig({ PORT: '0', LOG_LEVEL: 'info' }, PROVIDERS);
  const datadog: DatadogConfig = {
    ...(base.providers.datadog as DatadogConfig),
    baseUrl: sim.url,
    credentials: { apiKey: sim.apiKey, appKey: sim.appKey },
  };
  // The operation log stays on at info, written to /dev/null: its cost is part of the figure.
  return createGateway(
    { ...base, providers: { ...base.providers, datadog } },
    { providers: PROVIDERS, logger: createLogger('info', pino.destination({ dest: '/dev/null', sync: false })) },
  );
}

const client = new Agent({ connections: 64, keepAliveTimeout: 30_000 });

interface GqlResult {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string; retryAfterSeconds?: number } }>;
}

async function gql(gateway: Gateway, query: string, variables: Record<string, unknown> = {}): Promise<GqlResult> {
  const res = await request(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    dispatcher: client,
  });
  return (await res.body.json()) as GqlResult;
}

async function rest(
  sim: Sim,
  path: string,
  query: Record<string, string>,
): Promise<{ status: number; body: Record<string, unknown>; reset: number }> {
  const res = await request(`${sim.url}${path}?${new URLSearchParams(query).toString()}`, {
    headers: { 'dd-api-key': sim.apiKey, 'dd-application-key': sim.appKey, accept: 'application/json' },
    dispatcher: client,
  });
  const body = (await res.body.json()) as Record<string, unknown>;
  return { status: res.statusCode, body, reset: Number(res.headers['x-ratelimit-reset'] ?? 1) };
}

/** A 24 h window ending `k` hours before the data horizon (distinct per k: no cache can serve it). */
function windowK(sim: Sim, k: number, hours = 24): { start: string; end: string } {
  const end = new Date(sim.now.getTime() - 96 * HOUR_MS - k * HOUR_MS);
  return { start: hourText(new Date(end.getTime() - hours * HOUR_MS)), end: hourText(end) };
}

// ---------------------------------------------------------------------------------------------
// 1. Gateway overhead
// ---------------------------------------------------------------------------------------------

const DASHBOARD_FAMILIES = ['infra_hosts', 'logs', 'indexed_spans'];
const DASHBOARD_QUERY = `query Dashboard($start: DateTime!, $end: DateTime!) {
  hourlyUsage(productFamilies: [${DASHBOARD_FAMILIES.join(', ')}], start: $start, end: $end, includeDescendants: true, first: 100) {
    nodes { org { publicId name } productFamily hour measurements { usageType value } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function overhead(sim: Sim, gateway: Gateway) {
  // Warm-up (JIT, connection pools), not measured.
  for (let i = 0; i < 20; i++) await gql(gateway, DASHBOARD_QUERY, windowK(sim, 5000 + i));
  const since = await lastSeq(sim);
  const total = ARRIVAL_PER_SECOND * ARRIVAL_SECONDS;
  const gw: Array<{ start: string; ms: number }> = [];
  const direct: Array<{ start: string; ms: number }> = [];
  const t0 = performance.now();
  const runs: Array<Promise<void>> = [];
  for (let i = 0; i < total; i++) {
    const due = t0 + (i * 1000) / ARRIVAL_PER_SECOND;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const g = windowK(sim, 2 * i);
    const d = windowK(sim, 2 * i + 1);
    runs.push(
      (async () => {
        const s = performance.now();
        const r = await gql(gateway, DASHBOARD_QUERY, g);
        if (r.errors) throw new Error(`dashboard query failed: ${JSON.stringify(r.errors)}`);
        gw.push({ start: g.start, ms: performance.now() - s });
      })(),
      (async () => {
        // The ideal client: the one REST call holding the same 100 records.
        const s = performance.now();
        const r = await rest(sim, '/api/v2/usage/hourly_usage', {
          'filter[timestamp][start]': d.start,
          'filter[timestamp][end]': d.end,
          'filter[product_families]': DASHBOARD_FAMILIES.join(','),
          'filter[include_descendants]': 'true',
          'page[limit]': '100',
        });
        if (r.status !== 200) throw new Error(`direct call failed: ${r.status}`);
        direct.push({ start: d.start, ms: performance.now() - s });
      })(),
    );
  }
  await Promise.all(runs);
  const log = await sim.requests(since);
  // Upstream time per sample: the simulator's added latency for each call of that window (the
  // dashboard query and the direct client each make one call per window; the gateway's are summed).
  const upstreamMs = new Map<string, number>();
  const callsPer = new Map<string, number>();
  for (const r of log) {
    const start = r.query['filter[timestamp][start]'] ?? '';
    upstreamMs.set(start, (upstreamMs.get(start) ?? 0) + sim.latencyOf(r.seq));
    callsPer.set(start, (callsPer.get(start) ?? 0) + 1);
  }
  const excess = (xs: Array<{ start: string; ms: number }>): number[] =>
    xs.map((x) => x.ms - (upstreamMs.get(x.start) ?? NaN));
  const gwExcess = excess(gw);
  const directExcess = excess(direct);
  const gwMs = gw.map((x) => x.ms);
  const directMs = direct.map((x) => x.ms);
  return {
    samples: total,
    arrivalPerSecond: ARRIVAL_PER_SECOND,
    seconds: ARRIVAL_SECONDS,
    cacheBusting: 'every request reads its own 24 h window (distinct start hour), so no cache can answer it',
    gatewayUpstreamCallsPerQuery: round(gw.reduce((n, x) => n + (callsPer.get(x.start) ?? 0), 0) / gw.length, 2),
    gatewayMs: { p50: round(percentile(gwMs, 50)), p99: round(percentile(gwMs, 99)) },
    directMs: { p50: round(percentile(directMs, 50)), p99: round(percentile(directMs, 99)) },
    // Time beyond the simulator's own added latency, per request, then the gateway's minus the direct client's.
    gatewayExcessMs: { p50: round(percentile(gwExcess, 50), 2), p99: round(percentile(gwExcess, 99), 2) },
    directExcessMs: { p50: round(percentile(directExcess, 50), 2), p99: round(percentile(directExcess, 99), 2) },
    overheadMs: {
      p50: round(percentile(gwExcess, 50) - percentile(directExcess, 50), 2),
      p99: round(percentile(gwExcess, 99) - percentile(directExcess, 99), 2),
    },
  };
}

/** The GraphiQL example query (orgs, then every org's usage) against its ideal REST equivalent. */
async function exampleQuery(sim: Sim, gateway: Gateway) {
  const n = 40;
  const gw: number[] = [];
  const direct: number[] = [];
  for (let i = 0; i < n; i++) {
    const g = windowK(sim, 3000 + 2 * i);
    let s = performance.now();
    const r = await gql(gateway, EXAMPLE_QUERY, g);
    if (r.errors) throw new Error(`example query failed: ${JSON.stringify(r.errors)}`);
    gw.push(performance.now() - s);
    const d = windowK(sim, 3001 + 2 * i);
    const month = sim.now.toISOString().slice(0, 7);
    const prev = new Date(Date.UTC(sim.now.getUTCFullYear(), sim.now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
    s = performance.now();
    await Promise.all([
      rest(sim, '/api/v1/usage/summary', { start_month: prev, end_month: month, include_org_details: 'true' }),
      rest(sim, '/api/v2/usage/hourly_usage', {
        'filter[timestamp][start]': d.start,
        'filter[timestamp][end]': d.end,
        'filter[product_families]': 'infra_hosts,logs',
        'filter[include_descendants]': 'true',
      }),
    ]);
    direct.push(performance.now() - s);
  }
  return {
    samples: n,
    gatewayMs: { p50: round(percentile(gw, 50)), p99: round(percentile(gw, 99)) },
    directConcurrentMs: { p50: round(percentile(direct, 50)), p99: round(percentile(direct, 99)) },
  };
}

// ---------------------------------------------------------------------------------------------
// 2. Upstream calls for a fixed suite against a naive plan
// ---------------------------------------------------------------------------------------------

async function callSuite(sim: Sim, gateway: Gateway) {
  const orgs = sim.orgs;
  const orgIds = ((await gql(gateway, '{ orgs { publicId } }')).data?.orgs as Array<{ publicId: string }>).map(
    (o) => o.publicId,
  );
  const w = (k: number, hours = 24) => windowK(sim, 1000 + k * 100, hours);
  const suite: Array<{ name: string; query: string; vars: Record<string, unknown>; naive: number; naivePlan: string }> =
    [
      {
        name: 'account usage, 3 families, 3 days',
        query: `query($start: DateTime!, $end: DateTime!) { account { name } hourlyUsage(productFamilies: [infra_hosts, logs, timeseries], start: $start, end: $end, first: 1000) { nodes { hour } } }`,
        vars: w(1, 72),
        naive: 1 + 3,
        naivePlan: 'account 1 + 3 families x 1 window',
      },
      {
        name: 'per-org usage, 2 families, 24 h',
        query: `query($start: DateTime!, $end: DateTime!) { orgs { ... on DatadogOrg { name hourlyUsage(productFamilies: [infra_hosts, logs], start: $start, end: $end, first: 100) { nodes { hour } } } } }`,
        vars: w(2),
        naive: 1 + orgs * 2,
        naivePlan: `orgs 1 + ${orgs} orgs x 2 families`,
      },
      {
        name: 'all orgs, 5 families, 2 days',
        query: `query($start: DateTime!, $end: DateTime!) { hourlyUsage(includeDescendants: true, productFamilies: [${BI_FAMILIES.join(', ')}], start: $start, end: $end, first: 1000) { nodes { hour } } }`,
        vars: w(3, 48),
        naive: orgs * 5 * 2,
        naivePlan: `${orgs} orgs x 5 families x 2 days`,
      },
      {
        name: 'four family fields, 24 h',
        query: `query($start: DateTime!, $end: DateTime!) { a: hourlyUsage(productFamilies: [infra_hosts], start: $start, end: $end) { nodes { hour } } b: hourlyUsage(productFamilies: [logs], start: $start, end: $end) { nodes { hour } } c: hourlyUsage(productFamilies: [timeseries], start: $start, end: $end) { nodes { hour } } d: hourlyUsage(productFamilies: [indexed_spans], start: $start, end: $end) { nodes { hour } } }`,
        vars: w(4),
        naive: 4,
        naivePlan: '4 fields x 1 call',
      },
      {
        name: 'org list, account and 5 nodes',
        query: `query($ids: [ID!]!) { orgs { publicId name } account { name } nodes(ids: $ids) { id ... on DatadogOrg { name region } } }`,
        vars: { ids: orgIds.slice(0, 5).map((id) => toGlobalId('DatadogOrg', id)) },
        naive: 1 + 1 + 5,
        naivePlan: 'orgs 1 + account 1 + 5 nodes',
      },
    ];
  const rows: Array<{ operation: string; calls: number; naive: number; naivePlan: string; ratio: number }> = [];
  for (const op of suite) {
    const since = await settledSeq(sim);
    const r = await gql(gateway, op.query, op.vars);
    if (r.errors) throw new Error(`${op.name}: ${JSON.stringify(r.errors)}`);
    // Counted once the gateway is idle again: calls it read ahead count for the operation.
    await settledSeq(sim);
    const calls = (await sim.requests(since)).length;
    rows.push({
      operation: op.name,
      calls,
      naive: op.naive,
      naivePlan: op.naivePlan,
      ratio: calls === 0 ? 0 : round(op.naive / calls, 1),
    });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// 3. BI pull under a strict rate limit
// ---------------------------------------------------------------------------------------------

/** Waits for the start of the next rate-limit period, so every run starts with a full budget. */
async function nextPeriod(): Promise<void> {
  const period = BI_RATE_LIMIT.periodSeconds * 1000;
  await sleep(period - (Date.now() % period) + 20);
}

function biWindow(sim: Sim, run: number): { start: Date; end: Date } {
  const end = new Date(
    Math.floor((sim.now.getTime() - (4 + run * (BI_DAYS + 1)) * 24 * HOUR_MS) / (24 * HOUR_MS)) * 24 * HOUR_MS,
  );
  return { start: new Date(end.getTime() - BI_DAYS * 24 * HOUR_MS), end };
}

async function biGateway(sim: Sim, gateway: Gateway, run: number) {
  const { start, end } = biWindow(sim, run);
  const query = `query Pull($start: DateTime!, $end: DateTime!, $after: String) {
    hourlyUsage(includeDescendants: true, productFamilies: [${BI_FAMILIES.join(', ')}], start: $start, end: $end, first: 1000, after: $after) {
      nodes { org { publicId } productFamily hour measurements { usageType value } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
  await nextPeriod();
  const since = await lastSeq(sim);
  const t0 = performance.now();
  let after: string | null = null;
  let records = 0;
  let pages = 0;
  let clientRetries = 0;
  for (;;) {
    const r = await gql(gateway, query, { start: hourText(start), end: hourText(end), after });
    const limited = r.errors?.find((e) => e.extensions?.code === 'UPSTREAM_RATE_LIMITED');
    if (limited) {
      // The gateway passed a 429 on: wait as it says and ask for the same page again.
      clientRetries += 1;
      await sleep(1000 * (limited.extensions?.retryAfterSeconds ?? 1));
      continue;
    }
    if (r.errors) throw new Error(`BI page failed: ${JSON.stringify(r.errors)}`);
    const conn = r.data?.hourlyUsage as { nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    records += conn.nodes.length;
    pages += 1;
    if (!conn.pageInfo.hasNextPage) break;
    after = conn.pageInfo.endCursor;
  }
  const seconds = (performance.now() - t0) / 1000;
  const log = await sim.requests(since);
  return {
    seconds: round(seconds, 2),
    records,
    graphqlPages: pages,
    upstreamCalls: log.length,
    upstream429s: log.filter((l) => l.status === 429).length,
    clientRetries,
  };
}

/** The vendor docs' loop: one 24 h multi-org window at a time, following next_record_id, sequentially. */
async function biVendorLoop(sim: Sim, run: number, sleepMs: number) {
  const { start, end } = biWindow(sim, run);
  await nextPeriod();
  const since = await lastSeq(sim);
  const t0 = performance.now();
  let records = 0;
  for (let t = start.getTime(); t < end.getTime(); t += 24 * HOUR_MS) {
    let next: string | null = null;
    do {
      const query: Record<string, string> = {
        'filter[timestamp][start]': hourText(new Date(t)),
        'filter[timestamp][end]': hourText(new Date(t + 24 * HOUR_MS)),
        'filter[product_families]': BI_FAMILIES.join(','),
        'filter[include_descendants]': 'true',
        'page[limit]': '500',
      };
      if (next) query['page[next_record_id]'] = next;
      const r = await rest(sim, '/api/v2/usage/hourly_usage', query);
      if (r.status === 429) {
        // As Datadog's client retries: wait X-RateLimit-Reset seconds.
        await sleep(r.reset * 1000);
        continue;
      }
      if (r.status !== 200) throw new Error(`vendor loop: HTTP ${r.status}`);
      records += (r.body.data as unknown[]).length;
      const meta = r.body.meta as { pagination?: { next_record_id?: string | null } } | undefined;
      next = meta?.pagination?.next_record_id ?? null;
      if (sleepMs > 0) await sleep(sleepMs);
    } while (next);
  }
  const seconds = (performance.now() - t0) / 1000;
  const log = await sim.requests(since);
  return {
    seconds: round(seconds, 2),
    records,
    upstreamCalls: log.length,
    upstream429s: log.filter((l) => l.status === 429).length,
    sleepMs,
  };
}

// ---------------------------------------------------------------------------------------------
// 4. Repeated dashboard query: cold versus warm
// ---------------------------------------------------------------------------------------------

async function coldWarm(sim: Sim, gateway: Gateway) {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < 10; i++) {
    const w = windowK(sim, 4000 + i * 30);
    let s = performance.now();
    await gql(gateway, DASHBOARD_QUERY, w);
    cold.push(performance.now() - s);
    for (let j = 0; j < 5; j++) {
      s = performance.now();
      await gql(gateway, DASHBOARD_QUERY, w);
      warm.push(performance.now() - s);
    }
  }
  // Warm-path throughput: 16 clients repeating one query for 5 s.
  const w = windowK(sim, 4000);
  const since = await lastSeq(sim);
  let done = 0;
  const until = performance.now() + 5000;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (performance.now() < until) {
        await gql(gateway, DASHBOARD_QUERY, w);
        done += 1;
      }
    }),
  );
  const upstream = (await sim.requests(since)).length;
  const coldP50 = percentile(cold, 50);
  const warmP50 = percentile(warm, 50);
  return {
    coldMs: { p50: round(coldP50), p99: round(percentile(cold, 99)) },
    warmMs: { p50: round(warmP50), p99: round(percentile(warm, 99)) },
    coldOverWarm: round(coldP50 / warmP50, 1),
    warmThroughputPerSecond: round(done / 5, 0),
    upstreamCallsDuringThroughput: upstream,
  };
}

// ---------------------------------------------------------------------------------------------

function table(rows: Array<[string, string]>): string {
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  const openSim = await startSim(OPEN_RATE_LIMIT);
  const gateway = await startGateway(openSim);
  process.stderr.write('bench: gateway overhead...\n');
  const over = await overhead(openSim, gateway);
  process.stderr.write('bench: example query, call suite, cold/warm...\n');
  const example = await exampleQuery(openSim, gateway);
  const suite = await callSuite(openSim, gateway);
  const cache = await coldWarm(openSim, gateway);
  await gateway.stop();
  await openSim.stop();

  process.stderr.write('bench: BI pull under the rate limit...\n');
  const biSim = await startSim(BI_RATE_LIMIT);
  const biGw = await startGateway(biSim);
  const viaGateway = await biGateway(biSim, biGw, 0);
  const scaledSleepMs = Math.ceil((BI_RATE_LIMIT.periodSeconds * 1000) / BI_RATE_LIMIT.limit);
  const loopSleep = await biVendorLoop(biSim, 1, scaledSleepMs);
  const loopNoSleep = await biVendorLoop(biSim, 2, 0);
  await biGw.stop();
  await biSim.stop();

  const results = {
    at: new Date().toISOString(),
    node: process.version,
    simulator: { latencyMs: LATENCY, seed: SEED },
    overhead: { ...over, rateLimit: OPEN_RATE_LIMIT },
    exampleQuery: example,
    upstreamCalls: suite,
    biPull: {
      rateLimit: BI_RATE_LIMIT,
      days: BI_DAYS,
      families: BI_FAMILIES,
      orgs: biSim.orgs,
      gateway: viaGateway,
      vendorLoopWithSleep: loopSleep,
      vendorLoopNoSleep: loopNoSleep,
      speedupVsSleepLoop: round(loopSleep.seconds / viaGateway.seconds, 1),
      speedupVsNoSleepLoop: round(loopNoSleep.seconds / viaGateway.seconds, 1),
    },
    cache,
    benchSeconds: Math.round((Date.now() - started) / 1000),
  };
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}latest.json`, `${JSON.stringify(results, null, 2)}\n`);

  const ms = (x: { p50: number; p99: number }): string => `p50 ${x.p50} ms, p99 ${x.p99} ms`;
  const rows: Array<[string, string]> = [
    ['simulator latency', `${LATENCY.min}-${LATENCY.max} ms per call`],
    [
      'overhead: load',
      `${ARRIVAL_PER_SECOND}/s for ${ARRIVAL_SECONDS} s (${over.samples} queries, distinct 24 h windows), rate limit ${OPEN_RATE_LIMIT.limit}/${OPEN_RATE_LIMIT.periodSeconds}s`,
    ],
    ['  dashboard via meterql', `${ms(over.gatewayMs)} (${over.gatewayUpstreamCallsPerQuery} upstream calls/query)`],
    ['  same data, direct REST', ms(over.directMs)],
    ['  excess over upstream: meterql', ms(over.gatewayExcessMs)],
    ['  excess over upstream: direct', ms(over.directExcessMs)],
    ['  GATEWAY OVERHEAD', `${ms(over.overheadMs)}  (targets: p50 <= 1, p99 <= 5)`],
    ['example query (GraphiQL) via meterql', ms(example.gatewayMs)],
    ['  ideal REST (summary || hourly)', ms(example.directConcurrentMs)],
    ...suite.map((r): [string, string] => [
      `calls: ${r.operation}`,
      r.calls === 0
        ? `0 vs naive ${r.naive} (${r.naivePlan}): all from the page cache`
        : `${r.calls} vs naive ${r.naive} (${r.naivePlan}): ${r.ratio}x fewer`,
    ]),
    [
      'BI pull',
      `${BI_DAYS} days x ${biSim.orgs} orgs x ${BI_FAMILIES.length} families, rate limit ${BI_RATE_LIMIT.limit}/${BI_RATE_LIMIT.periodSeconds}s`,
    ],
    [
      '  via meterql (first: 1000)',
      `${viaGateway.seconds} s, ${viaGateway.records} records, ${viaGateway.upstreamCalls} calls, ${viaGateway.upstream429s} x 429, ${viaGateway.clientRetries} client retries`,
    ],
    [
      `  vendor loop, sleep ${scaledSleepMs} ms`,
      `${loopSleep.seconds} s, ${loopSleep.records} records, ${loopSleep.upstreamCalls} calls, ${loopSleep.upstream429s} x 429`,
    ],
    [
      '  vendor loop, no sleep',
      `${loopNoSleep.seconds} s, ${loopNoSleep.records} records, ${loopNoSleep.upstreamCalls} calls, ${loopNoSleep.upstream429s} x 429`,
    ],
    [
      '  SPEEDUP',
      `${results.biPull.speedupVsSleepLoop}x vs sleeping loop, ${results.biPull.speedupVsNoSleepLoop}x vs no-sleep loop (target >= 5x)`,
    ],
    ['repeated dashboard: cold', ms(cache.coldMs)],
    ['  warm', `${ms(cache.warmMs)}; cold/warm ${cache.coldOverWarm}x (target >= 10x)`],
    [
      '  warm throughput',
      `${cache.warmThroughputPerSecond} queries/s (16 clients), ${cache.upstreamCallsDuringThroughput} upstream calls`,
    ],
    ['bench wall time', `${results.benchSeconds} s`],
  ];
  process.stdout.write(`${table(rows)}\n\nwritten: bench/results/latest.json\n`);
}

main()
  .catch((err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    void client.close();
  });
