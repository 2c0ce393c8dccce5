/** What the gateway should answer for F5 REST values, computed with the tests' own exact arithmetic. */
import { Decimal } from 'decimal.js';

const Exact = Decimal.clone({ precision: 1000 });

/** A JSON number (a double as F5 writes quantities) as the `Decimal` scalar writes it. */
export function quantityText(value: unknown): string {
  if (typeof value !== 'number' && typeof value !== 'bigint')
    throw new Error(`expected a number, got ${String(value)}`);
  return new Exact(value.toString()).toFixed();
}

/** int64 hundredths written as a string (`"123456"`) as the `Decimal` scalar writes the amount (`"1234.56"`). */
export function hundredthsText(value: unknown): string {
  if (typeof value !== 'string' || !/^-?\d+$/.test(value))
    throw new Error(`expected int64 digits, got ${String(value)}`);
  return new Exact(value).div(100).toFixed();
}

/** The exact sum of `Decimal` scalar texts. */
export function sumText(values: readonly string[]): string {
  return values.reduce((acc, v) => acc.plus(v), new Exact(0)).toFixed();
}

/** `a` − `b`, exactly. */
export function minusText(a: string, b: string): string {
  return new Exact(a).minus(b).toFixed();
}

/** An RFC 3339 timestamp as the `DateTime` scalar writes it (whole seconds, `Z`). */
export function instantText(value: unknown): string {
  return new Date(value as string).toISOString().replace('.000Z', 'Z');
}
