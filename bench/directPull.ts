/**
 * The measured floor of a bulk pull: the fastest direct client there is, against the same
 * simulator, budget and latency as the pull it is the floor of. It knows the minimal plan (every
 * 24 h multi-org window at `page[limit]` 500), reads every window at once, each window's pages one
 * after another (a page needs the previous page's cursor), at most `concurrency` calls in flight,
 * and parses every page as any client must. What the computed floor (pullFloor.ts) leaves out, it
 * pays: real latencies of its own calls, receiving and parsing the bytes. No gateway, no GraphQL.
 * Starts at the beginning of a rate-limit period; a 429 waits `X-RateLimit-Reset` and asks again.
 */
import type { BenchSimulator } from './benchSimulator.js';
import { BI_FAMILIES } from './benchSettings.js';
import { rest } from './graphqlClient.js';
import { nextPeriod } from './nextPeriod.js';
import { round } from './percentile.js';
import { DAY_MS, hourText } from './windows.js';

export interface DirectPullFigures {
  seconds: number;
  records: number;
  upstreamCalls: number;
  upstream429s: number;
  concurrency: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function directPull(
  sim: BenchSimulator,
  rateLimit: { periodSeconds: number },
  window: { start: Date; end: Date },
  concurrency: number,
): Promise<DirectPullFigures> {
  const { start, end } = window;
  await nextPeriod(rateLimit);
  const since = await sim.lastSeq();
  const t0 = performance.now();
  let records = 0;
  let inFlight = 0;
  const queue: Array<() => void> = [];
  const slot = async (): Promise<void> => {
    if (inFlight < concurrency) {
      inFlight += 1;
      return;
    }
    await new Promise<void>((resolve) => queue.push(resolve));
  };
  const free = (): void => {
    const next = queue.shift();
    if (next) next();
    else inFlight -= 1;
  };
  const readWindow = async (t: number): Promise<void> => {
    let next: string | null = null;
    do {
      const query: Record<string, string> = {
        'filter[timestamp][start]': hourText(new Date(t)),
        'filter[timestamp][end]': hourText(new Date(t + DAY_MS)),
        'filter[product_families]': BI_FAMILIES.join(','),
        'filter[include_descendants]': 'true',
        'page[limit]': '500',
      };
      if (next) query['page[next_record_id]'] = next;
      await slot();
      let r: Awaited<ReturnType<typeof rest>>;
      try {
        r = await rest(sim.url, sim, '/api/v2/usage/hourly_usage', query);
      } finally {
        free();
      }
      if (r.status === 429) {
        await sleep(r.reset * 1000);
        continue;
      }
      if (r.status !== 200) throw new Error(`direct pull: expected HTTP 200, got ${r.status}`);
      records += (r.body.data as unknown[]).length;
      const meta = r.body.meta as { pagination?: { next_record_id?: string | null } } | undefined;
      next = meta?.pagination?.next_record_id ?? null;
    } while (next);
  };
  const windows: Array<Promise<void>> = [];
  for (let t = start.getTime(); t < end.getTime(); t += DAY_MS) windows.push(readWindow(t));
  await Promise.all(windows);
  const seconds = (performance.now() - t0) / 1000;
  await sim.settledSeq();
  const log = await sim.requests(since);
  return {
    seconds: round(seconds, 3),
    records,
    upstreamCalls: log.length,
    upstream429s: log.filter((l) => l.status === 429).length,
    concurrency,
  };
}
