import { afterEach, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { hoursBefore, startStack, type Stack } from '../../helpers/stack.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('graceful shutdown', () => {
  let stack: Stack | null = null;
  afterEach(async () => {
    await stack?.stop();
    stack = null;
  });

  const slowQuery = (s: Stack): string =>
    `query Slow { hourlyUsage(start: "${hoursBefore(s.sim.world.now, 24 * 5)}", productFamilies: [logs]) { nodes { hour } } }`;

  it('reports 503 on /readyz while draining, lets the in-flight operation finish, then stops listening', async () => {
    const s = await startStack({ latencyMs: 800 }, (c) => ({ ...c, shutdownDelayMs: 300, drainTimeoutMs: 5000 }));
    stack = s;
    const base = s.gateway.url.replace(/\/graphql$/, '');
    const slow = s.gql<{ hourlyUsage: { nodes: unknown[] } }>(slowQuery(s));
    await sleep(150);
    const stopped = s.gateway.stop();
    expect(s.gateway.ready).toBe(false);
    const ready = await request(`${base}/readyz`);
    expect(ready.statusCode).toBe(503);
    expect(await ready.body.json()).toEqual({ status: 'draining' });
    const res = await slow;
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.hourlyUsage.nodes).toHaveLength(100);
    expect(await stopped).toBe(true);
    await expect(request(`${base}/healthz`)).rejects.toThrow();
  });

  it('cuts what is still in flight after the drain timeout', async () => {
    const s = await startStack({ latencyMs: 3000 }, (c) => ({ ...c, drainTimeoutMs: 200 }));
    stack = s;
    const slow = s.gql(slowQuery(s)).then(
      () => 'answered',
      () => 'cut',
    );
    await sleep(150);
    expect(await s.gateway.stop()).toBe(false);
    expect(await slow).toBe('cut');
  });
});
