/**
 * JSON that keeps 64-bit integers exact. Upstream usage APIs send int64 figures (monthly byte totals
 * beyond 2^53); `JSON.parse` would silently round them. {@link parseJson} returns integers outside
 * the safe range as `bigint`, and {@link stringifyJson} writes `bigint` values as bare JSON integers,
 * so a figure travels from the upstream body to the GraphQL response digit for digit.
 */

const MARK = '\u0000int64:';
/** The marker as written inside a JSON string literal. */
const MARK_ESCAPED = '\\u0000int64:';
const SAFE_DIGITS = 15;

/**
 * Wraps every integer literal with more than 15 digits (outside strings) in a marked string, so
 * JSON.parse hands it to the reviver as text. Literals with a fraction or exponent are left alone.
 */
function markLongIntegers(text: string): string {
  let out = '';
  let copied = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip a string literal, honouring escapes.
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i += 2;
        else if (d === 0x22) break;
        else i++;
      }
      i++;
      continue;
    }
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      const start = i;
      if (c === 0x2d) i++;
      const digitsStart = i;
      while (i < n && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
      const next = text[i];
      const isInteger = next !== '.' && next !== 'e' && next !== 'E';
      if (isInteger && i - digitsStart > SAFE_DIGITS && isUnsafe(text.slice(digitsStart, i))) {
        out += `${text.slice(copied, start)}"${MARK_ESCAPED}${text.slice(start, i)}"`;
        copied = i;
      } else {
        while (i < n && /[0-9.eE+-]/.test(text[i] as string)) i++;
      }
      continue;
    }
    i++;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const MAX_SAFE_DIGITS = String(Number.MAX_SAFE_INTEGER);

/** Whether a run of digits (no sign, no leading zeros in JSON) is beyond 2^53-1. */
function isUnsafe(digits: string): boolean {
  return (
    digits.length > MAX_SAFE_DIGITS.length || (digits.length === MAX_SAFE_DIGITS.length && digits > MAX_SAFE_DIGITS)
  );
}

/**
 * A 16-digit number where JSON puts values (after `:`, `,` or `[`): the only place an unsafe integer
 * can be. Digit runs inside strings (hex ids) rarely follow those characters; when one does, the full
 * scan below sorts it out.
 */
const LONG_NUMBER = /[:,[]\s*-?\d{16}/;

function revive(_key: string, value: unknown): unknown {
  if (typeof value !== 'string' || !value.startsWith(MARK)) return value;
  // Only integers beyond the safe range are marked.
  return BigInt(value.slice(MARK.length));
}

/**
 * `JSON.parse` that returns integers beyond ±(2^53-1) as `bigint` (and safe ones as numbers).
 * Throws SyntaxError like JSON.parse for text that is not JSON.
 */
export function parseJson(text: string): unknown {
  // Most bodies hold no 16-digit number at all: plain JSON.parse, no scan.
  if (!LONG_NUMBER.test(text)) return JSON.parse(text);
  const marked = markLongIntegers(text);
  return marked === text ? JSON.parse(text) : JSON.parse(marked, revive);
}

/**
 * `JSON.stringify` that writes `bigint` values as bare JSON integers. Most values hold no bigint and
 * take the native writer as is; one that does makes it throw, and is written again with a replacer.
 */
export function stringifyJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch (err) {
    if (!(err instanceof TypeError)) throw err;
  }
  const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${MARK}${v.toString()}` : v));
  return text.replace(/"\\u0000int64:(-?\d+)"/g, '$1');
}
