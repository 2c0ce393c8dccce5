/** The dashboard query cold (its window never read) against warm (the same query again, five times). */
import { dataOf, gql } from '../graphqlClient.js';
import { percentile, percentiles, round } from '../percentile.js';
import { DASHBOARD_QUERY } from '../queries.js';
import type { BenchStack, Scenario, ScenarioOutcome } from '../scenario.js';
import { windowK } from '../windows.js';

async function run({ sim, gateway }: BenchStack): Promise<ScenarioOutcome> {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < 10; i++) {
    const w = windowK(sim, 4800 + i * 30);
    let s = performance.now();
    dataOf(await gql(gateway.url, DASHBOARD_QUERY, w), 'dashboard query');
    cold.push(performance.now() - s);
    for (let j = 0; j < 5; j++) {
      s = performance.now();
      dataOf(await gql(gateway.url, DASHBOARD_QUERY, w), 'dashboard query');
      warm.push(performance.now() - s);
    }
  }
  const results = {
    coldMs: percentiles(cold),
    warmMs: percentiles(warm),
    coldOverWarm: round(percentile(cold, 50) / percentile(warm, 50), 1),
  };
  return {
    results,
    rows: [
      { label: 'repeated dashboard: cold', measured: `p50 ${results.coldMs.p50} ms, p99 ${results.coldMs.p99} ms` },
      {
        label: '  warm',
        measured: `p50 ${results.warmMs.p50} ms, p99 ${results.warmMs.p99} ms; cold/warm ${results.coldOverWarm}x`,
        floor: 'target cold/warm >= 10x',
      },
    ],
  };
}

export const coldWarmScenario: Scenario = { key: 'cache', title: 'cold against warm', stack: 'open', run };
