import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'meterql.mjs');
const children: ChildProcessWithoutNullStreams[] = [];

// The bin runs the compiled dist/, so the sources are built first (incrementally): the tests run
// what `npm start` runs, never a stale build. A fresh clone has no dist/ until this builds it.
beforeAll(async () => {
  await promisify(execFile)('npm', ['run', 'build', '--silent'], { cwd: ROOT });
}, 180_000);

/** Runs the real `meterql` bin with a clean environment (no credentials) and waits for its banner. */
function run(
  args: string[],
  env: Record<string, string>,
  until: RegExp,
): Promise<{ child: ChildProcessWithoutNullStreams; match: RegExpMatchArray }> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no banner within 20 s; output so far:\n${out}`)), 20_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const match = until.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, match });
      }
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${out}`)));
  });
}

afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGTERM');
});

describe('meterql bin', () => {
  it('serve with no credentials runs on the embedded simulator, prints both URLs, answers a query and serves GraphiQL', async () => {
    const { child, match } = await run(
      ['serve'],
      { PORT: '0' },
      /gateway: (http:\/\/\S+\/graphql)[\s\S]*simulator: (http:\/\/\S+)/,
    );
    const url = match[1]!;
    const res = await request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ account { name } orgs { publicId } }' }),
    });
    const body = (await res.body.json()) as { data: { account: { name: string }; orgs: unknown[] } };
    expect(body.data.account.name).toBe('Acme Corp');
    expect(body.data.orgs.length).toBeGreaterThanOrEqual(5);
    const page = await request(url, { headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(await page.body.text()).toContain('/graphiql/graphiql.js');
    // The assets come from node_modules, found from the compiled module's location.
    const asset = await request(new URL('/graphiql/graphiql.js', url));
    expect(asset.statusCode).toBe(200);
    expect(await asset.body.text()).toBe(await readFile(join(ROOT, 'node_modules/graphiql/graphiql.min.js'), 'utf8'));
    // SIGTERM stops it gracefully: the handler closes the servers and the process exits 0.
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
    expect({ code: child.exitCode, signal: child.signalCode }).toEqual({ code: 0, signal: null });
  });

  it('SIGTERM drains: a slow operation in flight still gets its full answer, then the process exits 0', async () => {
    const { child, match } = await run(
      ['serve'],
      { PORT: '0', METERQL_SIM_LATENCY_MS: '1500', METERQL_DRAIN_TIMEOUT_MS: '10000' },
      /gateway: (http:\/\/\S+\/graphql)/,
    );
    const url = match[1]!;
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const slow = request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Slow { account { name } orgs { publicId } }' }),
    });
    // The operation is waiting on the upstream (1.5 s) when the signal comes.
    await new Promise((resolve) => setTimeout(resolve, 400));
    child.kill('SIGTERM');
    const res = await slow;
    expect(res.statusCode).toBe(200);
    const body = (await res.body.json()) as { data: { account: { name: string }; orgs: unknown[] }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data.account.name).toBe('Acme Corp');
    expect(body.data.orgs.length).toBeGreaterThanOrEqual(5);
    expect(await exited).toBe(0);
  });

  it('simulate serves the simulator alone and prints the keys to use', async () => {
    const { match } = await run(
      ['simulate'],
      { METERQL_SIM_PORT: '0' },
      /listening on (http:\/\/127\.0\.0\.1:\d+)[\s\S]*DD-API-KEY=([0-9a-f]{32})/,
    );
    const url = match[1]!;
    const health = await request(`${url}/_simulator/health`);
    expect(health.statusCode).toBe(200);
    const unauth = await request(
      `${url}/api/v2/usage/hourly_usage?filter[timestamp][start]=2026-01-01T00&filter[product_families]=all`,
    );
    expect(unauth.statusCode).toBe(403);
    await unauth.body.dump();
  });

  it('says which port is taken when it cannot listen', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const child = spawn(process.execPath, [BIN, 'serve'], {
        env: { PATH: process.env.PATH ?? '', PORT: String(port) },
      });
      children.push(child);
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(1);
      expect(err).toContain(`cannot listen on 127.0.0.1:${port} (EADDRINUSE); set PORT`);
    } finally {
      blocker.close();
    }
  });

  it('refuses a half-configured environment with a message naming the variable', async () => {
    const child = spawn(process.execPath, [BIN, 'serve'], {
      env: { PATH: process.env.PATH ?? '', DD_API_KEY: 'x', PORT: '0' },
    });
    children.push(child);
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(err).toMatch(/DD_APP_KEY must be set together with the other Datadog key/);
  });

  it('without a build, says to run npm run build', async () => {
    // The same bin in a folder with no dist/ next to it.
    const dir = await mkdtemp(join(tmpdir(), 'meterql-nodist-'));
    try {
      await mkdir(join(dir, 'bin'));
      await copyFile(BIN, join(dir, 'bin', 'meterql.mjs'));
      const child = spawn(process.execPath, [join(dir, 'bin', 'meterql.mjs'), 'serve'], {
        env: { PATH: process.env.PATH ?? '', PORT: '0' },
      });
      children.push(child);
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(1);
      expect(err).toBe(`meterql: ${join(dir, 'dist', 'main.js')} not found: run npm run build\n`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
