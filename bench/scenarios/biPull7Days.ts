/** Peer scenario: a 7-day BI pull of all orgs x the five BI families through meterql, against its floor. */
import { ALLOWED_CONCURRENCY, BI_FAMILIES } from '../benchSettings.js';
import { round } from '../percentile.js';
import { pullFloor } from '../pullFloor.js';
import { pullViaGateway } from '../pullViaGateway.js';
import type { BenchStack, Scenario, ScenarioOutcome } from '../scenario.js';
import { dayWindow } from '../windows.js';

const DAYS = 7;
/** Past the 30-day pull's three windows (4 to 96 days back). */
const DAYS_BACK = 97;

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
  return {
    results: { rateLimit, days: DAYS, families: BI_FAMILIES, orgs: sim.orgs, gateway: via, ratioToFloor },
    baseline: { floor: { ...floor, concurrency: ALLOWED_CONCURRENCY } },
    rows: [
      {
        label: `BI pull, ${DAYS} days, via meterql`,
        measured: `${Math.round(via.seconds * 1000)} ms, ${via.records} records, ${via.graphqlPages} pages, ${via.upstreamCalls} calls, ${via.upstream429s} x 429`,
        floor: `floor ${floor.floorMs} ms (${floor.minimalCalls} calls, chain ${floor.chainMs} ms); ratio ${ratioToFloor} (target <= 1.3)`,
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
