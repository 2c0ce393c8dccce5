/**
 * `GET /export/<view>.<csv|ndjson>`: streams a view's rows as CSV (header = the view's column ids)
 * or NDJSON (one object per row, keyed by column id), reading the upstream a page at a time as the
 * client reads: back-pressured (the next page is read only once the previous one is written and the
 * socket drained), so memory stays flat however many rows; a client that disconnects stops the reads.
 *
 * Failures are never silent: a source that fails before the first row makes a CSV export fail with
 * an error (502) before any byte; one that fails later ends the CSV with a trailer line starting
 * `#meterql-export-error` and then aborts the response (no terminating chunk), so both a spreadsheet
 * import and an HTTP client see it incomplete. NDJSON keeps the other sources' rows and ends with one
 * `{"error": {...}}` object per failure.
 */
import type { Caller } from '../security/caller.js';
import { once } from 'node:events';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { MeterqlError } from '../errors.js';
import type { GatewayContext } from '../gateway/context.js';
import { csvLine } from './csvLine.js';
import type { AnyExportView, ExportFailure } from './exportView.js';

/** Where export routes are mounted. */
export const EXPORT_PREFIX = '/export/';

const FORMATS = {
  csv: 'text/csv; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
} as const;
type Format = keyof typeof FORMATS;

/** The status of a view that refuses to open: its arguments (400) or the caller's org scope (403); else 502. */
const OPEN_STATUS: Partial<Record<string, number>> = { BAD_USER_INPUT: 400, FORBIDDEN: 403 };

function sendError(res: ServerResponse, status: number, message: string, extensions: Record<string, unknown>): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ errors: [{ message, extensions }] }));
}

function failureMessage(failures: readonly ExportFailure[]): string {
  return failures.map((f) => `${f.source} (${f.code}): ${f.message}`).join('; ');
}

/** Resolves once `res` can take more (or is closed). */
async function drained(res: ServerResponse): Promise<void> {
  if (!res.writableNeedDrain || res.destroyed) return;
  // The listener that loses the race is removed, so a long export does not pile up listeners.
  const lost = new AbortController();
  try {
    await Promise.race([once(res, 'drain', { signal: lost.signal }), once(res, 'close', { signal: lost.signal })]);
  } finally {
    lost.abort();
  }
}

/** What the route needs of the gateway. */
export interface ExportDeps {
  views: ReadonlyMap<string, AnyExportView>;
  /**
   * Builds a context for the request's headers and authenticated caller exactly as `/graphql` builds
   * one (same credentials, same org scope).
   */
  createContext(headers: IncomingHttpHeaders, caller: Caller): GatewayContext;
  logger: Logger;
}

/**
 * Serves one export request whose path starts with {@link EXPORT_PREFIX}, for `caller` (the request
 * is authenticated before it gets here); each upstream page is read with a fresh context from
 * `deps.createContext` for the request's headers and caller.
 */
export async function handleExport(
  deps: ExportDeps,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  caller: Caller,
): Promise<void> {
  const match = /^\/export\/([A-Za-z][A-Za-z0-9_-]*)\.(csv|ndjson)$/.exec(url.pathname);
  const view = match === null ? undefined : deps.views.get(match[1] as string);
  if (match === null || view === undefined) {
    const known = [...deps.views.keys()].flatMap((v) => [`${EXPORT_PREFIX}${v}.csv`, `${EXPORT_PREFIX}${v}.ndjson`]);
    sendError(res, 404, `No export at ${url.pathname}; exports are ${known.join(', ')}`, { code: 'NOT_FOUND' });
    return;
  }
  if (req.method !== 'GET') {
    res.setHeader('allow', 'GET');
    sendError(res, 405, `Exports are read with GET, but got: ${req.method ?? ''}`, { code: 'METHOD_NOT_ALLOWED' });
    return;
  }
  const format = match[2] as Format;
  let closed = false;
  res.once('close', () => (closed = true));

  let reader;
  try {
    reader = await view.open(() => deps.createContext(req.headers, caller), url.searchParams);
  } catch (error) {
    if (error instanceof MeterqlError) {
      sendError(res, OPEN_STATUS[error.code] ?? 502, error.message, { ...error.extensions });
      return;
    }
    throw error;
  }
  const early = reader.failuresBeforeFirstRow;
  if (format === 'csv' && early.length > 0) {
    sendError(res, 502, `Export ${view.name}.csv would be incomplete: ${failureMessage(early)}`, {
      code: 'UPSTREAM_UNAVAILABLE',
      failures: early,
    });
    return;
  }
  res.writeHead(200, {
    'content-type': FORMATS[format],
    'content-disposition': `attachment; filename="${view.name}.${format}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  const { columns } = view;
  if (format === 'csv') res.write(csvLine(columns.map((c) => c.id)));
  const rows = reader.rows();
  try {
    for await (const batch of rows) {
      if (closed) break;
      let chunk = '';
      if (format === 'csv') {
        for (const row of batch) chunk += csvLine(columns.map((c) => c.csv(row)));
      } else {
        for (const row of batch) {
          const record: Record<string, unknown> = {};
          for (const c of columns) record[c.id] = c.json(row);
          chunk += `${JSON.stringify(record)}\n`;
        }
      }
      res.write(chunk);
      await drained(res);
      if (closed) break;
    }
  } finally {
    // Stops the upstream reads of a client that went away (a no-op once the rows have ended).
    await rows.return(undefined);
  }
  if (closed) {
    deps.logger.info({ view: view.name, format }, 'export client disconnected: upstream reads stopped');
    return;
  }
  const failures = reader.failures();
  if (failures.length === 0) {
    res.end();
    return;
  }
  deps.logger.warn({ view: view.name, format, failures }, 'export incomplete');
  if (format === 'ndjson') {
    res.end(failures.map((f) => `${JSON.stringify({ error: f })}\n`).join(''));
    return;
  }
  // CSV: a trailer no spreadsheet takes for a row of data, then the response is cut short.
  res.write(csvLine([`#meterql-export-error: incomplete export: ${failureMessage(failures)}`]), () => res.destroy());
}
