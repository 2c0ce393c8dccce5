/**
 * Warm throughput of the 100-record dashboard query under autocannon at 16 and 64 connections,
 * against the bare-bytes server answering the same bytes at the same connection counts. autocannon
 * runs in the bench's process; the gateway and the floor each in their own.
 */
import autocannon from 'autocannon';
import { THROUGHPUT_CONNECTIONS, THROUGHPUT_SECONDS } from '../benchSettings.js';
import { dataOf, gqlBody, gqlBytes } from '../graphqlClient.js';
import { round } from '../percentile.js';
import { DASHBOARD_QUERY } from '../queries.js';
import type { BenchStack, Scenario, ScenarioOutcome } from '../scenario.js';
import { windowK } from '../windows.js';

/** One autocannon run's figures. */
interface LoadFigures {
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}

async function load(url: string, body: string, connections: number): Promise<LoadFigures> {
  const r = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration: THROUGHPUT_SECONDS,
  });
  return {
    requestsPerSecond: round(r.requests.total / r.duration, 0),
    latencyMs: { p50: r.latency.p50, p99: r.latency.p99 },
    non2xx: r.non2xx,
    errors: r.errors,
  };
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
    const meterql = await load(gateway.url, body, connections);
    const upstreamCalls = (await sim.requests(since)).length;
    const bare = await load(floor.url, body, connections);
    if (meterql.non2xx + meterql.errors > 0) {
      throw new Error(`expected only 2xx answers under load; got ${meterql.non2xx} non-2xx, ${meterql.errors} errors`);
    }
    results[`connections${connections}`] = { ...meterql, upstreamCalls };
    baseline[`bareBytesConnections${connections}`] = bare;
    rows.push({
      label: `warm throughput, ${connections} connections`,
      measured: `${meterql.requestsPerSecond} req/s, p50 ${meterql.latencyMs.p50} ms, p99 ${meterql.latencyMs.p99} ms, ${upstreamCalls} upstream calls`,
      floor: `bare bytes ${bare.requestsPerSecond} req/s (${round((100 * meterql.requestsPerSecond) / bare.requestsPerSecond, 1)}%), p50 ${bare.latencyMs.p50} ms`,
    });
  }
  return { results, baseline, rows };
}

export const throughputScenario: Scenario = { key: 'throughput', title: 'warm throughput', stack: 'open', run };
