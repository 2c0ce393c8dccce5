/**
 * The vendor docs' loop for a bulk pull: one 24 h multi-org window at a time, following
 * `next_record_id`, sequentially, sleeping `sleepMs` after each page and waiting `X-RateLimit-Reset`
 * on a 429 as Datadog's client does. Starts at the beginning of a rate-limit period.
 */
import type { BenchSimulator } from './benchSimulator.js';
import { BI_FAMILIES } from './benchSettings.js';
import { rest } from './graphqlClient.js';
import { nextPeriod } from './nextPeriod.js';
import { round } from './percentile.js';
import { DAY_MS, hourText } from './windows.js';

export interface VendorLoopFigures {
  seconds: number;
  records: number;
  upstreamCalls: number;
  upstream429s: number;
  sleepMs: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function vendorLoop(
  sim: BenchSimulator,
  rateLimit: { periodSeconds: number },
  window: { start: Date; end: Date },
  sleepMs: number,
): Promise<VendorLoopFigures> {
  const { start, end } = window;
  await nextPeriod(rateLimit);
  const since = await sim.lastSeq();
  const t0 = performance.now();
  let records = 0;
  for (let t = start.getTime(); t < end.getTime(); t += DAY_MS) {
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
      const r = await rest(sim.url, sim, '/api/v2/usage/hourly_usage', query);
      if (r.status === 429) {
        await sleep(r.reset * 1000);
        continue;
      }
      if (r.status !== 200) throw new Error(`vendor loop: expected HTTP 200, got ${r.status}`);
      records += (r.body.data as unknown[]).length;
      const meta = r.body.meta as { pagination?: { next_record_id?: string | null } } | undefined;
      next = meta?.pagination?.next_record_id ?? null;
      if (sleepMs > 0) await sleep(sleepMs);
    } while (next);
  }
  const seconds = (performance.now() - t0) / 1000;
  const log = await sim.requests(since);
  return {
    seconds: round(seconds, 2),
    records,
    upstreamCalls: log.length,
    upstream429s: log.filter((l) => l.status === 429).length,
    sleepMs,
  };
}
