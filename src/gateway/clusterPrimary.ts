import cluster, { type Worker } from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Provider, SharedSimulator } from './provider.js';
import {
  CLUSTER_WORKER_VAR,
  SHARED_SIMULATORS_VAR,
  WORKER_READY,
  WORKER_SHUTDOWN,
  type WorkerReadyMessage,
} from './clusterWorker.js';
import { serveClusterMetrics } from '../metrics/clusterMetrics.js';

/** First restart delay of a worker that died; doubled for each further quick death. */
const RESTART_BASE_MS = 500;
/** Longest restart delay. */
const RESTART_MAX_MS = 30_000;
/** A worker that lived this long before dying is restarted after the first delay again. */
const STABLE_MS = 30_000;
/** How much longer than its own drain the primary waits for a worker to exit before killing it. */
const EXIT_GRACE_MS = 5_000;

/** The cluster primary, once every worker listens. */
export interface ClusterPrimary {
  /** The GraphQL endpoint the workers share. */
  readonly url: string;
  /** The banner lines after the first, as the first worker to listen gave them (the providers). */
  readonly banner: readonly string[];
  /** The workers' process ids, in start order (for the banner). */
  readonly pids: readonly number[];
  /**
   * Graceful shutdown: asks every worker to drain (its own `Gateway.stop`), waits for all to exit,
   * then stops the shared simulators. Resolves with whether every worker drained cleanly (exit 0).
   */
  stop(): Promise<boolean>;
}

export interface ClusterPrimaryOptions {
  config: Config;
  providers: readonly Provider[];
  logger: Logger;
  /** The primary's environment (to tell whether `METERQL_CURSOR_SECRET` is set). */
  env: NodeJS.ProcessEnv;
}

interface Slot {
  worker: Worker | null;
  ready: boolean;
  startedAt: number;
  /** Consecutive quick deaths, for the restart backoff. */
  failures: number;
  restart: NodeJS.Timeout | null;
}

/**
 * Runs the gateway as `config.workers` processes under `node:cluster`, all listening on one port
 * (the primary holds the socket and hands connections round-robin). The primary serves nothing
 * itself: it starts the embedded simulators once (when no provider is configured) and hands them to
 * every worker, generates the shared cursor secret in that demo mode when none is set, aggregates
 * `/metrics` across workers, restarts a worker that dies unexpectedly (with a backoff; never while
 * shutting down) and drains them all on shutdown. Fails when a worker exits before all are ready.
 */
export async function runClusterPrimary(options: ClusterPrimaryOptions): Promise<ClusterPrimary> {
  const { config, providers, logger } = options;
  const simulators: SharedSimulator[] = [];
  const stopSimulators = async (): Promise<void> => {
    await Promise.all(simulators.splice(0).map((s) => s.stop()));
  };
  const handOffs: Record<string, unknown> = {};
  const embedded = !providers.some((p) => p.isConfigured(config.providers[p.name]));
  try {
    for (const provider of embedded ? providers : []) {
      if (!provider.startSharedSimulator) continue;
      const simulator = await provider.startSharedSimulator({
        host: '127.0.0.1',
        port: 0,
        seed: config.simulator.seed,
        ...(config.simulator.now ? { now: config.simulator.now } : {}),
        latencyMs: config.simulator.latencyMs,
      });
      simulators.push(simulator);
      handOffs[provider.name] = simulator.handOff;
    }
  } catch (err) {
    await stopSimulators();
    throw err;
  }
  const workerEnv: Record<string, string> = {
    [CLUSTER_WORKER_VAR]: '1',
    [SHARED_SIMULATORS_VAR]: JSON.stringify(handOffs),
  };
  // loadConfig refuses several workers without a secret unless they run on the embedded simulators:
  // there the primary makes one up, so a cursor from one worker verifies on every other.
  if ((options.env.METERQL_CURSOR_SECRET ?? '') === '') {
    workerEnv.METERQL_CURSOR_SECRET = randomBytes(32).toString('base64url');
  }
  if (config.metrics.enabled) serveClusterMetrics();
  // Every worker, a restarted one too, listens on one fixed port: port 0 is picked here, once (the
  // cluster shares a port-0 socket only while some worker holds it).
  if (config.port === 0) workerEnv.PORT = String(await freePort(config.host));

  let stopping: Promise<boolean> | null = null;
  let started = false;
  let first: WorkerReadyMessage | null = null;
  const pids: number[] = [];
  let startup!: { resolve: () => void; reject: (err: Error) => void };
  const allReady = new Promise<void>((resolve, reject) => (startup = { resolve, reject }));
  const slots: Slot[] = Array.from({ length: config.workers }, () => ({
    worker: null,
    ready: false,
    startedAt: 0,
    failures: 0,
    restart: null,
  }));

  const fork = (slot: Slot): void => {
    const worker = cluster.fork(workerEnv);
    slot.worker = worker;
    slot.ready = false;
    slot.startedAt = Date.now();
    worker.on('message', (message: unknown) => {
      if ((message as { type?: unknown } | null)?.type !== WORKER_READY) return;
      const ready = message as WorkerReadyMessage;
      slot.ready = true;
      if (started) {
        logger.info({ worker: worker.id, pid: worker.process.pid }, 'worker restarted and ready');
        return;
      }
      first ??= ready;
      if (worker.process.pid !== undefined) pids.push(worker.process.pid);
      if (slots.every((s) => s.ready)) {
        started = true;
        startup.resolve();
      }
    });
    worker.on('exit', (code: number | null, signal: string | null) => {
      if (slot.worker === worker) slot.worker = null;
      slot.ready = false;
      if (stopping !== null) return;
      if (!started) {
        startup.reject(
          new Error(
            `gateway worker ${worker.id} exited (${signal ?? `code ${code}`}) before every worker was ready; its error is above`,
          ),
        );
        return;
      }
      slot.failures = Date.now() - slot.startedAt >= STABLE_MS ? 0 : slot.failures + 1;
      const delayMs = Math.min(RESTART_MAX_MS, RESTART_BASE_MS * 2 ** slot.failures);
      logger.error({ worker: worker.id, code, signal, restartInMs: delayMs }, 'worker died unexpectedly; restarting');
      slot.restart = setTimeout(() => {
        slot.restart = null;
        if (stopping === null) fork(slot);
      }, delayMs);
    });
  };

  const stop = (): Promise<boolean> => {
    stopping ??= (async () => {
      for (const slot of slots) {
        if (slot.restart) clearTimeout(slot.restart);
        slot.restart = null;
      }
      const exits = slots.flatMap(({ worker, ready }) => {
        if (worker === null) return [];
        const exited = new Promise<boolean>((resolve) => {
          // A worker that never got ready had nothing in flight: its exit is clean however it ends.
          worker.once('exit', (code: number | null) => resolve(code === 0 || !ready));
        });
        if (ready) worker.send({ type: WORKER_SHUTDOWN }, () => {});
        else worker.process.kill('SIGTERM');
        return [exited];
      });
      const grace = setTimeout(
        () => {
          logger.warn('workers did not exit after their drain: killing them');
          for (const { worker } of slots) worker?.process.kill('SIGKILL');
        },
        config.shutdownDelayMs + config.drainTimeoutMs + EXIT_GRACE_MS,
      );
      const clean = (await Promise.all(exits)).every(Boolean);
      clearTimeout(grace);
      await stopSimulators();
      return clean;
    })();
    return stopping;
  };

  for (const slot of slots) fork(slot);
  try {
    await allReady;
  } catch (err) {
    await stop();
    throw err;
  }
  const ready = first as WorkerReadyMessage | null;
  if (ready === null) throw new Error('no gateway worker reported ready');
  return { url: ready.url, banner: ready.banner, pids, stop };
}

/** A port free on `host` now (the system's pick for port 0). */
function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error(`no port on ${host}`)),
      );
    });
  });
}
