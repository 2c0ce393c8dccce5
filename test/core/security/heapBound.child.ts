/**
 * Run by heapBound.test.ts in a child process with `--expose-gc`: sends one request for each of
 * `pairs` distinct Datadog key pairs through UpstreamHttp to a local upstream that answers every
 * request with a rate-limit budget (the costliest case: one known budget, breaker and scope each),
 * and prints the heap (after full GCs) before and after, as JSON on stdout.
 */
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { UpstreamHttp } from '../../../src/upstream/http.js';
import { datadogHttpPolicy } from '../../../src/providers/datadog/datadogHttpPolicy.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc');

const pairs = Number(process.argv[2] ?? '100000');
const server = createServer((_req, res) => {
  res.writeHead(200, {
    'content-type': 'application/json',
    'x-ratelimit-name': 'usage_metering',
    'x-ratelimit-limit': '1000',
    'x-ratelimit-period': '3600',
    'x-ratelimit-remaining': '999',
    'x-ratelimit-reset': '3000',
  });
  res.end('{"data":[]}');
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const http = new UpstreamHttp({
  logger: pino({ level: 'silent' }),
  cache: false,
  retry: { maxAttempts: 1 },
  policies: { datadog: datadogHttpPolicy },
});

const hex = (text: string, length: number): string => createHash('sha256').update(text).digest('hex').slice(0, length);

async function send(from: number, to: number): Promise<void> {
  let next = from;
  const worker = async (): Promise<void> => {
    while (next < to) {
      const i = next++;
      await http.json({
        provider: 'datadog',
        endpoint: 'GetHourlyUsage',
        baseUrl,
        path: '/api/v2/usage/hourly_usage',
        query: [['filter[timestamp][start]', '2026-01-01T00']],
        headers: { 'dd-api-key': hex(`api${i}`, 32), 'dd-application-key': hex(`app${i}`, 40) },
      });
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
}

const heap = async (): Promise<number> => {
  for (let i = 0; i < 4; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
};

// Warm-up: code paths compiled, pool connections open.
await send(0, 1_000);
const start = await heap();
await send(1_000, 1_000 + pairs);
const end = await heap();
await http.close();
server.close();
process.stdout.write(`${JSON.stringify({ pairs, start, end, growth: end - start })}\n`);
