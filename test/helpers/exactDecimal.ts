import { Decimal } from 'decimal.js';

/**
 * The tests' own exact decimal arithmetic, independent of the gateway's src/money: decimal.js with a
 * precision no sum in a test comes near, so nothing rounds.
 */
const Exact = Decimal.clone({ precision: 1000 });

/** The plain decimal text (no exponent, no trailing zeros) of a JSON number or bigint as the test read it. */
export function decimalText(value: number | bigint): string {
  return new Exact(value.toString()).toFixed();
}

/** The exact sum of JSON numbers as plain decimal text. */
export function decimalSumText(values: readonly number[]): string {
  return values.reduce((acc, v) => acc.plus(v.toString()), new Exact(0)).toFixed();
}
