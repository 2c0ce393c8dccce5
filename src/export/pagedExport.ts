import { MeterqlError } from '../errors.js';
import type { ExportFailure, ExportReader } from './exportView.js';

/** One page of a paged source: its rows, and how to read the next one (null on the last page). */
export interface ExportPage<R> {
  readonly rows: readonly R[];
  readonly next: (() => Promise<ExportPage<R>>) | null;
}

/** The failure of `source`'s read, typed as the error was (masked when it is not meterql's own). */
function failureOf(source: string, error: unknown): ExportFailure {
  return error instanceof MeterqlError
    ? { source, code: error.code, message: error.message }
    : { source, code: 'INTERNAL_SERVER_ERROR', message: 'unexpected error' };
}

/**
 * The reader of one source read page by page (an upstream cursor chain): pages are read now up to the
 * first that has rows (pages the view keeps nothing of are skipped), so a source that is down before
 * any row is known before anything is written (`failuresBeforeFirstRow`: the route answers a CSV
 * export with 502, an NDJSON one with its error object); each later page is read only when the writer
 * asks for the next batch (a writer that stops reads no further), one page at a time. A failing read
 * ends the rows and is reported as the export's failure, named `source` (e.g. `DATADOG`), with its
 * code and message when it is a MeterqlError, else masked (`INTERNAL_SERVER_ERROR`, `unexpected error`);
 * `onFailure` sees the error itself (to log it). `close` runs once the rows have ended or the writer
 * stopped reading them.
 */
export async function openPagedExport<R>(
  source: string,
  first: () => Promise<ExportPage<R>>,
  onFailure: (error: unknown) => void = () => undefined,
  close: () => Promise<void> = () => Promise.resolve(),
): Promise<ExportReader<R>> {
  const failures: ExportFailure[] = [];
  const read = async (page: () => Promise<ExportPage<R>>): Promise<ExportPage<R> | null> => {
    try {
      return await page();
    } catch (error) {
      onFailure(error);
      failures.push(failureOf(source, error));
      return null;
    }
  };
  let firstPage = await read(first);
  while (firstPage !== null && firstPage.rows.length === 0 && firstPage.next !== null) {
    firstPage = await read(firstPage.next);
  }
  return {
    failuresBeforeFirstRow: [...failures],
    async *rows() {
      let page = firstPage;
      // Released once consumed: the reader holds one page at a time.
      firstPage = null;
      try {
        while (page !== null) {
          if (page.rows.length > 0) yield page.rows;
          page = page.next === null ? null : await read(page.next);
        }
      } finally {
        await close();
      }
    },
    failures: () => failures,
  };
}

/**
 * {@link openPagedExport} over `batches`, an async generator yielding a batch of rows per upstream
 * page (e.g. rows rolled up as hourly pages are read): each batch is one page. A writer that stops
 * early (a client that went away) closes `batches`, which stops its upstream reads.
 */
export function openBatchedExport<R>(
  source: string,
  batches: AsyncGenerator<readonly R[]>,
  onFailure?: (error: unknown) => void,
): Promise<ExportReader<R>> {
  const page = async (): Promise<ExportPage<R>> => {
    const next = await batches.next();
    return next.done === true ? { rows: [], next: null } : { rows: next.value, next: page };
  };
  return openPagedExport(source, page, onFailure, async () => {
    await batches.return(undefined);
  });
}
