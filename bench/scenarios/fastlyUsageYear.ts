/**
 * Fastly: a year of usage metrics and all service usage, in one operation
 * (`fastlyCustomer { products(start: 11 months back) { measurements { services(first: 1000) } } }`).
 * Its own stack: a Fastly simulator in its own process (fastlySimulatorProcess.ts) and a Fastly-only
 * gateway process (`FASTLY_API_TOKEN`, `METERQL_FASTLY_URL`; Datadog unconfigured). Every sample is
 * asked with `Cache-Control: no-cache`, so each reads everything upstream (the first also on fresh
 * connections).
 *
 * Per sample, from the simulator's log: the upstream calls by endpoint and the round trips, and the
 * wall time against the floor: the dependent chain of the minimal plan (the usage metrics, at most 3
 * months a call, then one service-usage page per measurement at the largest page size), each link in
 * rounds of the allowed concurrency, times the mean latency the simulator logged for the sample.
 * Against the calls of a naive client, counted from the answer: one usage-metrics call per month,
 * then one service-usage walk per (product, usage type, month) at the default page size.
 */
import { SERVICE_USAGE_PAGE_LIMIT, USAGE_METRICS_MAX_MONTHS } from '../../src/providers/fastly/api/fastlyLimits.js';
import { ALLOWED_CONCURRENCY, LATENCY, SEED } from '../benchSettings.js';
import { simulatorRequestLog } from '../benchSimulator.js';
import { startGatewayProcess } from '../gatewayProcess.js';
import { dataOf, gql } from '../graphqlClient.js';
import { percentile, percentiles, round } from '../percentile.js';
import { roundTrips } from '../roundTrips.js';
import type { Scenario, ScenarioOutcome } from '../scenario.js';
import { startChildProcess, tsxScript } from '../startChildProcess.js';

const SAMPLES = 10;
const MONTHS = 12;

const QUERY = `query FastlyUsageYear($start: Month!) {
  fastlyCustomer {
    products(start: $start) {
      measurements {
        services(first: 1000) { nodes { serviceId usageUnits } }
      }
    }
  }
}`;

interface Answer {
  fastlyCustomer: {
    products: Array<{ measurements: Array<{ services: { nodes: Array<{ serviceId: string }> } }> }>;
  };
}

/** `YYYY-MM` of the month `back` months before `now`'s (UTC). */
function monthBack(now: Date, back: number): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
}

async function run(): Promise<ScenarioOutcome> {
  const sim = await startChildProcess(
    tsxScript(
      new URL('../fastlySimulatorProcess.ts', import.meta.url),
      JSON.stringify({ seed: SEED, latencyMs: LATENCY }),
    ),
    { name: 'Fastly simulator', stdout: 'readyLine' },
  );
  try {
    const info = JSON.parse(sim.firstLine ?? '') as { url: string; token: string; now: string };
    const log = simulatorRequestLog(info.url, LATENCY);
    const gateway = await startGatewayProcess({ FASTLY_API_TOKEN: info.token, METERQL_FASTLY_URL: info.url });
    try {
      return await measure(info, log, gateway.url);
    } finally {
      await gateway.stop();
    }
  } finally {
    await sim.stop();
  }
}

async function measure(
  info: { now: string },
  log: ReturnType<typeof simulatorRequestLog>,
  gatewayUrl: string,
): Promise<ScenarioOutcome> {
  const start = monthBack(new Date(info.now), MONTHS - 1);
  const wall: number[] = [];
  const floor: number[] = [];
  const trips: number[] = [];
  const calls: number[] = [];
  let byEndpoint: Record<string, number> = {};
  let servicesPerMeasurement: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const since = await log.settledSeq();
    const s = performance.now();
    const data = dataOf(
      await gql(gatewayUrl, QUERY, { start }, { 'cache-control': 'no-cache' }),
      'Fastly year of usage',
    ) as unknown as Answer;
    wall.push(performance.now() - s);
    // Counted once the gateway is idle again: calls it read ahead count for the operation.
    await log.settledSeq();
    const logged = await log.requests(since);
    calls.push(logged.length);
    trips.push(roundTrips(logged, log.latencyOf));
    const meanLatency = logged.reduce((n, c) => n + log.latencyOf(c.seq), 0) / Math.max(1, logged.length);
    servicesPerMeasurement = data.fastlyCustomer.products.flatMap((p) =>
      p.measurements.map((m) => m.services.nodes.length),
    );
    floor.push(minimalRounds(servicesPerMeasurement) * meanLatency);
    if (i === 0) {
      byEndpoint = {};
      for (const c of logged) byEndpoint[c.endpoint] = (byEndpoint[c.endpoint] ?? 0) + 1;
    }
  }
  if (servicesPerMeasurement.some((n) => n >= 1000)) {
    throw new Error(
      `expected fewer than 1000 services per measurement (one GraphQL page each); got ${Math.max(...servicesPerMeasurement)}`,
    );
  }
  const measurements = servicesPerMeasurement.length;
  const naiveServicePages = servicesPerMeasurement.reduce(
    (n, services) => n + Math.max(1, Math.ceil(services / SERVICE_USAGE_PAGE_LIMIT.default)),
    0,
  );
  const naive = MONTHS + naiveServicePages;
  const minimalCalls = Math.ceil(MONTHS / USAGE_METRICS_MAX_MONTHS) + minimalServicePages(servicesPerMeasurement);
  const ratios = wall.map((w, i) => w / (floor[i] as number));
  const callsP50 = percentile(calls, 50);
  const results = {
    query: `fastlyCustomer { products(start: ${start}) { measurements { services(first: 1000) { nodes { serviceId usageUnits } } } } }`,
    gateway: 'Fastly only (FASTLY_API_TOKEN, METERQL_FASTLY_URL)',
    months: MONTHS,
    measurements,
    serviceRows: servicesPerMeasurement.reduce((a, b) => a + b, 0),
    samples: SAMPLES,
    upstreamCalls: { p50: callsP50, max: Math.max(...calls), firstSampleByEndpoint: byEndpoint },
    naive: {
      calls: naive,
      plan: `${MONTHS} usage-metrics calls (one per month) + ${naiveServicePages} service-usage pages (one walk per measurement at limit ${SERVICE_USAGE_PAGE_LIMIT.default})`,
    },
    fewerThanNaive: round(naive / callsP50, 1),
    roundTripsPerQuery: { p50: percentile(trips, 50), max: Math.max(...trips) },
    ms: percentiles(wall),
    floorMs: percentiles(floor),
    ratioToFloor: percentiles(ratios, 2),
  };
  const rounds = minimalRounds(servicesPerMeasurement);
  const endpoints = Object.entries(byEndpoint)
    .map(([e, n]) => `${n} ${e}`)
    .join(' + ');
  return {
    results,
    baseline: {
      floor: {
        minimalCalls,
        chainRoundTrips: 2,
        concurrency: ALLOWED_CONCURRENCY,
        rounds,
        floorMs: results.floorMs,
      },
    },
    rows: [
      {
        label: `Fastly: ${MONTHS} months usage + all service usage`,
        measured: `p50 ${results.ms.p50} ms, p99 ${results.ms.p99} ms; ${results.roundTripsPerQuery.p50} round trips (max ${results.roundTripsPerQuery.max})`,
        floor: `floor p50 ${results.floorMs.p50} ms (2 dependent round trips, ${minimalCalls} calls, ${ALLOWED_CONCURRENCY} in flight: ${rounds} rounds); ratio p50 ${results.ratioToFloor.p50}, p99 ${results.ratioToFloor.p99}`,
      },
      {
        label: '  calls',
        measured: `${callsP50} (${endpoints}): ${results.fewerThanNaive.toFixed(1)}x fewer`,
        floor: `naive ${naive} (${MONTHS} monthly usage-metrics + ${naiveServicePages} service-usage pages for ${measurements} measurements)`,
      },
    ],
  };
}

/** Service-usage pages of the minimal plan: one walk per measurement at the largest page size. */
function minimalServicePages(servicesPerMeasurement: readonly number[]): number {
  return servicesPerMeasurement.reduce(
    (n, services) => n + Math.max(1, Math.ceil(services / SERVICE_USAGE_PAGE_LIMIT.max)),
    0,
  );
}

/**
 * Round trips of the minimal plan: the usage metrics (at most 3 months a call), then the service
 * usage of every measurement they name, each link in rounds of the allowed concurrency.
 */
function minimalRounds(servicesPerMeasurement: readonly number[]): number {
  return (
    Math.ceil(Math.ceil(MONTHS / USAGE_METRICS_MAX_MONTHS) / ALLOWED_CONCURRENCY) +
    Math.ceil(minimalServicePages(servicesPerMeasurement) / ALLOWED_CONCURRENCY)
  );
}

export const fastlyUsageYearScenario: Scenario = {
  key: 'fastlyUsageYear',
  title: 'Fastly: a year of usage metrics and all service usage',
  stack: null,
  run,
};
