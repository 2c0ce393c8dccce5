/**
 * Cold execution in-process: the 100-record dashboard query executed by meterql running in the
 * bench's own process (createGateway, the same composition as the CLI), one request at a time over
 * loopback, with every upstream page it needs already in the page cache and no whole answer cached:
 * each request reads its own window, whose page an operation of another name (so another cache key,
 * the same upstream plan) fetched beforehand. What remains is parsing the request, planning,
 * resolving ~2,000 fields, serializing, and the loopback round trip; the floor is that round trip
 * alone (a bare node:http server in the same process answering the same bytes to the same client).
 * Median of many runs after a warm-up. On a busy machine wall times stretch; CPU time per execution
 * (the process's CPU per request, minus the same for the floor's loop) stretches far less. GC time
 * from the `gc` performance entries.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { loadConfig } from '../../src/gateway/config.js';
import { createGateway, createLogger, credentialHeadersOf } from '../../src/gateway/createGateway.js';
import { PROVIDERS } from '../../src/providers/registry.js';
import { createBareBytesServer } from '../bareBytesServer.js';
import { startBenchSimulator } from '../benchSimulator.js';
import { OPEN_RATE_LIMIT } from '../benchSettings.js';
import { dataOf, gql, gqlBytes } from '../graphqlClient.js';
import { percentile, round } from '../percentile.js';
import { DASHBOARD_QUERY } from '../queries.js';
import type { Scenario, ScenarioOutcome } from '../scenario.js';
import { windowK, type HourWindow } from '../windows.js';

const WARMUP = 150;
const ITERATIONS = 400;
/** The same selection as the dashboard under another name: it fills the page cache, never the answer cache. */
const PREFETCH_QUERY = DASHBOARD_QUERY.replace('query Dashboard(', 'query DashboardPrefetch(');

/** Per-request wall times of `n` sequential calls of `call(i)`. */
async function timeEach(n: number, call: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    await call(i);
    times.push(performance.now() - s);
  }
  return times;
}

const summary = (times: number[]) => ({
  /** The fastest tenth: the least disturbed by other work on a shared machine. */
  p10: round(percentile(times, 10), 3),
  median: round(percentile(times, 50), 3),
  p90: round(percentile(times, 90), 3),
  p99: round(percentile(times, 99), 3),
});

async function run(): Promise<ScenarioOutcome> {
  const sim = await startBenchSimulator({ latencyMs: 0, rateLimit: OPEN_RATE_LIMIT });
  const config = loadConfig(
    {
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      DD_API_KEY: sim.apiKey,
      DD_APP_KEY: sim.appKey,
      METERQL_DATADOG_URL: sim.url,
      // Every window's pages stay cached (the page cache counts what a page really retains).
      METERQL_PAGE_CACHE_MAX_BYTES: String(512 * 1024 * 1024),
    },
    PROVIDERS,
  );
  // As the CLI: the operation log at info, here to /dev/null.
  const logger = createLogger(
    'info',
    pino.destination({ dest: '/dev/null', sync: false }),
    credentialHeadersOf(PROVIDERS),
  );
  const gateway = await createGateway(config, { providers: PROVIDERS, logger });
  const bare = createBareBytesServer();
  try {
    const windows = Array.from({ length: WARMUP + ITERATIONS }, (_, k) => windowK(sim, k));
    const windowAt = (i: number): HourWindow => {
      const w = windows[i];
      if (w === undefined) throw new Error(`expected a window at ${i}; there are ${windows.length}`);
      return w;
    };
    for (let i = 0; i < windows.length; i += 16) {
      await Promise.all(
        windows.slice(i, i + 16).map(async (w) => void dataOf(await gql(gateway.url, PREFETCH_QUERY, w), 'prefetch')),
      );
    }
    await sim.settledSeq();
    const beforeWarmup = await sim.lastSeq();
    const execute = async (i: number): Promise<void> =>
      void dataOf(await gql(gateway.url, DASHBOARD_QUERY, windowAt(i)), 'dashboard');
    await timeEach(WARMUP, execute);
    const beforeMeasure = await sim.lastSeq();
    let gcMs = 0;
    let gcCount = 0;
    const gc = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        gcMs += e.duration;
        gcCount += 1;
      }
    });
    gc.observe({ entryTypes: ['gc'] });
    const cpu = process.cpuUsage();
    const times = await timeEach(ITERATIONS, (i) => execute(WARMUP + i));
    const cpuUsed = process.cpuUsage(cpu);
    gc.disconnect();
    const upstreamCalls = (await sim.lastSeq()) - beforeMeasure;
    if (upstreamCalls > 0 || beforeMeasure !== beforeWarmup) {
      throw new Error(
        `expected the measured executions to be served from the page cache; they made ${upstreamCalls} upstream calls (warm-up ${beforeMeasure - beforeWarmup}): the prefetch no longer warms the same pages`,
      );
    }
    // The floor: the same client, the same bytes, from a bare server in this process.
    const answer = await gqlBytes(gateway.url, DASHBOARD_QUERY, windowAt(WARMUP));
    bare.setBody(answer.bytes);
    await new Promise<void>((resolve) => bare.server.listen(0, '127.0.0.1', () => resolve()));
    const bareUrl = `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}/graphql`;
    const bareCall = (i: number) => gql(bareUrl, DASHBOARD_QUERY, windowAt(i));
    await timeEach(WARMUP, bareCall);
    const floorCpu = process.cpuUsage();
    const floorTimes = await timeEach(ITERATIONS, (i) => bareCall(WARMUP + i));
    const floorCpuUsed = process.cpuUsage(floorCpu);
    const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000 / ITERATIONS;
    const measured = summary(times);
    const floor = summary(floorTimes);
    const results = {
      iterations: ITERATIONS,
      warmup: WARMUP,
      answerBytes: answer.bytes.length,
      requestMs: measured,
      /** The median request minus the median loopback round trip of the same bytes. */
      executionMs: round(measured.median - floor.median, 3),
      /** The process's CPU per request (gateway and client), and that minus the floor loop's. */
      cpuMsPerRequest: round(cpuMs(cpuUsed), 3),
      executionCpuMs: round(cpuMs(cpuUsed) - cpuMs(floorCpuUsed), 3),
      gcMsPerRequest: round(gcMs / ITERATIONS, 3),
      gcPauses: gcCount,
    };
    return {
      results,
      baseline: { loopbackBareBytesMs: floor, loopbackBareBytesCpuMsPerRequest: round(cpuMs(floorCpuUsed), 3) },
      rows: [
        {
          label: 'cold execution in-process (dashboard)',
          measured: `${results.executionMs} ms/execution, ${results.executionCpuMs} ms CPU (request p10 ${measured.p10}, median ${measured.median}, p90 ${measured.p90} ms)`,
          floor: `loopback bare bytes p10 ${floor.p10}, median ${floor.median} ms; target: half of before issue 11`,
        },
        {
          label: '  per request: CPU (with client), GC',
          measured: `CPU ${results.cpuMsPerRequest} ms, GC ${results.gcMsPerRequest} ms (${gcCount} pauses in ${ITERATIONS})`,
          floor: `bare bytes CPU ${round(cpuMs(floorCpuUsed), 3)} ms`,
        },
      ],
    };
  } finally {
    if (bare.server.listening) await new Promise<void>((resolve) => bare.server.close(() => resolve()));
    await gateway.stop();
    await sim.stop();
  }
}

export const executionMicroBenchScenario: Scenario = {
  key: 'execution',
  title: 'cold execution micro-bench',
  stack: null,
  run,
};
