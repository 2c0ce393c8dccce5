/**
 * Run by heapBound.test.ts in a child process with `--expose-gc`: fills a MemoryResponseCache of
 * `maxMiB` with answers made as the gateway makes them (`Buffer.from` of the serialized response, a
 * few KB, between other short-lived buffers, as a busy gateway allocates them) and past its bound,
 * and prints as JSON what the cache counts and how much memory (heap and buffers, after full GCs)
 * grew meanwhile.
 */
import { createHash } from 'node:crypto';
import { MemoryResponseCache } from '../../../src/responseCache/memoryResponseCache.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc');
const collect = gc;
const memory = async (): Promise<number> => {
  for (let i = 0; i < 4; i++) {
    collect();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};

const maxBytes = Number(process.argv[2] ?? '8') * 1024 * 1024;
const cache = new MemoryResponseCache({ maxBytes });
const answer = (i: number): string =>
  JSON.stringify({ data: { orgs: Array.from({ length: 8 + (i % 8) }, (_, j) => ({ name: `org ${i}-${j}`, id: j })) } });

const start = await memory();
let i = 0;
let junk: Buffer[] = [];
while (cache.bytes < maxBytes * 0.95 || i < 20_000) {
  const text = answer(i);
  const body = Buffer.from(text, 'utf8');
  // Other short-lived buffers of the same request (parsing, hashing) share the allocation pool.
  junk.push(Buffer.from(`${text}${text}`.slice(0, 2000), 'utf8'));
  if (junk.length > 100) junk = [];
  await cache.set(
    `key-${i}`,
    {
      body,
      meta: {
        contentType: 'application/json; charset=utf-8',
        etag: `"${createHash('sha256').update(body).digest('base64url')}"`,
        storedAt: Date.now(),
        expiresAt: Date.now() + 60_000,
        hour: null,
        operationName: 'Orgs',
      },
    },
    60_000,
  );
  i++;
}
junk = [];
const end = await memory();
process.stdout.write(
  `${JSON.stringify({ maxBytes, counted: cache.bytes, entries: cache.size, stored: i, growth: end - start })}\n`,
);
