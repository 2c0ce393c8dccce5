/**
 * A BI pull through meterql, the way a client pages it: all orgs, the BI families, `first: 1000`,
 * following `endCursor` until `hasNextPage` is false; a rate-limited page is asked again after the
 * wait the gateway passes on. Starts at the beginning of a rate-limit period.
 */
import type { BenchSimulator } from './benchSimulator.js';
import { gql } from './graphqlClient.js';
import { nextPeriod } from './nextPeriod.js';
import { round } from './percentile.js';
import { BI_PULL_QUERY } from './queries.js';
import { DAY_MS, hourText } from './windows.js';

export interface PullFigures {
  seconds: number;
  records: number;
  graphqlPages: number;
  upstreamCalls: number;
  upstream429s: number;
  clientRetries: number;
  /** Records per 24 h window of the pull (for its floor). */
  recordsPerWindow: number[];
  /** Mean latency the simulator added to the pull's calls. */
  meanUpstreamLatencyMs: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function pullViaGateway(
  sim: BenchSimulator,
  gatewayUrl: string,
  rateLimit: { periodSeconds: number },
  window: { start: Date; end: Date },
): Promise<PullFigures> {
  const { start, end } = window;
  const recordsPerWindow = new Array<number>(Math.ceil((end.getTime() - start.getTime()) / DAY_MS)).fill(0);
  await nextPeriod(rateLimit);
  const since = await sim.lastSeq();
  const t0 = performance.now();
  let after: string | null = null;
  let records = 0;
  let pages = 0;
  let clientRetries = 0;
  for (;;) {
    const r = await gql(gatewayUrl, BI_PULL_QUERY, { start: hourText(start), end: hourText(end), after });
    const limited = r.errors?.find((e) => e.extensions?.code === 'UPSTREAM_RATE_LIMITED');
    if (limited) {
      // The gateway passed a 429 on: wait as it says and ask for the same page again.
      clientRetries += 1;
      await sleep(1000 * (limited.extensions?.retryAfterSeconds ?? 1));
      continue;
    }
    if (r.errors) throw new Error(`BI page failed: ${JSON.stringify(r.errors)}`);
    const conn = r.data?.hourlyUsage as {
      nodes: Array<{ hour: string }>;
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
    for (const node of conn.nodes) {
      const day = Math.floor((Date.parse(node.hour) - start.getTime()) / DAY_MS);
      recordsPerWindow[day] = (recordsPerWindow[day] ?? 0) + 1;
    }
    records += conn.nodes.length;
    pages += 1;
    if (!conn.pageInfo.hasNextPage) break;
    after = conn.pageInfo.endCursor;
  }
  const seconds = (performance.now() - t0) / 1000;
  await sim.settledSeq();
  const log = await sim.requests(since);
  const answered = log.filter((l) => l.status === 200);
  return {
    seconds: round(seconds, 2),
    records,
    graphqlPages: pages,
    upstreamCalls: log.length,
    upstream429s: log.filter((l) => l.status === 429).length,
    clientRetries,
    recordsPerWindow,
    meanUpstreamLatencyMs: round(answered.reduce((n, l) => n + sim.latencyOf(l.seq), 0) / Math.max(1, answered.length)),
  };
}
