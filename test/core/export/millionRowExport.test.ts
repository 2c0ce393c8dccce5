import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const MiB = 2 ** 20;

interface Measured {
  rows: number;
  bytes: number;
  pagesGenerated: number;
  baseline: number;
  samples: number[];
}

/** Runs millionRowExport.child.ts (gateway and client in one fresh process, `--expose-gc`); its JSON line. */
async function measure(rows: number, format: 'csv' | 'ndjson'): Promise<Measured> {
  const path = fileURLToPath(new URL('millionRowExport.child.ts', import.meta.url));
  const { stdout } = await run(process.execPath, ['--expose-gc', '--import', 'tsx', path, String(rows), format], {
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '') as Measured;
}

/**
 * A 1,000,000-row export streamed through the real `/export` route over loopback HTTP holds RSS flat:
 * measured in a child process holding both the gateway and the client (which discards what it
 * reads), after full GCs, after a warm-up export, before the request and at every 50,000 rows. A route that wrote ahead of
 * its client, or a view that collected its rows, would hold a sizeable share of the 100+ MiB body.
 */
describe('a 1,000,000-row export', () => {
  it.each(['csv', 'ndjson'] as const)(
    '%s: RSS grows by less than a tenth of the bytes written',
    async (format) => {
      const m = await measure(1_000_000, format);
      expect(m.rows).toBe(1_000_000);
      expect(m.pagesGenerated).toBe(2000);
      expect(m.samples).toHaveLength(20);
      const peak = Math.max(...m.samples);
      const growth = peak - m.baseline;
      const afterFirst = peak - m.samples[0]!;
      console.log(
        `${format}: ${m.rows} rows, ${(m.bytes / MiB).toFixed(1)} MiB; RSS before ${(m.baseline / MiB).toFixed(1)} MiB, ` +
          `at 50,000 rows ${(m.samples[0]! / MiB).toFixed(1)} MiB, peak ${(peak / MiB).toFixed(1)} MiB ` +
          `(growth ${(growth / MiB).toFixed(1)} MiB = ${((100 * growth) / m.bytes).toFixed(2)}% of the bytes; ` +
          `${(afterFirst / MiB).toFixed(1)} MiB after the first 50,000 rows)`,
      );
      expect(m.bytes).toBeGreaterThan(100 * MiB);
      // A route that held its body (or wrote ahead of the client) would grow by about the body's size.
      expect(growth).toBeLessThan(m.bytes / 10);
    },
    300_000,
  );
});
