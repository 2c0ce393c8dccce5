import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** Runs a child script with `--expose-gc` (so it can measure the heap after full GCs); its JSON line. */
async function child<T>(script: string, ...args: string[]): Promise<T> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const { stdout } = await run(process.execPath, ['--expose-gc', '--import', 'tsx', path, ...args], {
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '') as T;
}

const MiB = 1024 * 1024;

/** Per-credential state and caches are bounded in memory, measured in a child process after full GCs. */
describe('bounded memory', () => {
  it('100,000 distinct key pairs leave the heap within 5 MB of where it started', async () => {
    const r = await child<{ pairs: number; start: number; end: number; growth: number }>(
      'heapBound.child.ts',
      '100000',
    );
    expect(r.pairs).toBe(100_000);
    // Without bounds every pair's budget, breaker and scope stayed: ~426 B each, 40 MB here.
    expect(r.growth).toBeLessThan(5 * MiB);
  }, 600_000);

  it('the page cache holds at most 1.25 times its bound in heap', async () => {
    const r = await child<{ maxBytes: number; counted: number; entries: number; growth: number }>(
      'pageCacheHeap.child.ts',
      '8',
    );
    expect(r.counted).toBeLessThanOrEqual(r.maxBytes);
    expect(r.counted).toBeGreaterThan(r.maxBytes * 0.9); // the bound was reached
    // Counting only the body text, it held 2.6 times its bound.
    expect(r.growth).toBeLessThan(1.25 * r.maxBytes);
  }, 300_000);

  it('the response cache holds at most 1.25 times its bound in memory', async () => {
    const r = await child<{ maxBytes: number; counted: number; entries: number; growth: number }>(
      'responseCacheHeap.child.ts',
      '8',
    );
    expect(r.counted).toBeLessThanOrEqual(r.maxBytes);
    expect(r.counted).toBeGreaterThan(r.maxBytes * 0.9);
    // Keeping slices of the shared buffer pool, and counting only the body, it held 2.4 times its bound.
    expect(r.growth).toBeLessThan(1.25 * r.maxBytes);
  }, 300_000);
});
