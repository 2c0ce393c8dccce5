/**
 * Exact decimals for the simulated figures: a value is an integer count of 10^-scale (a `bigint`), so
 * sums and products never round. Figures leave the simulator as JSON numbers of at most 15
 * significant digits: any such decimal survives the trip through a double, so a reader taking a
 * number's shortest representation gets the exact decimal back.
 */

/** Quantities (usage units) are counted in thousandths. */
export const QUANTITY_SCALE = 3;
/** Rates (USD per unit) are counted in 10^-9. */
export const RATE_SCALE = 9;
/** Amounts (quantity x rate) are counted in 10^-12. */
export const AMOUNT_SCALE = QUANTITY_SCALE + RATE_SCALE;

/** Whole JSON numbers stay exact up to this many significant digits. */
const MAX_SIGNIFICANT_DIGITS = 15;

/** `text` (plain decimal notation, at most `scale` decimals) as a count of 10^-scale; throws otherwise. */
export function parseScaled(text: string, scale: number): bigint {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m || (m[3] ?? '').length > scale) {
    throw new Error(`Expected a plain decimal with at most ${scale} decimals; got '${text}'`);
  }
  const units = BigInt(`${m[2]}${(m[3] ?? '').padEnd(scale, '0')}`);
  return m[1] === '-' ? -units : units;
}

/** Plain decimal notation of `units` x 10^-scale: no exponent, no trailing zeros, `0` for zero. */
export function scaledText(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  const text = fraction === '' ? whole : `${whole}.${fraction}`;
  return negative && text !== '0' ? `-${text}` : text;
}

/**
 * `units` x 10^-scale as a JSON number; throws when it has more than 15 significant digits (a double
 * could not carry it exactly), which would be a defect of the simulated world.
 */
export function scaledNumber(units: bigint, scale: number): number {
  const text = scaledText(units, scale);
  const significant = text.replace(/^-/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  if (significant.length > MAX_SIGNIFICANT_DIGITS) {
    throw new Error(`A figure must have at most ${MAX_SIGNIFICANT_DIGITS} significant digits; got ${text}`);
  }
  return Number(text);
}
