import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

// METERQL_WORKERS through the real CLI: the bin runs dist/, so the sources are built first.
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'meterql.mjs');
const children: ChildProcessWithoutNullStreams[] = [];

beforeAll(async () => {
  await promisify(execFile)('npm', ['run', 'build', '--silent'], { cwd: ROOT });
}, 180_000);

afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGTERM');
});

interface Running {
  child: ChildProcessWithoutNullStreams;
  match: RegExpMatchArray;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** The JSON log lines so far. */
  logs(): Array<Record<string, unknown>>;
  exited: Promise<number | null>;
}

/** Runs `meterql serve` with a clean environment (no credentials) and waits for `until` in its output. */
function serve(env: Record<string, string>, until: RegExp): Promise<Running> {
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'info', ...env },
  });
  children.push(child);
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const running = (match: RegExpMatchArray): Running => ({
    child,
    match,
    output: () => out,
    logs: () =>
      out
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    exited,
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no ${String(until)} within 30 s; output so far:\n${out}`)),
      30_000,
    );
    const look = (): void => {
      const match = until.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(running(match));
      }
    };
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      look();
    });
    child.stderr.on('data', (d: Buffer) => {
      out += d.toString();
      look();
    });
    void exited.then((code) => reject(new Error(`exited with ${code}:\n${out}`)));
  });
}

/** One HTTP exchange on a connection of its own (the cluster hands each new connection to the next worker). */
function send(
  url: string,
  init: { method?: string; body?: unknown } = {},
): Promise<{ status: number; text: string; json: <T>() => T }> {
  return new Promise((resolve, reject) => {
    const body = init.body === undefined ? undefined : JSON.stringify(init.body);
    const req = httpRequest(
      url,
      {
        method: init.method ?? (body === undefined ? 'GET' : 'POST'),
        agent: false,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text, json: <T>() => JSON.parse(text) as T }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Which worker answered each operation of that name, from the operation log lines. */
const workersOf = (running: Running, operationName: string): unknown[] =>
  running
    .logs()
    .filter((l) => l.msg === 'graphql operation' && l.operationName === operationName)
    .map((l) => l.worker);

/** Resolves once `ready()` holds (log lines reach the pipe after the answers; the test timeout bounds it). */
async function until(ready: () => boolean): Promise<void> {
  while (!ready()) await new Promise((resolve) => setTimeout(resolve, 25));
}

/** The workers that answered `count` operations named `operationName`, once all are logged. */
async function loggedWorkers(running: Running, operationName: string, count: number): Promise<unknown[]> {
  await until(() => workersOf(running, operationName).length >= count);
  return workersOf(running, operationName);
}

/** The value of one series in Prometheus text (0 when absent). */
function sample(metrics: string, series: string): number {
  const line = metrics.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
}

/** Sum of every series of a metric whose labels contain `labels`. */
function sumOf(metrics: string, name: string, labels: string): number {
  return metrics
    .split('\n')
    .filter((l) => l.startsWith(`${name}{`) && l.includes(labels))
    .reduce((total, l) => total + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
}

/** A page of `hourlyUsage`. */
interface PageBody {
  errors?: unknown;
  data: { hourlyUsage: { nodes: Array<{ hour: string }>; pageInfo: { endCursor: string; hasNextPage: boolean } } };
}

const BANNER =
  /gateway: (http:\/\/\S+\/graphql)[\s\S]*Datadog simulator: (http:\/\/\S+)[\s\S]*2 workers \(node:cluster, pids (\d+), (\d+)\)/;

describe('METERQL_WORKERS=2 (meterql serve under node:cluster)', () => {
  it('both workers answer, on one simulated world; a cursor from one worker works on the other; /metrics sums the workers', async () => {
    const running = await serve({ METERQL_WORKERS: '2' }, BANNER);
    const [, url, simulatorUrl] = running.match as unknown as [string, string, string];
    const base = new URL('/', url).href;
    expect(running.output().match(/Datadog simulator:/g)).toHaveLength(1);

    // Health and readiness on every worker.
    for (let i = 0; i < 4; i++) {
      expect((await send(`${base}healthz`)).status).toBe(200);
      expect((await send(`${base}readyz`)).json()).toEqual({ status: 'ready' });
    }

    // Six operations on six connections: both workers answer, the same data (one world).
    const answers: unknown[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await send(url, { body: { query: 'query Orgs { providers { name mode } orgs { publicId } }' } });
      expect(res.status).toBe(200);
      answers.push(res.json());
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect((answers[0] as { data: { providers: unknown[] } }).data.providers).toContainEqual({
      name: 'DATADOG',
      mode: 'SIMULATED',
    });
    const orgsWorkers = await loggedWorkers(running, 'Orgs', 6);
    expect(orgsWorkers).toHaveLength(6);
    expect(new Set(orgsWorkers)).toEqual(new Set([1, 2]));

    // A page's cursor, then the next page asked on new connections: whichever worker answers accepts it.
    const start = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 13) + ':00:00Z';
    const page = (after: string | null, name: string): string =>
      `query ${name} { hourlyUsage(start: "${start}", productFamilies: [logs], first: 2${
        after === null ? '' : `, after: ${JSON.stringify(after)}`
      }) { nodes { hour } pageInfo { endCursor hasNextPage } } }`;
    const first = (await send(url, { body: { query: page(null, 'FirstPage') } })).json<PageBody>();
    expect(first.errors).toBeUndefined();
    const cursor = first.data.hourlyUsage.pageInfo.endCursor;
    expect(first.data.hourlyUsage.pageInfo.hasNextPage).toBe(true);
    for (let i = 0; i < 4; i++) {
      const next = (await send(url, { body: { query: page(cursor, 'NextPage') } })).json<PageBody>();
      expect(next.errors).toBeUndefined();
      expect(next.data.hourlyUsage.nodes).toHaveLength(2);
      expect(next.data.hourlyUsage.nodes[0]!.hour > first.data.hourlyUsage.nodes[1]!.hour).toBe(true);
    }
    const [issuer] = await loggedWorkers(running, 'FirstPage', 1);
    // The other worker (not the one that signed the cursor) accepted it.
    expect((await loggedWorkers(running, 'NextPage', 4)).filter((w) => w !== issuer).length).toBeGreaterThan(0);

    // /metrics from either worker: the sum over both, not one worker's share.
    for (let i = 0; i < 2; i++) {
      const metrics = (await send(`${base}metrics`)).text;
      expect(sumOf(metrics, 'meterql_graphql_operations_total', 'operation="Orgs"')).toBe(6);
      expect(sumOf(metrics, 'meterql_graphql_operations_total', 'operation="NextPage"')).toBe(4);
      expect(sample(metrics, 'meterql_provider_info{provider="datadog",mode="simulated"}')).toBe(1);
      // Every upstream request of both workers went to the one simulator in the banner.
      const { requests } = (await send(`${simulatorUrl}/_simulator/requests`)).json<{ requests: unknown[] }>();
      expect(sumOf(metrics, 'meterql_upstream_requests_total', 'provider="datadog"')).toBe(requests.length);
    }
  }, 90_000);

  it('a worker that dies is restarted; SIGTERM to the primary drains every worker and exits 0', async () => {
    const running = await serve(
      { METERQL_WORKERS: '2', METERQL_SIM_LATENCY_MS: '1500', METERQL_DRAIN_TIMEOUT_MS: '10000' },
      BANNER,
    );
    const [, url, , pid1] = running.match as unknown as [string, string, string, string];
    process.kill(Number(pid1), 'SIGKILL');
    await until(() => running.output().includes('worker restarted and ready'));
    expect(running.output()).toContain('worker died unexpectedly; restarting');

    // Slow operations in flight on both workers when the signal comes.
    const slow = [0, 1].map(() => send(url, { body: { query: 'query Slow { account { name } }' } }));
    await new Promise((resolve) => setTimeout(resolve, 400));
    running.child.kill('SIGTERM');
    for (const res of await Promise.all(slow)) {
      expect(res.status).toBe(200);
      expect(res.json()).toEqual({ data: { account: { name: 'Acme Corp' } } });
    }
    expect(new Set(await loggedWorkers(running, 'Slow', 2)).size).toBe(2);
    expect(await running.exited).toBe(0);
    expect(
      running
        .logs()
        .filter((l) => l.msg === 'stopped')
        .map((l) => l.worker),
    ).toHaveLength(3);
  }, 90_000);

  it('with real providers and no METERQL_CURSOR_SECRET, start-up fails naming the variable', async () => {
    const child = spawn(process.execPath, [BIN, 'serve'], {
      env: { PATH: process.env.PATH ?? '', PORT: '0', METERQL_WORKERS: '2', DD_API_KEY: 'k', DD_APP_KEY: 'a' },
    });
    children.push(child);
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(err).toMatch(/^meterql: METERQL_CURSOR_SECRET must be set when METERQL_WORKERS runs more than one worker/);
  });

  it('refuses a METERQL_WORKERS that is neither auto nor 1..64, naming it', async () => {
    const child = spawn(process.execPath, [BIN, 'serve'], {
      env: { PATH: process.env.PATH ?? '', PORT: '0', METERQL_WORKERS: 'many' },
    });
    children.push(child);
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    expect(await new Promise<number | null>((resolve) => child.on('exit', resolve))).toBe(1);
    expect(err).toContain('METERQL_WORKERS must be auto or an integer from 1 to 64, but got: "many"');
  });
});
