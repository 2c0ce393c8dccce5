/**
 * Numbers as `parseJson` (losslessJson.ts) returns them: a `number`, or a `bigint` for an integer beyond 2^53.
 * Upstream bodies are read losslessly, so every numeric field is one of the two.
 */
type JsonNumber = number | bigint;

/** Whether `value` is a JSON integer (a whole `number`, or a `bigint`). */
export function isJsonInteger(value: unknown): value is JsonNumber {
  return typeof value === 'bigint' || (typeof value === 'number' && Number.isInteger(value));
}

/** `value` as a double (a `bigint` rounded to the nearest one); null when it is not a number at all. */
export function numberOrNull(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return null;
}
