import { GraphQLError, GraphQLScalarType, Kind, print, type ValueNode } from 'graphql';
import { BadUserInputError, ErrorCode, MeterqlError } from '../errors.js';
import { formatDecimal, isDecimal, parseDecimal, type Decimal } from '../money/decimal.js';
import { floorToDay, formatDay, formatMonth, parseDateTime, startOfMonth } from '../time/utcTime.js';
import { recentTexts } from '../time/recentTexts.js';

/**
 * Marks a scalar input error as the client's mistake. graphql-js reports a GraphQLError thrown by
 * `parseLiteral` as is, and Apollo re-labels validation errors GRAPHQL_VALIDATION_FAILED but keeps
 * `originalError`: the error formatter looks for this marker to restore BAD_USER_INPUT.
 */
export class ScalarInputError extends BadUserInputError {}

function literalText(ast: ValueNode): string {
  return ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT || ast.kind === Kind.ENUM
    ? ast.value
    : ast.kind;
}

function badInput(message: string, ast?: ValueNode): GraphQLError {
  return new GraphQLError(message, { nodes: ast ? [ast] : undefined, originalError: new ScalarInputError(message) });
}

function parseDateTimeInput(value: unknown, ast?: ValueNode): Date {
  const text = typeof value === 'string' ? value : null;
  const parsed = text === null ? null : parseDateTime(text);
  if (parsed === null) {
    const got = ast ? literalText(ast) : JSON.stringify(value);
    throw badInput(
      `DateTime must be YYYY-MM-DDThh, YYYY-MM-DD or ISO-8601 (e.g. "2026-11-20T14" or "2026-11-20T14:00:00Z"), but got: ${got}`,
      ast,
    );
  }
  return parsed;
}

/** The output text of an instant (epoch ms), remembered: a result holds the same hours many times. */
const dateTimeText = recentTexts((ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z'));

/** `DateTime`: UTC ISO-8601 out; hour, day or full ISO-8601 in. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize(value) {
    const d = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
    const ms = d === null ? NaN : d.getTime();
    if (Number.isNaN(ms)) {
      throw new GraphQLError(`DateTime cannot represent a non-date value: ${String(value)}`);
    }
    return dateTimeText(ms);
  },
  parseValue(value) {
    return parseDateTimeInput(value);
  },
  parseLiteral(ast) {
    return parseDateTimeInput(ast.kind === Kind.STRING ? ast.value : undefined, ast);
  },
});

function toSafeInt(value: unknown, ast?: ValueNode): number {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n)) {
    throw badInput(
      `Int64 must be an integer from -(2^53-1) to 2^53-1, but got: ${ast ? literalText(ast) : String(value)}`,
      ast,
    );
  }
  return n;
}

/**
 * `Int64`: 64-bit upstream integers as JSON integers, exact at any size: values within ±(2^53-1)
 * are numbers, larger ones arrive as bigints (the upstream body is parsed losslessly) and are written
 * digit for digit. Inputs are limited to the safe range.
 */
export const Int64Scalar = new GraphQLScalarType<number, number | bigint>({
  name: 'Int64',
  serialize(value) {
    if (typeof value === 'bigint') {
      const asNumber = Number(value);
      return Number.isSafeInteger(asNumber) ? asNumber : value;
    }
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      // A rounded figure is wrong data: refuse it rather than pass it on.
      throw new MeterqlError(
        ErrorCode.UPSTREAM_UNAVAILABLE,
        `Int64 cannot represent ${String(value)} exactly: the upstream value is not an integer or was rounded`,
      );
    }
    return value;
  },
  parseValue(value) {
    return toSafeInt(value);
  },
  parseLiteral(ast) {
    return toSafeInt(ast.kind === Kind.INT ? ast.value : undefined, ast);
  },
});

function parseCalendarInput(kind: 'Month' | 'Date', value: unknown, ast?: ValueNode): Date {
  const text = typeof value === 'string' ? value.trim() : null;
  const monthOnly = text !== null && /^\d{4}-\d{2}$/.test(text) ? `${text}-01` : text;
  const parsed = monthOnly === null || (kind === 'Date' && monthOnly !== text) ? null : parseDateTime(monthOnly);
  if (parsed === null) {
    const got = ast ? literalText(ast) : JSON.stringify(value);
    const example = kind === 'Month' ? '"2026-10"' : '"2026-10-31"';
    throw badInput(
      `${kind} must be ${kind === 'Month' ? 'YYYY-MM' : 'YYYY-MM-DD'} (e.g. ${example}), but got: ${got}`,
      ast,
    );
  }
  return kind === 'Month' ? startOfMonth(parsed) : floorToDay(parsed);
}

function calendarOutput(kind: 'Month' | 'Date', value: unknown): string {
  const d = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
  if (d === null || Number.isNaN(d.getTime())) {
    throw new GraphQLError(`${kind} cannot represent a non-date value: ${String(value)}`);
  }
  return kind === 'Month' ? formatMonth(d) : formatDay(d);
}

/** `Month`: `YYYY-MM` in UTC; input also any DateTime form, truncated to the month. */
export const MonthScalar = new GraphQLScalarType<Date, string>({
  name: 'Month',
  serialize: (value) => calendarOutput('Month', value),
  parseValue: (value) => parseCalendarInput('Month', value),
  parseLiteral: (ast) => parseCalendarInput('Month', ast.kind === Kind.STRING ? ast.value : undefined, ast),
});

/** `Date`: `YYYY-MM-DD` in UTC; input also any DateTime form, truncated to the day. */
export const DateScalar = new GraphQLScalarType<Date, string>({
  name: 'Date',
  serialize: (value) => calendarOutput('Date', value),
  parseValue: (value) => parseCalendarInput('Date', value),
  parseLiteral: (ast) => parseCalendarInput('Date', ast.kind === Kind.STRING ? ast.value : undefined, ast),
});

function parseDecimalInput(value: unknown, ast?: ValueNode): Decimal {
  const parsed = typeof value === 'string' ? parseDecimal(value) : null;
  if (parsed === null) {
    const got =
      ast === undefined
        ? `${JSON.stringify(value) ?? String(value)}${typeof value === 'number' ? ' (a number)' : ''}`
        : `${print(ast)}${ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? ' (a number)' : ''}`;
    throw badInput(
      `Decimal must be a string in plain decimal notation, e.g. "1234.56" or "-0.5" (digits, an optional "-" and fraction, no exponent; numbers are refused so that no amount passes through a double), but got: ${got}`,
      ast,
    );
  }
  return parsed;
}

/**
 * `Decimal`: an exact decimal amount (money), written as a string of plain decimal digits
 * (`"1234.56"`), never as a JSON number. Input is such a string only: a JSON number in a variable has
 * already been read as a double by the time it gets here.
 */
export const DecimalScalar = new GraphQLScalarType<Decimal, string>({
  name: 'Decimal',
  serialize(value) {
    if (!isDecimal(value)) {
      // A resolver handed over a float or a string: a gateway bug, masked and logged as internal.
      throw new GraphQLError(
        `Decimal cannot represent ${typeof value} ${String(value)}: amounts must be exact decimals, never floats`,
      );
    }
    return formatDecimal(value);
  },
  parseValue(value) {
    return parseDecimalInput(value);
  },
  parseLiteral(ast) {
    return parseDecimalInput(ast.kind === Kind.STRING ? ast.value : undefined, ast);
  },
});
