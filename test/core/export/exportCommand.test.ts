import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { hoursBefore, startStack, type Stack } from '../../helpers/stack.js';

/**
 * `meterql export` run as the real bin (the compiled dist/, built first as `npm start` builds it), in
 * a child process whose stderr is not a terminal: against a running gateway (`--url`) and in its own
 * process on the embedded simulator, the file it writes equals the HTTP export byte for byte; an
 * export that fails mid-stream exits 1 and leaves only FILE.partial; bad parameters exit 2.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'meterql.mjs');
/** The simulated data's clock, shared by the test's simulator and the command's embedded one. */
const NOW = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);

let stack: Stack;
let origin: string;
let dir: string;

beforeAll(async () => {
  await promisify(execFile)('npm', ['run', 'build', '--silent'], { cwd: ROOT });
  stack = await startStack({ maxPageSize: 50, now: NOW });
  origin = new URL(stack.gateway.url).origin;
  dir = await mkdtemp(join(tmpdir(), 'meterql-export-'));
}, 180_000);
afterAll(async () => {
  await stack.stop();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => stack.sim.faults.clear());

/** Runs `meterql export ...` with a clean environment (no credentials); never rejects. */
function meterqlExport(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, 'export', ...args],
      { env: { PATH: process.env.PATH ?? '', ...env }, cwd: dir },
      (error, stdout, stderr) => resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr }),
    );
  });
}

async function httpExport(path: string): Promise<Buffer> {
  const res = await request(`${origin}${path}`);
  expect(res.statusCode).toBe(200);
  return Buffer.from(await res.body.arrayBuffer());
}

const START = hoursBefore(NOW, 24 * 4);
const END = hoursBefore(NOW, 2);
const ARGS = ['--usageType', 'infra_host_usage', '--start', START, '--end', END, '--tagBreakdownKeys', 'team,env'];
const QUERY = `usageType=infra_host_usage&start=${START}&end=${END}&tagBreakdownKeys=team%2Cenv`;

describe('meterql export', () => {
  it.each(['csv', 'ndjson'])('--url: the %s file equals the HTTP export', async (format) => {
    const out = join(dir, `remote.${format}`);
    const run = await meterqlExport([
      'hourlyUsageAttribution',
      ...ARGS,
      '--format',
      format,
      '--out',
      out,
      '--url',
      origin,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const expected = await httpExport(`/export/hourlyUsageAttribution.${format}?${QUERY}`);
    const written = await readFile(out);
    expect(written.length).toBeGreaterThan(100_000);
    expect(written.equals(expected)).toBe(true);
    expect(existsSync(`${out}.partial`)).toBe(false);
    const rows =
      format === 'csv' ? expected.toString().split('\r\n').length - 2 : expected.toString().split('\n').length - 1;
    // Not a terminal: one plain summary line, no progress drawing, no ANSI.
    expect(run.stderr).toBe(
      `meterql export: hourlyUsageAttribution.${format}: ${rows} rows (${(expected.length / 1024).toFixed(1)} KiB) written to ${out} in ${/in (\d+\.\d) s/.exec(run.stderr)?.[1]} s\n`,
    );
    expect(run.stderr).not.toContain('\x1b');
  });

  it('in-process on the embedded simulator: the file equals the same export over HTTP', async () => {
    const out = join(dir, 'local.csv');
    const run = await meterqlExport(['hourlyUsageAttribution', ...ARGS, '--out', out], {
      METERQL_SIM_NOW: NOW.toISOString(),
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/; [1-9]\d* upstream requests, 0 rate-limit waits\n$/);
    const expected = await httpExport(`/export/hourlyUsageAttribution.csv?${QUERY}`);
    expect((await readFile(out)).equals(expected)).toBe(true);
  });

  it.each(['csv', 'ndjson'])('a failure mid-stream exits 1 and leaves only FILE.partial (%s)', async (format) => {
    stack.sim.faults.inject({ endpoint: 'GetHourlyUsageAttribution', kind: 'slow', delayMs: 0, times: 2 });
    stack.sim.faults.inject({ endpoint: 'GetHourlyUsageAttribution', status: 500, times: 1000 });
    const out = join(dir, `failed.${format}`);
    const run = await meterqlExport(['hourlyUsageAttribution', ...ARGS, '--out', out, '--url', origin]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`hourlyUsageAttribution.${format} is INCOMPLETE: `);
    expect(run.stderr).toContain('DATADOG (UPSTREAM_UNAVAILABLE)');
    expect(run.stderr).toContain(`The 100 rows read are in ${out}.partial`);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.partial`)).toBe(true);
  });

  it('bad parameters exit 2 with the view own message, before any upstream call', async () => {
    stack.sim.log.clear();
    const out = join(dir, 'bad.csv');
    const run = await meterqlExport([
      'hourlyUsageAttribution',
      '--usageType',
      'hosts',
      '--start',
      START,
      '--out',
      out,
      '--url',
      origin,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Query parameter "usageType" must be one of');
    expect(stack.sim.log.count()).toBe(0);
    expect(existsSync(out) || existsSync(`${out}.partial`)).toBe(false);
    const usage = await meterqlExport(['hourlyUsageAttribution', '--out', out, '--format', 'xlsx']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('expected --format csv or ndjson');
  });
});
