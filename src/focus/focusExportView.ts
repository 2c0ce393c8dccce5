import type { ExportColumn, ExportFailure, ExportView } from '../export/exportView.js';
import { formatDecimal, isDecimal } from '../money/decimal.js';
import { checkFocusArgs, focusArgsFromSearch } from './focusArgs.js';
import { FOCUS_COLUMNS, type FocusColumn, type FocusRow } from './focusRow.js';
import { focusProviders, type FocusFailure } from './focusSources.js';
import { openFocusWalk } from './focusWalk.js';

/** A DateTime as the GraphQL `DateTime` scalar writes it (`2026-11-01T00:00:00Z`). */
function dateTimeText(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}

/** A column's value as text: decimals plain, instants ISO-8601 UTC, tags a JSON object; null stays null. */
function cellText(column: FocusColumn, row: FocusRow): string | null {
  const value = row[column.key];
  if (value === null) return null;
  if (isDecimal(value)) return formatDecimal(value);
  if (value instanceof Date) return dateTimeText(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

const toExportFailure = (f: FocusFailure): ExportFailure => ({ source: f.provider, code: f.code, message: f.message });

/**
 * The FOCUS view as an export (`/export/focus.csv`, `/export/focus.ndjson`): the rows
 * `focusCharges` pages, under the FOCUS column ids, with its arguments as query parameters.
 */
export const focusExportView: ExportView<FocusRow> = {
  name: 'focus',
  columns: FOCUS_COLUMNS.map((column): ExportColumn<FocusRow> => ({
    id: column.id,
    csv: (row) => cellText(column, row),
    json: (row) => (column.kind === 'tags' ? row.tags : cellText(column, row)),
  })),
  async open(contextFor, search) {
    const first = contextFor();
    const filter = checkFocusArgs(focusArgsFromSearch(search), first.now);
    // First pages with the context the arguments were checked with; a fresh one for each later page.
    const walk = await openFocusWalk(first, filter, focusProviders(first, filter), contextFor);
    return {
      failuresBeforeFirstRow: walk.failures.list().map(toExportFailure),
      rows: () => walk.pages(),
      failures: () => walk.failures.list().map(toExportFailure),
    };
  },
};
