/**
 * Peer scenario: the same dashboard query 50 times in a row (one client), after one cold run that
 * fills the caches, against the floor: the bare-bytes server answering the same bytes to the same
 * client.
 */
import { dataOf, gql, gqlBytes } from '../graphqlClient.js';
import { percentiles, round } from '../percentile.js';
import { DASHBOARD_QUERY } from '../queries.js';
import type { BenchStack, Scenario, ScenarioOutcome } from '../scenario.js';
import { windowK } from '../windows.js';

const REPEATS = 50;

async function run({ sim, gateway, bareBytes }: BenchStack): Promise<ScenarioOutcome> {
  const w = windowK(sim, 5400);
  const since = await sim.lastSeq();
  let s = performance.now();
  const first = await gqlBytes(gateway.url, DASHBOARD_QUERY, w);
  const coldMs = round(performance.now() - s);
  dataOf(first.result, 'dashboard query');
  const afterCold = await sim.lastSeq();
  const repeated: number[] = [];
  const server: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    s = performance.now();
    const answer = await gqlBytes(gateway.url, DASHBOARD_QUERY, w);
    repeated.push(performance.now() - s);
    dataOf(answer.result, 'dashboard query');
    if (answer.serverMs !== null) server.push(answer.serverMs);
  }
  const upstreamDuringRepeats = (await sim.requests(afterCold)).length;
  const floor = await bareBytes();
  await floor.setBody(first.bytes);
  const bare: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    s = performance.now();
    await gql(floor.url, DASHBOARD_QUERY, w);
    bare.push(performance.now() - s);
  }
  const results = {
    repeats: REPEATS,
    answerBytes: first.bytes.length,
    coldMs,
    coldUpstreamCalls: afterCold - since,
    ms: percentiles(repeated, 2),
    /** The gateway's own time per answer, as its Server-Timing header tells. */
    serverMs: percentiles(server, 3),
    upstreamCallsDuringRepeats: upstreamDuringRepeats,
  };
  const baseline = { bareBytesMs: percentiles(bare, 2) };
  const ownShareP50 = round(results.ms.p50 - baseline.bareBytesMs.p50, 2);
  return {
    results,
    baseline,
    rows: [
      {
        label: `repeated dashboard x${REPEATS}`,
        measured: `p50 ${results.ms.p50} ms, p99 ${results.ms.p99} ms (cold first ${coldMs} ms; ${results.answerBytes} B)`,
        floor: `bare bytes p50 ${baseline.bareBytesMs.p50} ms, p99 ${baseline.bareBytesMs.p99} ms (the client's own share)`,
      },
      {
        label: "  the gateway's own time per hit",
        measured: `Server-Timing p50 ${results.serverMs.p50} ms, p99 ${results.serverMs.p99} ms; over bare bytes p50 ${ownShareP50} ms`,
        floor: 'target p50 <= 0.3',
      },
    ],
  };
}

export const repeatedDashboardScenario: Scenario = {
  key: 'repeatedDashboard',
  title: 'repeated dashboard',
  stack: 'open',
  run,
};
