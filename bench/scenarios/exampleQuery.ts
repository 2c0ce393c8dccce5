/** The GraphiQL example query (orgs, then every org's usage) against its ideal REST equivalent. */
import { EXAMPLE_QUERY } from '../../src/providers/datadog/datadogExample.js';
import { dataOf, gql, rest } from '../graphqlClient.js';
import { percentiles } from '../percentile.js';
import type { BenchStack, Scenario, ScenarioOutcome } from '../scenario.js';
import { windowK } from '../windows.js';

const SAMPLES = 40;
/** Windows k = 4600 + 2i (meterql) and 4601 + 2i (direct). */
const K = 4600;

async function run({ sim, gateway }: BenchStack): Promise<ScenarioOutcome> {
  const gw: number[] = [];
  const direct: number[] = [];
  const month = sim.now.toISOString().slice(0, 7);
  const prev = new Date(Date.UTC(sim.now.getUTCFullYear(), sim.now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
  for (let i = 0; i < SAMPLES; i++) {
    let s = performance.now();
    dataOf(await gql(gateway.url, EXAMPLE_QUERY, windowK(sim, K + 2 * i)), 'example query');
    gw.push(performance.now() - s);
    const d = windowK(sim, K + 1 + 2 * i);
    s = performance.now();
    await Promise.all([
      rest(sim.url, sim, '/api/v1/usage/summary', { start_month: prev, end_month: month, include_org_details: 'true' }),
      rest(sim.url, sim, '/api/v2/usage/hourly_usage', {
        'filter[timestamp][start]': d.start,
        'filter[timestamp][end]': d.end,
        'filter[product_families]': 'infra_hosts,logs',
        'filter[include_descendants]': 'true',
      }),
    ]);
    direct.push(performance.now() - s);
  }
  const results = { samples: SAMPLES, gatewayMs: percentiles(gw), directConcurrentMs: percentiles(direct) };
  return {
    results,
    rows: [
      {
        label: 'example query (GraphiQL) via meterql',
        measured: `p50 ${results.gatewayMs.p50} ms, p99 ${results.gatewayMs.p99} ms`,
        floor: `ideal REST (summary || hourly) p50 ${results.directConcurrentMs.p50} ms, p99 ${results.directConcurrentMs.p99} ms`,
      },
    ],
  };
}

export const exampleQueryScenario: Scenario = {
  key: 'exampleQuery',
  title: 'example query',
  stack: 'open',
  run,
};
