/**
 * Warm throughput of the 100-record dashboard query under autocannon at 16 and 64 connections,
 * against the bare-bytes server answering the same bytes at the same connection counts. autocannon
 * runs in the bench's process; the gateway and the floor each in their own.
 */
import autocannon from 'autocannon';
import { THROUGHPUT_CONNECTIONS, THROUGHPUT_SECONDS } from '../benchSettings.js';
import { dataOf, gqlBody, gqlBytes } from '../graphqlClient.js';
import { round } from '../percentile.js';
import { processCpuMs } from '../processCpu.js';
import { DASHBOARD_QUERY } from '../queries.js';
import type { BenchStack, Scenario, ScenarioOutcome } from '../scenario.js';
import { windowK } from '../windows.js';

/** One autocannon run's figures. */
interface LoadFigures {
  requestsPerSecond: number;
  /** The server process's CPU time per answer (user + system), in µs; null without /proc. */
  cpuMicrosPerRequest: number | null;
  latencyMs: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}

async function load(url: string, pid: number, body: string, connections: number): Promise<LoadFigures> {
  const cpuBefore = processCpuMs(pid);
  const r = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration: THROUGHPUT_SECONDS,
  });
  const cpuAfter = processCpuMs(pid);
  return {
    requestsPerSecond: round(r.requests.total / r.duration, 0),
    cpuMicrosPerRequest:
      cpuBefore === null || cpuAfter === null ? null : round(((cpuAfter - cpuBefore) * 1000) / r.requests.total, 1),
    latencyMs: { p50: r.latency.p50, p99: r.latency.p99 },
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

function cpuText(f: LoadFigures): string {
  return f.cpuMicrosPerRequest === null ? 'CPU n/a' : `${f.cpuMicrosPerRequest} µs CPU/req`;
}

/**
 * The floor's CPU per answer as a share of meterql's: meterql's throughput on a core of its own as a
 * share of the floor's, whatever else runs on the machine.
 */
function cpuRatio(meterql: LoadFigures, bare: LoadFigures): string {
  if (meterql.cpuMicrosPerRequest === null || bare.cpuMicrosPerRequest === null) return '';
  return ` (by CPU, meterql at ${round((100 * bare.cpuMicrosPerRequest) / meterql.cpuMicrosPerRequest, 1)}% of the floor)`;
}

async function run({ sim, gateway, bareBytes }: BenchStack): Promise<ScenarioOutcome> {
  const w = windowK(sim, 5450);
  const body = gqlBody(DASHBOARD_QUERY, w);
  // Warm: the first answer fills the caches and gives the floor its bytes.
  const first = await gqlBytes(gateway.url, DASHBOARD_QUERY, w);
  dataOf(first.result, 'dashboard query');
  const floor = await bareBytes();
  await floor.setBody(first.bytes);
  const results: Record<string, unknown> = { seconds: THROUGHPUT_SECONDS, answerBytes: first.bytes.length };
  const baseline: Record<string, unknown> = {};
  const rows: ScenarioOutcome['rows'] = [];
  for (const connections of THROUGHPUT_CONNECTIONS) {
    const since = await sim.lastSeq();
    const meterql = await load(gateway.url, gateway.pid, body, connections);
    const upstreamCalls = (await sim.requests(since)).length;
    const bare = await load(floor.url, floor.pid, body, connections);
    if (meterql.non2xx + meterql.errors > 0) {
      throw new Error(`expected only 2xx answers under load; got ${meterql.non2xx} non-2xx, ${meterql.errors} errors`);
    }
    results[`connections${connections}`] = { ...meterql, upstreamCalls };
    baseline[`bareBytesConnections${connections}`] = bare;
    rows.push({
      label: `warm throughput, ${connections} connections`,
      measured: `${meterql.requestsPerSecond} req/s, p50 ${meterql.latencyMs.p50} ms, p99 ${meterql.latencyMs.p99} ms, ${cpuText(meterql)}, ${upstreamCalls} upstream calls`,
      floor: `bare bytes ${bare.requestsPerSecond} req/s (${round((100 * meterql.requestsPerSecond) / bare.requestsPerSecond, 1)}%), p50 ${bare.latencyMs.p50} ms, ${cpuText(bare)}${cpuRatio(meterql, bare)}`,
    });
  }
  return { results, baseline, rows };
}

export const throughputScenario: Scenario = { key: 'throughput', title: 'warm throughput', stack: 'open', run };
