// Must stay the first import: it sets NODE_ENV before graphql-js loads.
import './gateway/productionMode.js';
import cluster from 'node:cluster';
import { runClusterPrimary } from './gateway/clusterPrimary.js';
import { joinCluster } from './gateway/clusterWorker.js';
import { ConfigError, loadConfig, type Config } from './gateway/config.js';
import { AuthConfigError } from './security/authConfig.js';
import { createGateway, createLogger, credentialHeadersOf } from './gateway/createGateway.js';
import { bufferedStdout } from './gateway/bufferedStdout.js';
import { PROVIDERS } from './providers/registry.js';
import type { StandaloneSimulator } from './gateway/provider.js';
import { runExportCommand } from './cli/exportCommand.js';

const USAGE = `meterql: a GraphQL gateway over usage-metering APIs

Usage:
  meterql [serve]    start the gateway (GraphiQL at http://HOST:PORT/graphql); with no provider
                     configured (e.g. no DD_API_KEY/DD_APP_KEY) it runs on its embedded simulators
  meterql simulate   run every provider's simulator alone, from METERQL_SIM_PORT (default 4010) on
  meterql export     write an export view (CSV or NDJSON) to a file; meterql export --help
  meterql help       show this text

Configuration is read from the environment; see README.md.`;

const bannerHead = (url: string): string =>
  `meterql gateway: ${url}  (GraphiQL: open it in a browser)\nusage explorer: ${new URL('/explorer', url).href}`;

async function serve(): Promise<void> {
  const config = loadConfig(process.env, PROVIDERS);
  const worker = joinCluster(process.env);
  if (config.workers > 1 && worker === null && cluster.isPrimary) return servePrimary(config);
  const root = createLogger(config.logLevel, bufferedStdout(), credentialHeadersOf(PROVIDERS));
  const logger = worker === null ? root : root.child({ worker: worker.id });
  const gateway = await createGateway(config, {
    providers: PROVIDERS,
    logger,
    ...(worker === null ? {} : { sharedSimulators: worker.sharedSimulators, metricsSource: worker.metricsSource }),
  });
  const stop = async (): Promise<boolean> => {
    logger.info({ drainTimeoutMs: config.drainTimeoutMs }, 'shutting down: draining in-flight requests');
    const drained = await gateway.stop();
    logger.info({ drained }, 'stopped');
    return drained;
  };
  const banner = gateway.providers.map(({ connection }) => connection.banner);
  if (worker === null) {
    process.stdout.write(`${[bannerHead(gateway.url), ...banner].join('\n')}\n`);
    onSignal(stop);
  } else {
    // The primary prints the banner once every worker listens, and asks each to drain on shutdown.
    worker.onShutdown(onSignal(stop));
    worker.ready(gateway.url, banner);
  }
}

/** `METERQL_WORKERS` > 1: forks the workers, prints the banner once all listen, drains them on a signal. */
async function servePrimary(config: Config): Promise<void> {
  const logger = createLogger(config.logLevel, bufferedStdout(), credentialHeadersOf(PROVIDERS)).child({
    cluster: 'primary',
  });
  const primary = await runClusterPrimary({ config, providers: PROVIDERS, logger, env: process.env });
  const lines = [
    bannerHead(primary.url),
    ...primary.banner,
    `${config.workers} workers (node:cluster, pids ${primary.pids.join(', ')})`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  onSignal(async () => {
    logger.info({ drainTimeoutMs: config.drainTimeoutMs }, 'shutting down: draining every worker');
    const drained = await primary.stop();
    logger.info({ drained }, 'stopped');
    return drained;
  });
}

async function simulate(): Promise<void> {
  const config = loadConfig(process.env, PROVIDERS);
  const simulators: StandaloneSimulator[] = [];
  try {
    // One port each, from METERQL_SIM_PORT on, in registry order (0: any free port for each).
    for (const [i, provider] of PROVIDERS.entries()) {
      simulators.push(
        await provider.simulate({
          host: config.host,
          port: config.simulator.port === 0 ? 0 : config.simulator.port + i,
          seed: config.simulator.seed,
          ...(config.simulator.now ? { now: config.simulator.now } : {}),
          latencyMs: config.simulator.latencyMs,
        }),
      );
    }
  } catch (err) {
    await Promise.all(simulators.map((s) => s.stop()));
    throw err;
  }
  process.stdout.write(`${simulators.map((s) => s.banner).join('\n')}\n`);
  onSignal(() => Promise.all(simulators.map((s) => s.stop())).then(() => true));
}

/**
 * Graceful shutdown on SIGTERM/SIGINT: `stop` drains and resolves with whether everything in flight
 * finished; exit code 0 when it did, 1 when requests had to be cut or stopping failed. A second
 * signal exits at once. Returns what begins the same shutdown for another cause (a cluster worker
 * told by its primary); it never escalates, as a worker may get both that and the terminal's SIGINT.
 */
function onSignal(stop: () => Promise<boolean>): () => void {
  let stopping = false;
  const begin = (): void => {
    if (stopping) return;
    stopping = true;
    stop().then(
      (clean) => process.exit(clean ? 0 : 1),
      (err: unknown) => {
        process.stderr.write(`meterql: shutdown failed: ${describeFailure(err)}\n`);
        process.exit(1);
      },
    );
  };
  const signalled = (): void => {
    if (stopping) process.exit(1);
    begin();
  };
  process.on('SIGINT', signalled);
  process.on('SIGTERM', signalled);
  return begin;
}

async function main(argv: readonly string[]): Promise<void> {
  const command = argv[0] ?? 'serve';
  switch (command) {
    case 'serve':
      return serve();
    case 'simulate':
      return simulate();
    case 'export':
      process.exitCode = await runExportCommand(argv.slice(1), {
        providers: PROVIDERS,
        env: process.env,
        stderr: process.stderr,
      });
      return;
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return;
    default:
      process.stderr.write(`meterql: unknown command "${command}"\n\n${USAGE}\n`);
      process.exitCode = 2;
  }
}

/** What to tell the operator for a start-up failure: known causes in one line, anything else in full. */
function describeFailure(err: unknown): string {
  if (err instanceof ConfigError || err instanceof AuthConfigError) return err.message;
  const { code, address, port } = (err ?? {}) as { code?: string; address?: string; port?: number };
  if (code === 'EADDRINUSE' || code === 'EACCES') {
    return `cannot listen on ${address ?? ''}:${port ?? ''} (${code}); set PORT (or METERQL_SIM_PORT) to another port`;
  }
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`meterql: ${describeFailure(err)}\n`);
  process.exit(1);
});
