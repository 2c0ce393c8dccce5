/**
 * Gateway overhead under a steady arrival rate: each tick sends the dashboard query to meterql, the
 * one REST call holding the same 100 records straight to the simulator, and that call through the
 * raw Node proxy (the floor), each for its own window so no cache answers. Per request, the time
 * beyond the simulator's own added latency is its excess; overhead is meterql's excess minus the
 * direct client's, and meterql's own share is its excess minus the raw proxy's.
 */
import { ARRIVAL_PER_SECOND, ARRIVAL_SECONDS, OPEN_RATE_LIMIT } from '../benchSettings.js';
import { dataOf, gql, rest } from '../graphqlClient.js';
import { percentile, percentiles, round } from '../percentile.js';
import { processCpuMs } from '../processCpu.js';
import { DASHBOARD_FAMILIES, DASHBOARD_QUERY } from '../queries.js';
import type { BenchStack, Scenario, ScenarioOutcome } from '../scenario.js';
import { windowK, type HourWindow } from '../windows.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const ms = (x: { p50: number; p99: number }): string => `p50 ${x.p50} ms, p99 ${x.p99} ms`;

/** Windows k = 3i (meterql), 3i + 1 (direct), 3i + 2 (proxy); warm-up at 3900+. */
const ARMS = 3;
const MAX_K = 3900;

interface Sample {
  start: string;
  ms: number;
}

function directQuery(w: HourWindow): Record<string, string> {
  return {
    'filter[timestamp][start]': w.start,
    'filter[timestamp][end]': w.end,
    'filter[product_families]': DASHBOARD_FAMILIES.join(','),
    'filter[include_descendants]': 'true',
    'page[limit]': '100',
  };
}

async function run({ sim, gateway, rawProxy }: BenchStack): Promise<ScenarioOutcome> {
  const proxy = await rawProxy();
  const total = ARRIVAL_PER_SECOND * ARRIVAL_SECONDS;
  if (ARMS * total > MAX_K) throw new Error(`BENCH_SECONDS must keep ${ARMS} x ${total} windows under ${MAX_K}`);
  // Warm-up (JIT, connection pools), not measured.
  for (let i = 0; i < 20; i++) {
    dataOf(await gql(gateway.url, DASHBOARD_QUERY, windowK(sim, MAX_K + i)), 'dashboard warm-up');
    await rest(proxy.url, sim, '/api/v2/usage/hourly_usage', directQuery(windowK(sim, MAX_K + 50 + i)));
  }
  const since = await sim.lastSeq();
  const gw: Sample[] = [];
  const direct: Sample[] = [];
  const proxied: Sample[] = [];
  const timed = async (into: Sample[], w: HourWindow, call: () => Promise<void>): Promise<void> => {
    const s = performance.now();
    await call();
    into.push({ start: w.start, ms: performance.now() - s });
  };
  const restCall = (origin: string, w: HourWindow, what: string) => async () => {
    const r = await rest(origin, sim, '/api/v2/usage/hourly_usage', directQuery(w));
    if (r.status !== 200) throw new Error(`${what} failed: HTTP ${r.status}`);
  };
  const gatewayCpu0 = processCpuMs(gateway.pid);
  const proxyCpu0 = processCpuMs(proxy.pid);
  const t0 = performance.now();
  const runs: Array<Promise<void>> = [];
  for (let i = 0; i < total; i++) {
    const wait = t0 + (i * 1000) / ARRIVAL_PER_SECOND - performance.now();
    if (wait > 0) await sleep(wait);
    const g = windowK(sim, ARMS * i);
    const d = windowK(sim, ARMS * i + 1);
    const p = windowK(sim, ARMS * i + 2);
    runs.push(
      timed(gw, g, async () => void dataOf(await gql(gateway.url, DASHBOARD_QUERY, g), 'dashboard query')),
      timed(direct, d, restCall(sim.url, d, 'direct call')),
      timed(proxied, p, restCall(proxy.url, p, 'proxied call')),
    );
  }
  await Promise.all(runs);
  // CPU per query of each process (from /proc): barely moved by other processes on the machine.
  const cpuPerQuery = (pid: number, before: number | null): number | null => {
    const after = processCpuMs(pid);
    return before === null || after === null ? null : round((after - before) / total, 3);
  };
  const gatewayCpuMs = cpuPerQuery(gateway.pid, gatewayCpu0);
  const proxyCpuMs = cpuPerQuery(proxy.pid, proxyCpu0);
  const log = await sim.requests(since);
  // Upstream time per sample: the simulator's added latency for each call of that window (each arm
  // makes one call per window; should meterql make several, they are summed).
  const upstreamMs = new Map<string, number>();
  const callsPer = new Map<string, number>();
  for (const r of log) {
    const start = r.query['filter[timestamp][start]'] ?? '';
    upstreamMs.set(start, (upstreamMs.get(start) ?? 0) + sim.latencyOf(r.seq));
    callsPer.set(start, (callsPer.get(start) ?? 0) + 1);
  }
  const excess = (xs: Sample[]): number[] => xs.map((x) => x.ms - (upstreamMs.get(x.start) ?? NaN));
  const gwExcess = excess(gw);
  const directExcess = excess(direct);
  const proxyExcess = excess(proxied);
  const minus = (a: number[], b: number[]) => ({
    p50: round(percentile(a, 50) - percentile(b, 50), 2),
    p99: round(percentile(a, 99) - percentile(b, 99), 2),
  });
  const results = {
    samples: total,
    arrivalPerSecond: ARRIVAL_PER_SECOND,
    seconds: ARRIVAL_SECONDS,
    rateLimit: OPEN_RATE_LIMIT,
    cacheBusting: 'every request reads its own 24 h window (distinct start hour), so no cache can answer it',
    gatewayUpstreamCallsPerQuery: round(gw.reduce((n, x) => n + (callsPer.get(x.start) ?? 0), 0) / gw.length, 2),
    gatewayMs: percentiles(gw.map((x) => x.ms)),
    directMs: percentiles(direct.map((x) => x.ms)),
    // Time beyond the simulator's own added latency, per request.
    gatewayExcessMs: percentiles(gwExcess, 2),
    directExcessMs: percentiles(directExcess, 2),
    /** meterql's excess minus the direct client's. */
    overheadMs: minus(gwExcess, directExcess),
    /** meterql's excess minus the raw proxy's: what meterql adds beyond forwarding bytes. */
    ownShareOverRawProxyMs: minus(gwExcess, proxyExcess),
    /** The gateway process's CPU time per query (user + system), ms; null without /proc. */
    gatewayCpuMsPerQuery: gatewayCpuMs,
  };
  const baseline = {
    rawProxyMs: percentiles(proxied.map((x) => x.ms)),
    rawProxyExcessMs: percentiles(proxyExcess, 2),
    /** The raw proxy's excess minus the direct client's: the overhead floor. */
    rawProxyOverheadMs: minus(proxyExcess, directExcess),
    rawProxyCpuMsPerCall: proxyCpuMs,
  };
  return {
    results,
    baseline,
    rows: [
      {
        label: 'overhead: load',
        measured: `${ARRIVAL_PER_SECOND}/s for ${ARRIVAL_SECONDS} s (${total} queries per arm, distinct 24 h windows)`,
      },
      {
        label: '  dashboard via meterql',
        measured: `${ms(results.gatewayMs)} (${results.gatewayUpstreamCallsPerQuery} upstream calls/query)`,
        floor: `via raw proxy ${ms(baseline.rawProxyMs)}`,
      },
      { label: '  same data, direct REST', measured: ms(results.directMs) },
      {
        label: '  excess over upstream: meterql',
        measured: ms(results.gatewayExcessMs),
        floor: `raw proxy ${ms(baseline.rawProxyExcessMs)}, direct ${ms(results.directExcessMs)}`,
      },
      {
        label: '  GATEWAY OVERHEAD (over direct)',
        measured: ms(results.overheadMs),
        floor: `raw proxy ${ms(baseline.rawProxyOverheadMs)}`,
      },
      {
        label: '  meterql own share (over raw proxy)',
        measured: ms(results.ownShareOverRawProxyMs),
        floor: 'target p50 <= 1, p99 <= 3',
      },
      {
        label: '  CPU per query (process, from /proc)',
        measured: gatewayCpuMs === null ? 'n/a' : `meterql ${gatewayCpuMs} ms`,
        floor: proxyCpuMs === null ? 'n/a' : `raw proxy ${proxyCpuMs} ms`,
      },
    ],
  };
}

export const overheadScenario: Scenario = { key: 'overhead', title: 'gateway overhead', stack: 'open', run };
