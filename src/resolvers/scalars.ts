import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { BadUserInputError, ErrorCode, MeterqlError } from '../errors.js';
import { parseDateTime } from '../time/utcTime.js';

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

/** `DateTime`: UTC ISO-8601 out; hour, day or full ISO-8601 in. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize(value) {
    const d = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
    if (d === null || Number.isNaN(d.getTime())) {
      throw new GraphQLError(`DateTime cannot represent a non-date value: ${String(value)}`);
    }
    return d.toISOString().replace('.000Z', 'Z');
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

/** `Int64`: 64-bit upstream integers as JSON numbers, exact up to 2^53-1, an error beyond. */
export const Int64Scalar = new GraphQLScalarType<number, number>({
  name: 'Int64',
  serialize(value) {
    if (
      typeof value === 'bigint' &&
      value <= BigInt(Number.MAX_SAFE_INTEGER) &&
      value >= BigInt(-Number.MAX_SAFE_INTEGER)
    ) {
      return Number(value);
    }
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      // The upstream sent a number JSON cannot carry exactly; refusing it beats a silently rounded figure.
      throw new MeterqlError(
        ErrorCode.UPSTREAM_UNAVAILABLE,
        `Int64 cannot represent ${String(value)} exactly: the upstream value is beyond 2^53-1 or not an integer`,
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
