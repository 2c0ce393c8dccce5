/** Peer scenario: a 7-day BI pull of all orgs x the five BI families through meterql, against its floor. */
import { ALLOWED_CONCURRENCY, BI_FAMILIES } from '../benchSettings.js';
import { round } from '../percentile.js';
import { pullFloor } from '../pullFloor.js';
import { pullViaGateway } from '../pullViaGateway.js';
import type { BenchStack, Scenario, ScenarioOutcome } from '../scenario.js';
import { dayWindow } from '../windows.js';
import { directPull } from '../directPull.js';

const DAYS = 7;
/** Past the 30-day pull's three windows (4 to 96 days back). */
const DAYS_BACK = 97;
/** The measured floor's window: past the 30-day pull's measured floor (105 to 135 days back). */
const DIRECT_DAYS_BACK = 136;

async function run({ sim, gateway, rateLimit }: BenchStack): Promise<ScenarioOutcome> {
  const { recordsPerWindow, ...via } = await pullViaGateway(
    sim,
    gateway.url,
    rateLimit,
    dayWindow(sim, DAYS_BACK, DAYS),
  );
  const floor = pullFloor({
    recordsPerWindow,
    latencyMs: via.meanUpstreamLatencyMs,
    concurrency: ALLOWED_CONCURRENCY,
    rateLimit,
  });
  const ratioToFloor = round((via.seconds * 1000) / floor.floorMs, 1);
  const direct = await directPull(sim, rateLimit, dayWindow(sim, DIRECT_DAYS_BACK, DAYS), ALLOWED_CONCURRENCY);
  const ratioToMeasuredFloor = round(via.seconds / direct.seconds, 1);
  return {
    results: {
      rateLimit,
      days: DAYS,
      families: BI_FAMILIES,
      orgs: sim.orgs,
      gateway: via,
      ratioToFloor,
      ratioToMeasuredFloor,
    },
    baseline: { floor: { ...floor, concurrency: ALLOWED_CONCURRENCY }, measuredFloor: direct },
    rows: [
      {
        label: `BI pull, ${DAYS} days, via meterql`,
        measured: `${Math.round(via.seconds * 1000)} ms, ${via.records} records, ${via.graphqlPages} pages, ${via.upstreamCalls} calls, ${via.upstream429s} x 429`,
        floor: `floor ${floor.floorMs} ms (${floor.minimalCalls} calls, chain ${floor.chainMs} ms); ratio ${ratioToFloor} (target <= 1.3)`,
      },
      {
        label: '  floor, measured: direct client',
        measured: `${Math.round(direct.seconds * 1000)} ms, ${direct.records} records, ${direct.upstreamCalls} calls, ${direct.upstream429s} x 429`,
        floor: `meterql's ratio to it ${ratioToMeasuredFloor}`,
      },
    ],
  };
}

export const biPull7DaysScenario: Scenario = {
  key: 'biPull7Days',
  title: 'BI pull, 7 days',
  stack: 'rateLimited',
  run,
};
