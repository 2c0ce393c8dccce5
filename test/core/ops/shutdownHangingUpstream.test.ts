import { describe, expect, it } from 'vitest';
import { hoursBefore, PLAIN_UPSTREAM, startStack } from '../../helpers/stack.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * An upstream that never answers must not hold shutdown past the drain timeout: the gateway cuts its
 * clients' requests after the drain timeout, then its upstream requests still in flight, at once.
 */
describe('shutdown with an upstream that hangs', () => {
  it('stop() ends within the drain timeout (+ 1 s) although upstream requests never answer', async () => {
    const drainTimeoutMs = 500;
    // Upstream timeouts and deadlines far beyond the test's own timeout: only the shutdown can end them.
    const s = await startStack({}, (c) => ({ ...c, drainTimeoutMs, upstreamTimeoutMs: 120_000 }), {
      ...PLAIN_UPSTREAM,
      retry: { maxAttempts: 4 },
      operationDeadlineMs: 120_000,
    });
    try {
      s.sim.faults.inject({ kind: 'timeout', share: 1 });
      const query = `{ hourlyUsage(start: "${hoursBefore(s.sim.world.now, 24 * 5)}", productFamilies: [logs]) { nodes { hour } } orgs { name } }`;
      const pending = s.gql(query).then(
        () => 'answered',
        () => 'cut',
      );
      // Both upstream requests reached the simulator and hang there.
      while (s.sim.log.count() < 2) await sleep(20);
      const started = performance.now();
      expect(await s.gateway.stop()).toBe(false);
      const ms = performance.now() - started;
      expect(ms).toBeLessThan(drainTimeoutMs + 1_000);
      expect(await pending).toBe('cut');
      expect(s.logLines.some((l) => l.includes('drain timeout'))).toBe(true);
    } finally {
      await s.sim.stop();
    }
  }, 20_000);
});
