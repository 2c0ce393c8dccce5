/** Starts a {@link BenchStack}: the Datadog simulator, then meterql's process configured for it. */
import { startBenchSimulator } from './benchSimulator.js';
import { BI_RATE_LIMIT, LATENCY, OPEN_RATE_LIMIT } from './benchSettings.js';
import { startBareBytes, startRawProxy, type BareBytesFloor, type FloorServer } from './floors.js';
import { startGatewayProcess } from './gatewayProcess.js';
import type { BenchStack, StackName } from './scenario.js';

const RATE_LIMITS: Record<StackName, { limit: number; periodSeconds: number }> = {
  open: OPEN_RATE_LIMIT,
  rateLimited: BI_RATE_LIMIT,
};

/** A started stack and how to stop all of it. */
export interface RunningStack {
  stack: BenchStack;
  stop(): Promise<void>;
}

export async function startBenchStack(name: StackName): Promise<RunningStack> {
  const rateLimit = RATE_LIMITS[name];
  const sim = await startBenchSimulator({ latencyMs: LATENCY, rateLimit });
  const gateway = await startGatewayProcess({
    DD_API_KEY: sim.apiKey,
    DD_APP_KEY: sim.appKey,
    METERQL_DATADOG_URL: sim.url,
  }).catch(async (err: unknown) => {
    await sim.stop();
    throw err;
  });
  let rawProxy: Promise<FloorServer> | null = null;
  let bareBytes: Promise<BareBytesFloor> | null = null;
  return {
    stack: {
      name,
      sim,
      gateway,
      rateLimit,
      rawProxy: () => (rawProxy ??= startRawProxy(sim.url)),
      bareBytes: () => (bareBytes ??= startBareBytes()),
    },
    async stop() {
      await gateway.stop();
      await Promise.all([rawProxy?.then((p) => p.stop()), bareBytes?.then((b) => b.stop()), sim.stop()]);
    },
  };
}
