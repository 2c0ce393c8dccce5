import type { GatewayContext } from '../gateway/context.js';

/** One column of an exported view: its header and how a row's value is written. */
export interface ExportColumn<R> {
  /** The CSV header and NDJSON key, e.g. the FOCUS column id `BilledCost`. */
  readonly id: string;
  /** The value as CSV cell text; null for an empty cell. */
  csv(row: R): string | null;
  /** The value as JSON (decimals as strings, so no reader rounds them). */
  json(row: R): unknown;
}

/** Why part of an export is missing: a typed error naming its source (e.g. a provider). */
export interface ExportFailure {
  /** The source that failed, e.g. `FASTLY`. */
  source: string;
  code: string;
  message: string;
}

/** An export being read. */
export interface ExportReader<R> {
  /** The failures known before the first row (the sources' first pages were all read). */
  readonly failuresBeforeFirstRow: readonly ExportFailure[];
  /** The rows, a batch at a time; each batch is read only when the writer asks for it. */
  rows(): AsyncGenerator<readonly R[]>;
  /** Every failure, once `rows` has ended. */
  failures(): readonly ExportFailure[];
}

/**
 * A view the export route streams (`GET /export/<name>.csv|.ndjson`). A view parses its query string
 * (throwing BAD_USER_INPUT naming the parameter), then reads with the contexts `contextFor` builds,
 * the way `/graphql` builds them for the same request (same credentials); it asks for a fresh one per
 * upstream page, so a long export never outlives one operation's deadline.
 */
export interface ExportView<R> {
  /** The path segment, e.g. `focus`. */
  readonly name: string;
  readonly columns: ReadonlyArray<ExportColumn<R>>;
  open(contextFor: () => GatewayContext, search: URLSearchParams): Promise<ExportReader<R>>;
}

/** A view of any row type, as the route's table holds them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each view is typed where it is declared
export type AnyExportView = ExportView<any>;
