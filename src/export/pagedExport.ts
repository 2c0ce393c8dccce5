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
 * The reader of one source read page by page (an upstream cursor chain): the first page is read now,
 * so a source that is down is known before anything is written; each later page is read only when
 * the writer asks for the next batch (a writer that stops reads no further), one page at a time. A
 * failing read ends the rows and is reported as the export's failure, named `source` (e.g. `DATADOG`).
 */
export async function openPagedExport<R>(
  source: string,
  first: () => Promise<ExportPage<R>>,
  onFailure: (error: unknown) => void = () => undefined,
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
  return {
    failuresBeforeFirstRow: [...failures],
    async *rows() {
      let page = firstPage;
      // Released once consumed: the reader holds one page at a time.
      firstPage = null;
      while (page !== null) {
        if (page.rows.length > 0) yield page.rows;
        page = page.next === null ? null : await read(page.next);
      }
    },
    failures: () => failures,
  };
}
