/**
 * Exact decimal amounts (money). Upstream cost APIs send amounts as JSON numbers; summing them as
 * doubles drifts (`0.1 + 0.2` is `0.30000000000000004`), and a JavaScript client reading a JSON number
 * rounds it to a double again. So the gateway keeps every amount as a {@link Decimal} from the moment
 * it reads the upstream body, adds with decimal arithmetic, and writes the GraphQL `Decimal` scalar as
 * a string of plain decimal digits.
 *
 * How an amount is read from the body: integers beyond 2^53-1 arrive as `bigint` (the body is parsed
 * losslessly, see src/json/losslessJson.ts) and are taken digit for digit. Other numbers arrive as
 * JavaScript numbers and are taken from their shortest round-trip representation (`String(n)`), not
 * from the double's binary expansion: `0.1` is read as exactly 0.1. That is the literal the upstream
 * wrote whenever it has at most 15 significant digits (any such decimal survives the trip through a
 * double), which covers every amount below a billion dollars to the micro-dollar; and an upstream that
 * serializes doubles (as JSON encoders in Go, Python, Java and JavaScript do) writes exactly that
 * shortest representation, at any length. The alternative, having the JSON parser hand non-integer
 * literals over as their source text, would change the type of every fraction in every upstream body
 * (usage ratios and percentages included) or parse cost bodies twice, for no gain on such upstreams.
 */
import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The gateway's decimal arithmetic: decimal.js with a precision high enough that additions and
 * subtractions never round (decimal.js rounds every result to `precision` significant digits, 20 by
 * default). Only exact operations are used on it: no division.
 */
const ExactDecimal = DecimalJs.clone({ precision: 1e9 });

/** An exact decimal amount. Immutable; build one with {@link decimalFromJson} or {@link parseDecimal}. */
export type Decimal = DecimalJs;

/** Plain decimal notation as the `Decimal` scalar accepts it: optional minus, digits, optional fraction. */
const PLAIN_DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** Whether `value` is a decimal.js instance (of any configuration). */
export function isDecimal(value: unknown): value is Decimal {
  return DecimalJs.isDecimal(value);
}

/**
 * The exact amount of an upstream JSON value: a finite number (from its shortest round-trip
 * representation) or a bigint (digit for digit). Null for anything else (strings, null, objects),
 * which the caller reports as it sees fit.
 */
export function decimalFromJson(value: unknown): Decimal | null {
  if (typeof value === 'bigint') return new ExactDecimal(value.toString());
  if (typeof value === 'number' && Number.isFinite(value)) return new ExactDecimal(String(value));
  return null;
}

/**
 * Parses plain decimal notation (`"1234.56"`, `"-0.5"`, `"42"`; no exponent, no leading `+`, no
 * leading zeros, no spaces). Null for anything else.
 */
export function parseDecimal(text: string): Decimal | null {
  return PLAIN_DECIMAL.test(text) ? new ExactDecimal(text) : null;
}

/** The exact sum of `values` (0 for none). */
export function sumDecimals(values: Iterable<Decimal>): Decimal {
  let sum: Decimal = new ExactDecimal(0);
  for (const v of values) sum = sum.plus(v);
  return sum;
}

/**
 * Plain decimal notation, exact: no exponent, no trailing zeros after the point, no point for whole
 * amounts, `"0"` for zero of either sign (e.g. `"1234.56"`, `"-0.000001"`, `"12345678901234567890"`).
 * Throws for NaN or an infinity, which no JSON value produces.
 */
export function formatDecimal(value: Decimal): string {
  if (!value.isFinite()) throw new RangeError(`A decimal amount must be finite, but got: ${value.toString()}`);
  return value.isZero() ? '0' : value.toFixed();
}

/** The decimal places a mean is written with at most (see {@link meanOfIntegers}). */
export const MEAN_DECIMAL_PLACES = 12;

/**
 * The mean of `count` integers summing to `sum`: exact whenever it has at most
 * {@link MEAN_DECIMAL_PLACES} decimal places (always, for instance, when `count` is a product of
 * powers of 2 and 5 up to 10^12), else rounded half-even at that place. `count` must be positive.
 */
export function meanOfIntegers(sum: bigint, count: number): Decimal {
  if (!Number.isSafeInteger(count) || count <= 0)
    throw new RangeError(`A mean needs a positive count, but got: ${count}`);
  const digits = sum.toString().replace('-', '').length;
  // Enough significant digits for every place kept and 20 guard digits past them (cut, not rounded,
  // so the one rounding is the half-even one at the last kept place).
  const Quotient = DecimalJs.clone({ precision: digits + MEAN_DECIMAL_PLACES + 20, rounding: DecimalJs.ROUND_DOWN });
  const quotient = new Quotient(sum.toString()).dividedBy(count);
  return new ExactDecimal(quotient.toDecimalPlaces(MEAN_DECIMAL_PLACES, DecimalJs.ROUND_HALF_EVEN).toFixed());
}
