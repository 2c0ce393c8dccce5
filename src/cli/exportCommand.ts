/**
 * `meterql export <view> [--<param> <value> ...] --format csv|ndjson --out FILE [--url URL [--token T]]`:
 * a view of `GET /export/<view>.<format>` written to a file, for scheduled pulls.
 *
 * Where the rows come from: by default the export runs in this process, on a gateway it starts on an
 * ephemeral loopback port for the duration of the export, configured from the environment exactly as
 * `meterql serve` is (provider credentials such as `DD_API_KEY`/`DD_APP_KEY`; the embedded simulators
 * when no provider is configured; `METERQL_AUTH` kept as configured, so a token is needed when it is
 * on). With `--url` it streams from a running gateway's `/export` route instead, with
 * `--token` (or `METERQL_TOKEN`) as its bearer token. Either way the rows go through the one export
 * route, so parameters, columns and failures are the same as over HTTP.
 *
 * Never a silently short file: the rows are written to `FILE.partial`, renamed to FILE only once the
 * export ended complete. An incomplete export (an upstream failure mid-stream, a lost connection)
 * exits 1 and keeps what was read in `FILE.partial`; bad arguments (refused by the view with 400, or
 * by this command) exit 2. A progress line on stderr shows rows, upstream requests, rate-limit waits,
 * bytes and elapsed time while stderr is a terminal; otherwise nothing is drawn (no ANSI) and one plain
 * summary line is written at the end.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { Presets, SingleBar } from 'cli-progress';
import type { Registry } from 'prom-client';
import { loadConfig } from '../gateway/config.js';
import { createGateway, createLogger, credentialHeadersOf, type Gateway } from '../gateway/createGateway.js';
import type { Provider } from '../gateway/provider.js';
import { exportViews } from '../export/exportViews.js';
import { ExportTally, type ExportFormat } from './exportTally.js';

/** Exit codes. */
export const EXIT = { complete: 0, incomplete: 1, usage: 2 } as const;

/** What the command runs with (main.ts passes the process's). */
export interface ExportCommandEnv {
  providers: readonly Provider[];
  env: NodeJS.ProcessEnv;
  stderr: NodeJS.WriteStream;
}

/** Parsed command line. */
export interface ExportCommandArgs {
  view: string;
  format: ExportFormat;
  out: string;
  url: string | null;
  token: string | null;
  /** Every other `--name value`: the view's query parameters, in order. */
  params: URLSearchParams;
}

/** A command line this command cannot run; its message says what was expected and what came. */
export class ExportUsageError extends Error {}

const OWN_OPTIONS = new Set(['format', 'out', 'url', 'token']);

/** Reads the command line after `export`. Returns null for `--help`. */
export function parseExportArgs(argv: readonly string[], env: NodeJS.ProcessEnv): ExportCommandArgs | null {
  let view: string | null = null;
  const own = new Map<string, string>();
  const params = new URLSearchParams();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') return null;
    if (!arg.startsWith('--')) {
      if (view !== null) throw new ExportUsageError(`expected one view name, but got a second: ${JSON.stringify(arg)}`);
      view = arg;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) {
        throw new ExportUsageError(`expected a value after --${name}, but got ${value === undefined ? 'none' : value}`);
      }
      i++;
    }
    if (name === '') throw new ExportUsageError(`expected --<name> <value>, but got: ${JSON.stringify(arg)}`);
    if (OWN_OPTIONS.has(name)) {
      if (own.has(name)) throw new ExportUsageError(`expected --${name} once, but it was given twice`);
      own.set(name, value);
    } else params.append(name, value);
  }
  if (view === null) throw new ExportUsageError('expected a view name (e.g. focus), but got none');
  const out = own.get('out');
  if (out === undefined || out === '') throw new ExportUsageError('expected --out FILE, but got none');
  const format = own.get('format') ?? /\.(csv|ndjson)$/i.exec(out)?.[1]?.toLowerCase();
  if (format !== 'csv' && format !== 'ndjson') {
    throw new ExportUsageError(
      `expected --format csv or ndjson (or an --out FILE ending in .csv or .ndjson), but got: ${format ?? 'none'}`,
    );
  }
  return {
    view,
    format,
    out,
    url: own.get('url') ?? null,
    token: own.get('token') ?? env.METERQL_TOKEN ?? null,
    params,
  };
}

/** The command's help, naming the views the providers serve. */
export function exportUsage(providers: readonly Provider[]): string {
  const views = [...exportViews(providers).keys()].join(', ');
  return `meterql export: write an export view to a file

Usage:
  meterql export <view> [--<parameter> <value> ...] --format csv|ndjson --out FILE [--url URL] [--token T]

  <view>            one of ${views}
  --<parameter>     a query parameter of the view (repeat it, or separate values by commas, for lists),
                    e.g. --billingPeriodStart 2026-10 or --usageType infra_host_usage --start 2026-11-01
  --format          csv or ndjson (default: from the --out extension)
  --out FILE        written as FILE.partial, renamed to FILE once the export is complete
  --url URL         stream from a running gateway (e.g. http://127.0.0.1:4000) instead of running the
                    export in this process on the configured providers (the embedded simulators when
                    none is configured, like npm start)
  --token T         bearer token for the gateway (default: METERQL_TOKEN)

Exit status: 0 complete; 1 incomplete (FILE.partial keeps the rows read); 2 bad arguments.
See README.md, "Exports", for the views' parameters and columns.`;
}

/** The upstream counters of an in-process gateway's metrics registry. */
async function upstreamCounts(registry: Registry): Promise<{ requests: number; waits: number }> {
  const sum = async (name: string, keep: (labels: Record<string, unknown>) => boolean = () => true) => {
    const metric = registry.getSingleMetric(name);
    if (metric === undefined) return 0;
    const { values } = await metric.get();
    return values.filter((v) => keep(v.labels)).reduce((n, v) => n + v.value, 0);
  };
  return {
    requests: await sum('meterql_upstream_requests_total'),
    // A request held for the budget: by the pacer before sending, or after a 429 (the retry scheduled for it).
    waits:
      (await sum('meterql_upstream_paced_total')) +
      (await sum('meterql_upstream_retries_total', (l) => l.reason === 'rate_limited')),
  };
}

/** `1.2 MiB`. */
function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 2 ** 20) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

/** Runs `meterql export ...`; resolves with the exit code (messages already written to stderr). */
export async function runExportCommand(argv: readonly string[], io: ExportCommandEnv): Promise<number> {
  const say = (line: string): void => void io.stderr.write(`${line}\n`);
  let args: ExportCommandArgs | null;
  try {
    args = parseExportArgs(argv, io.env);
  } catch (error) {
    if (!(error instanceof ExportUsageError)) throw error;
    say(`meterql export: ${error.message}\n\n${exportUsage(io.providers)}`);
    return EXIT.usage;
  }
  if (args === null) {
    say(exportUsage(io.providers));
    return EXIT.complete;
  }

  let gateway: Gateway | null = null;
  let origin: string;
  if (args.url !== null) {
    try {
      origin = new URL(args.url).origin;
    } catch {
      say(`meterql export: expected --url to be an http(s) URL, but got: ${JSON.stringify(args.url)}`);
      return EXIT.usage;
    }
  } else {
    // A gateway of this process alone: loopback, an ephemeral port, one worker, metrics counted.
    const config = loadConfig({ ...io.env, HOST: '127.0.0.1', PORT: '0', METERQL_WORKERS: '1' }, io.providers);
    config.metrics = { ...config.metrics, enabled: true, processMetrics: false };
    const logger = createLogger(
      io.env.LOG_LEVEL ? config.logLevel : 'error',
      { write: (line: string) => void io.stderr.write(line) },
      credentialHeadersOf(io.providers),
    );
    gateway = await createGateway(config, { providers: io.providers, logger });
    origin = new URL(gateway.url).origin;
  }
  try {
    return await stream(args, origin, gateway, io, say);
  } finally {
    await gateway?.stop();
  }
}

async function stream(
  args: ExportCommandArgs,
  origin: string,
  gateway: Gateway | null,
  io: ExportCommandEnv,
  say: (line: string) => void,
): Promise<number> {
  const query = args.params.toString();
  const url = `${origin}/export/${encodeURIComponent(args.view)}.${args.format}${query === '' ? '' : `?${query}`}`;
  const abort = new AbortController();
  const interrupted = (): void => abort.abort();
  process.once('SIGINT', interrupted);
  try {
    const res = await fetch(url, {
      headers: args.token === null ? {} : { authorization: `Bearer ${args.token}` },
      signal: abort.signal,
    });
    if (res.status !== 200 || res.body === null) {
      const text = await res.text();
      let message = text.slice(0, 2000);
      try {
        message = (JSON.parse(text) as { errors: Array<{ message: string }> }).errors[0]?.message ?? message;
      } catch {
        // not JSON: shown as it came
      }
      say(`meterql export: ${args.view}.${args.format} failed with HTTP ${res.status}: ${message}`);
      return res.status === 400 || res.status === 404 ? EXIT.usage : EXIT.incomplete;
    }

    const partial = `${args.out}.partial`;
    const file = createWriteStream(partial);
    const tally = new ExportTally(args.format);
    const started = Date.now();
    const bar = io.stderr.isTTY
      ? new SingleBar(
          {
            format: `${args.view}.${args.format} | {rows} rows | {requests} upstream requests | {waits} rate-limit waits | {size} | {duration_formatted}`,
            stream: io.stderr,
            hideCursor: true,
            fps: 5,
          },
          Presets.shades_classic,
        )
      : null;
    let counts = { requests: 0, waits: 0 };
    const payload = () => ({
      rows: tally.rows.toLocaleString('en-US'),
      requests: gateway === null ? '?' : counts.requests,
      waits: gateway === null ? '?' : counts.waits,
      size: size(tally.bytes),
    });
    bar?.start(0, 0, payload());
    const poll =
      gateway === null
        ? null
        : setInterval(() => {
            void upstreamCounts(gateway.metrics.registry).then((c) => (counts = c));
          }, 250);
    let cut: unknown = null;
    try {
      for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
        const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        tally.add(buffer);
        if (!file.write(buffer)) await once(file, 'drain');
        bar?.update(0, payload());
      }
    } catch (error) {
      cut = error;
    } finally {
      if (poll !== null) clearInterval(poll);
      file.end();
      await once(file, 'close');
      if (gateway !== null) counts = await upstreamCounts(gateway.metrics.registry);
      bar?.update(0, payload());
      bar?.stop();
    }
    tally.end();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const failures = tally.failures();
    if (cut === null && failures.length === 0) {
      await rename(partial, args.out);
      say(
        `meterql export: ${args.view}.${args.format}: ${tally.rows} rows (${size(tally.bytes)}) written to ${args.out} in ${seconds} s` +
          (gateway === null ? '' : `; ${counts.requests} upstream requests, ${counts.waits} rate-limit waits`),
      );
      return EXIT.complete;
    }
    const why =
      failures.length > 0
        ? failures.join('; ')
        : abort.signal.aborted
          ? 'interrupted'
          : `the connection ended early (${cut instanceof Error ? cut.message : String(cut)})`;
    say(
      `meterql export: ${args.view}.${args.format} is INCOMPLETE: ${why}. The ${tally.rows} rows read are in ${partial}; ${args.out} was not written.`,
    );
    return EXIT.incomplete;
  } finally {
    process.removeListener('SIGINT', interrupted);
  }
}
