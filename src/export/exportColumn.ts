/**
 * Column builders for export views: each writes a value the way the GraphQL API does (its scalars'
 * own output), as CSV text and as JSON. Instants are ISO-8601 UTC (`2026-11-01T00:00:00Z`), months
 * `YYYY-MM`, days `YYYY-MM-DD`, money exact decimal strings (never a double); null is an empty CSV
 * cell and a JSON null.
 */
import type { Decimal } from '../money/decimal.js';
import { DateScalar, DateTimeScalar, DecimalScalar, MonthScalar } from '../graphql/scalars.js';
import type { ExportColumn } from './exportView.js';

type Get<R, T> = (row: R) => T | null;

function textual<R, T>(id: string, get: Get<R, T>, write: (value: T) => string): ExportColumn<R> {
  const text = (row: R): string | null => {
    const value = get(row);
    return value === null ? null : write(value);
  };
  return { id, csv: text, json: text };
}

/** A column whose JSON is the value itself and whose CSV cell is `write` of it. */
function valued<R, T>(id: string, get: Get<R, T>, write: (value: T) => string): ExportColumn<R> {
  return {
    id,
    csv: (row) => {
      const value = get(row);
      return value === null ? null : write(value);
    },
    json: get,
  };
}

export const exportColumn = {
  /** Text as it is. */
  text: <R>(id: string, get: Get<R, string>): ExportColumn<R> => textual(id, get, (v) => v),
  /** An instant, ISO-8601 UTC as the `DateTime` scalar writes it. */
  instant: <R>(id: string, get: Get<R, Date>): ExportColumn<R> => textual(id, get, (v) => DateTimeScalar.serialize(v)),
  /** A month, `YYYY-MM` as the `Month` scalar writes it. */
  month: <R>(id: string, get: Get<R, Date>): ExportColumn<R> => textual(id, get, (v) => MonthScalar.serialize(v)),
  /** A day, `YYYY-MM-DD` as the `Date` scalar writes it. */
  day: <R>(id: string, get: Get<R, Date>): ExportColumn<R> => textual(id, get, (v) => DateScalar.serialize(v)),
  /** Money or any exact amount: plain decimal digits as the `Decimal` scalar writes them, a string in JSON too. */
  decimal: <R>(id: string, get: Get<R, Decimal>): ExportColumn<R> =>
    textual(id, get, (v) => DecimalScalar.serialize(v)),
  /** A double as the upstream sent it (a `Float` field): the shortest text that reads back to it; a JSON number. */
  number: <R>(id: string, get: Get<R, number>): ExportColumn<R> => valued(id, get, String),
  /** `true` / `false`; a JSON boolean. */
  boolean: <R>(id: string, get: Get<R, boolean>): ExportColumn<R> => valued(id, get, String),
  /** A structured value: JSON text in CSV, the value itself in NDJSON. */
  json: <R>(id: string, get: Get<R, object>): ExportColumn<R> => valued(id, get, (v) => JSON.stringify(v)),
};
