// Must stay the first import: it sets NODE_ENV before graphql-js loads.
import './gateway/productionMode.js';
import { ConfigError, loadConfig } from './gateway/config.js';
import { createGateway, createLogger, credentialHeadersOf } from './gateway/createGateway.js';
import { PROVIDERS } from './providers/registry.js';
import type { StandaloneSimulator } from './gateway/provider.js';

const USAGE = `meterql: a GraphQL gateway over usage-metering APIs

Usage:
  meterql [serve]    start the gateway (GraphiQL at http://HOST:PORT/graphql); with no provider
                     configured (e.g. no DD_API_KEY/DD_APP_KEY) it runs on its embedded simulators
  meterql simulate   run every provider's simulator alone, from METERQL_SIM_PORT (default 4010) on
  meterql help       show this text

Configuration is read from the environment; see README.md.`;

async function serve(): Promise<void> {
  const config = loadConfig(process.env, PROVIDERS);
  const logger = createLogger(config.logLevel, undefined, credentialHeadersOf(PROVIDERS));
  const gateway = await createGateway(config, { providers: PROVIDERS, logger });
  const lines = [`meterql gateway: ${gateway.url}  (GraphiQL: open it in a browser)`];
  for (const { connection } of gateway.providers) lines.push(connection.banner);
  process.stdout.write(`${lines.join('\n')}\n`);
  onSignal(async () => {
    logger.info({ drainTimeoutMs: config.drainTimeoutMs }, 'shutting down: draining in-flight requests');
    const drained = await gateway.stop();
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
 * signal exits at once.
 */
function onSignal(stop: () => Promise<boolean>): void {
  let stopping = false;
  const shutdown = (): void => {
    if (stopping) {
      process.exit(1);
    }
    stopping = true;
    stop().then(
      (clean) => process.exit(clean ? 0 : 1),
      (err: unknown) => {
        process.stderr.write(`meterql: shutdown failed: ${describeFailure(err)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

async function main(argv: readonly string[]): Promise<void> {
  const command = argv[0] ?? 'serve';
  switch (command) {
    case 'serve':
      return serve();
    case 'simulate':
      return simulate();
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
  if (err instanceof ConfigError) return err.message;
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
