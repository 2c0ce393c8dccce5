/**
 * Peer scenario: per-org usage for 24 h (`orgs { ... on DatadogOrg { hourlyUsage } }`), each sample
 * its own window. Asked with `Cache-Control: no-cache` (no cache answers: the org directory is
 * fetched too, as on the first query after it expired) and again with the directory cached. Per
 * sample: the upstream calls and round trips from the simulator's log, and the wall time against the
 * floor, one round trip: the latency the simulator logged for the hourly call the answer needs.
 */
import { dataOf, gql } from '../graphqlClient.js';
import { percentile, percentiles, round } from '../percentile.js';
import { PER_ORG_QUERY } from '../queries.js';
import { roundTrips } from '../roundTrips.js';
import type { BenchStack, Scenario, ScenarioOutcome } from '../scenario.js';
import { windowK } from '../windows.js';

const SAMPLES = 15;

async function measure({ sim, gateway }: BenchStack, k: number, headers: Record<string, string>) {
  const wall: number[] = [];
  const floor: number[] = [];
  const calls: number[] = [];
  const trips: number[] = [];
  await sim.settledSeq();
  for (let i = 0; i < SAMPLES; i++) {
    const since = await sim.lastSeq();
    const s = performance.now();
    dataOf(await gql(gateway.url, PER_ORG_QUERY, windowK(sim, k + i), headers), 'per-org usage');
    wall.push(performance.now() - s);
    const log = await sim.requests(since);
    calls.push(log.length);
    trips.push(roundTrips(log, sim.latencyOf));
    const hourly = log.filter((c) => c.endpoint === 'GetHourlyUsage').map((c) => sim.latencyOf(c.seq));
    floor.push(Math.max(0, ...hourly));
  }
  const ratios = wall.map((w, i) => w / (floor[i] as number));
  return {
    samples: SAMPLES,
    upstreamCallsPerQuery: round(calls.reduce((a, b) => a + b, 0) / SAMPLES, 2),
    roundTripsPerQuery: { p50: percentile(trips, 50), max: Math.max(...trips) },
    ms: percentiles(wall),
    floorMs: percentiles(floor),
    ratioToFloor: percentiles(ratios, 2),
  };
}

async function run(stack: BenchStack): Promise<ScenarioOutcome> {
  const uncached = await measure(stack, 5300, { 'cache-control': 'no-cache' });
  const directoryCached = await measure(stack, 5340, {});
  const line = (r: typeof uncached) =>
    `p50 ${r.ms.p50} ms, p99 ${r.ms.p99} ms; ${r.upstreamCallsPerQuery} calls, ${r.roundTripsPerQuery.p50} round trips (max ${r.roundTripsPerQuery.max})`;
  const floor = (r: typeof uncached) =>
    `1 round trip: p50 ${r.floorMs.p50} ms; ratio p50 ${r.ratioToFloor.p50}, p99 ${r.ratioToFloor.p99}`;
  return {
    results: { query: 'orgs { ... on DatadogOrg { hourlyUsage(2 families, 24 h) } }', uncached, directoryCached },
    baseline: { uncachedFloorMs: uncached.floorMs, directoryCachedFloorMs: directoryCached.floorMs },
    rows: [
      { label: 'per-org usage 24 h, no-cache', measured: line(uncached), floor: floor(uncached) },
      { label: '  org directory cached', measured: line(directoryCached), floor: floor(directoryCached) },
    ],
  };
}

export const perOrgUsageScenario: Scenario = {
  key: 'perOrgUsage24h',
  title: 'per-org usage 24 h',
  stack: 'open',
  run,
};
