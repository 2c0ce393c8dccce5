/**
 * Run by heapBound.test.ts in a child process with `--expose-gc`: fills a MemoryPageCache of
 * `maxMiB` through UpstreamHttp with Datadog hourly-usage pages from the simulator (and past its
 * bound), and prints as JSON on stdout what the cache counts and how much the heap (after full GCs)
 * grew meanwhile.
 */
import { pino } from 'pino';
import { UpstreamHttp, type UpstreamRequest } from '../../../src/upstream/http.js';
import { MemoryPageCache } from '../../../src/upstream/pageCache.js';
import { datadogHttpPolicy } from '../../../src/providers/datadog/datadogHttpPolicy.js';
import { startSimulator } from '../../../src/providers/datadog/simulator/index.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc');
const collect = gc;
const heap = async (): Promise<number> => {
  for (let i = 0; i < 4; i++) {
    collect();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};

const maxBytes = Number(process.argv[2] ?? '8') * 1024 * 1024;
const sim = await startSimulator({});
const cache = new MemoryPageCache({ maxBytes });
const http = new UpstreamHttp({
  logger: pino({ level: 'silent' }),
  pageCache: cache,
  retry: { maxAttempts: 1 },
  pacing: false,
  policies: { datadog: datadogHttpPolicy },
});
const headers = { 'dd-api-key': sim.world.parent.apiKey, 'dd-application-key': sim.world.parent.appKey };
const now = sim.world.now.getTime();
const hour = (back: number): string => new Date(now - back * 3_600_000).toISOString().slice(0, 13);
const families = 'logs,infra_hosts,serverless,synthetics_api,rum,timeseries';
// Settled windows (older than the data delay), each distinct: every answer is kept for an hour.
const request = (i: number): UpstreamRequest => ({
  provider: 'datadog',
  endpoint: 'GetHourlyUsage',
  baseUrl: sim.url,
  path: '/api/v2/usage/hourly_usage',
  headers,
  query: [
    ['filter[timestamp][start]', hour(100 + i)],
    ['filter[timestamp][end]', hour(76 + i)],
    ['filter[product_families]', families],
  ],
});

await http.json(request(0));
const start = await heap();
let i = 1;
while (cache.bytes < maxBytes * 0.95 && i < 20_000) await http.json(request(i++));
for (let j = 0; j < 50; j++) await http.json(request(i++)); // past the bound: evictions
sim.log.clear();
const end = await heap();
process.stdout.write(
  `${JSON.stringify({ maxBytes, counted: cache.bytes, entries: cache.size, growth: end - start })}\n`,
);
await http.close();
await sim.stop();
