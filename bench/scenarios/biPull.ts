/**
 * The 30-day BI pull under the strict budget: through meterql (the way a client pages it), against
 * the vendor docs' sequential cursor loop with and without its sleep, and against the pull's floor.
 */
import { ALLOWED_CONCURRENCY, BI_FAMILIES } from '../benchSettings.js';
import { round } from '../percentile.js';
import { pullFloor } from '../pullFloor.js';
import { pullViaGateway } from '../pullViaGateway.js';
import type { BenchStack, Scenario, ScenarioOutcome } from '../scenario.js';
import { vendorLoop } from '../vendorLoop.js';
import { directPull } from '../directPull.js';
import { dayWindow } from '../windows.js';

const DAYS = 30;
/** The measured floor's window: 135 to 105 days back, read by no other pull. */
const DIRECT_DAYS_BACK = 105;

async function run({ sim, gateway, rateLimit }: BenchStack): Promise<ScenarioOutcome> {
  // Three disjoint 30-day windows, from 4 days back (settled data): no run reads another's pages.
  const via = await pullViaGateway(sim, gateway.url, rateLimit, dayWindow(sim, 4, DAYS));
  const scaledSleepMs = Math.ceil((rateLimit.periodSeconds * 1000) / rateLimit.limit);
  const loopSleep = await vendorLoop(sim, rateLimit, dayWindow(sim, 4 + DAYS + 1, DAYS), scaledSleepMs);
  const loopNoSleep = await vendorLoop(sim, rateLimit, dayWindow(sim, 4 + 2 * (DAYS + 1), DAYS), 0);
  // Past the 7-day pull's window (97 to 104 days back).
  const direct = await directPull(sim, rateLimit, dayWindow(sim, DIRECT_DAYS_BACK, DAYS), ALLOWED_CONCURRENCY);
  const floor = pullFloor({
    recordsPerWindow: via.recordsPerWindow,
    latencyMs: via.meanUpstreamLatencyMs,
    concurrency: ALLOWED_CONCURRENCY,
    rateLimit,
  });
  const { recordsPerWindow: _perWindow, ...gatewayFigures } = via;
  const ratio = (seconds: number): number => round((seconds * 1000) / floor.floorMs, 1);
  const results = {
    rateLimit,
    days: DAYS,
    families: BI_FAMILIES,
    orgs: sim.orgs,
    gateway: gatewayFigures,
    vendorLoopWithSleep: loopSleep,
    vendorLoopNoSleep: loopNoSleep,
    speedupVsSleepLoop: round(loopSleep.seconds / via.seconds, 1),
    speedupVsNoSleepLoop: round(loopNoSleep.seconds / via.seconds, 1),
    gatewayRatioToFloor: ratio(via.seconds),
    gatewayRatioToMeasuredFloor: round(via.seconds / direct.seconds, 1),
  };
  const line = (r: { seconds: number; records: number; upstreamCalls: number; upstream429s: number }) =>
    `${r.seconds} s, ${r.records} records, ${r.upstreamCalls} calls, ${r.upstream429s} x 429`;
  return {
    results,
    baseline: { floor: { ...floor, concurrency: ALLOWED_CONCURRENCY }, measuredFloor: direct },
    rows: [
      {
        label: 'BI pull, 30 days',
        measured: `${sim.orgs} orgs x ${BI_FAMILIES.length} families, rate limit ${rateLimit.limit}/${rateLimit.periodSeconds}s`,
        floor: `floor ${floor.floorMs} ms (${floor.minimalCalls} calls at ${floor.latencyMs} ms)`,
      },
      {
        label: '  floor: chain, concurrency, rate limit',
        measured: `${floor.chainMs} ms, ${floor.concurrencyMs} ms (${ALLOWED_CONCURRENCY} in flight), ${floor.rateLimitMs} ms`,
        floor: `calls / budget x period: ${floor.sustainedRateMs} ms`,
      },
      {
        label: '  floor, measured: direct client',
        measured: `${line(direct)}, every window at once, ${direct.concurrency} in flight, pages parsed`,
        floor: `${round(direct.seconds / (floor.floorMs / 1000), 1)}x the computed floor`,
      },
      {
        label: '  via meterql (first: 1000)',
        measured: `${line(via)}, ${via.clientRetries} client retries`,
        floor: `ratio to floor ${results.gatewayRatioToFloor} (target <= 1.3), to the measured floor ${results.gatewayRatioToMeasuredFloor}`,
      },
      {
        label: `  vendor loop, sleep ${scaledSleepMs} ms`,
        measured: line(loopSleep),
        floor: `ratio to floor ${ratio(loopSleep.seconds)}`,
      },
      {
        label: '  vendor loop, no sleep',
        measured: line(loopNoSleep),
        floor: `ratio to floor ${ratio(loopNoSleep.seconds)}`,
      },
      {
        label: '  SPEEDUP',
        measured: `${results.speedupVsSleepLoop}x vs sleeping loop, ${results.speedupVsNoSleepLoop}x vs no-sleep loop`,
        floor: 'target >= 5x',
      },
    ],
  };
}

export const biPullScenario: Scenario = { key: 'biPull', title: 'BI pull, 30 days', stack: 'rateLimited', run };
