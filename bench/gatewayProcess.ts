/**
 * meterql as it ships, in its own process: the built CLI (`node bin/meterql.mjs serve`, i.e.
 * dist/main.js; `npm run bench` builds it first) with its configuration in the environment. The
 * bench reaches it over HTTP only. Its operation log stays on at `info` and goes to /dev/null: the
 * log's cost is part of every figure, as in production. `BENCH_GATEWAY_NODE_ARGS` (space-separated) are
 * node's options for the gateway, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it under the bench.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { request } from 'undici';
import { startChildProcess } from './startChildProcess.js';

/** A running gateway process. */
export interface GatewayProcess {
  /** The GraphQL endpoint. */
  url: string;
  pid: number;
  /** SIGTERM: the gateway drains and exits. */
  stop(): Promise<void>;
}

const CLI = new URL('../bin/meterql.mjs', import.meta.url);
const BUILT = new URL('../dist/main.js', import.meta.url);

/** A port nothing listens on right now (the OS's pick for port 0, released again). */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('expected a TCP address for port 0');
  return address.port;
}

/**
 * Starts the gateway with `env` (the provider variables: e.g. `DD_API_KEY`, `DD_APP_KEY`,
 * `METERQL_DATADOG_URL`; `PORT` and `HOST` are chosen here) and resolves once `/readyz` answers 200.
 */
export async function startGatewayProcess(env: Record<string, string>): Promise<GatewayProcess> {
  if (!existsSync(BUILT)) {
    throw new Error(`expected the built gateway at ${fileURLToPath(BUILT)}: run npm run build (npm run bench does)`);
  }
  const host = '127.0.0.1';
  const port = await freePort(host);
  const nodeArgs = (process.env.BENCH_GATEWAY_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
  const child = await startChildProcess([...nodeArgs, fileURLToPath(CLI), 'serve'], {
    name: 'gateway',
    stdout: 'discard',
    env: {
      PATH: process.env.PATH ?? '',
      LOG_LEVEL: 'info',
      // The bench is one client measuring the gateway, not the per-client limits it would run into.
      METERQL_CLIENT_RATE_PER_MINUTE: '0',
      METERQL_CLIENT_MAX_CONCURRENT: '0',
      ...env,
      HOST: host,
      PORT: String(port),
    },
  });
  const base = `http://${host}:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const res = await request(`${base}/readyz`);
      await res.body.dump();
      if (res.statusCode === 200) break;
    } catch {
      // Not listening yet.
    }
    if (!child.running()) throw new Error(`expected the gateway to start on ${base}; it exited (see its stderr above)`);
    if (Date.now() > deadline) {
      await child.stop();
      throw new Error(`expected the gateway to be ready on ${base} within 30 s; it was not`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url: `${base}/graphql`, pid: child.pid, stop: () => child.stop() };
}
