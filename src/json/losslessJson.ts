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

const SAFE_RUN = SAFE_DIGITS + 1;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Whether `text` holds a run of 16 or more digits where JSON puts values: right after `:`, `,` or
 * `[`, past any whitespace and a minus sign. That is the only place an unsafe integer can be; digit
 * runs inside strings (hex ids) rarely start there, and when one does, the full scan of
 * {@link markLongIntegers} sorts it out. The scan reads every 16th character only: a run of 16 digits
 * covers one of them, so most of a body is never looked at (about 15 times faster than a regular
 * expression over the whole text, on upstream pages of usage records).
 */
function mayHoldLongInteger(text: string): boolean {
  const n = text.length;
  for (let i = SAFE_RUN - 1; i < n; i += SAFE_RUN) {
    if (!isDigit(text.charCodeAt(i))) continue;
    let start = i;
    while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < n && isDigit(text.charCodeAt(end))) end++;
    if (end - start >= SAFE_RUN) {
      let j = start - 1;
      if (j >= 0 && text.charCodeAt(j) === 0x2d) j--;
      while (j >= 0 && isJsonWhitespace(text.charCodeAt(j))) j--;
      const before = j >= 0 ? text.charCodeAt(j) : -1;
      if (before === 0x3a || before === 0x2c || before === 0x5b) return true;
    }
    // The next run of 16 starts after this one ends.
    i = end - 1;
  }
  return false;
}

function isJsonWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

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
  if (!mayHoldLongInteger(text)) return JSON.parse(text);
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
