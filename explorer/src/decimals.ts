/**
 * Exact sums of the API's `Decimal` strings (the page adds a few amounts, e.g. "other services"):
 * scaled BigInts, so `0.1 + 0.2` is `0.3`. Charts plot `Number(value)`; tables and tests keep text.
 */

function parts(text: string): { units: bigint; scale: number } {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) throw new Error(`Expected a decimal like "12.34", but got: ${JSON.stringify(text)}`);
  const [, sign = '', whole = '0', fraction = ''] = match;
  return { units: BigInt(`${sign}${whole}${fraction}`), scale: fraction.length };
}

/** The exact sum of decimal strings, written plainly without trailing fraction zeros. */
export function sumDecimals(values: readonly string[]): string {
  const read = values.map(parts);
  const scale = Math.max(0, ...read.map((p) => p.scale));
  const total = read.reduce((sum, p) => sum + p.units * 10n ** BigInt(scale - p.scale), 0n);
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`;
}
