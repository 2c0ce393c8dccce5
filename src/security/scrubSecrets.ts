/**
 * Removes from text anything that looks like a credential before it reaches a response or a log line:
 * upstream error text is the upstream's to write, and some upstreams echo what they were sent.
 *
 * Replaced by {@link REDACTED}:
 * - the exact `known` values (the credentials the request carried, the configured keys);
 * - `Authorization`/`Proxy-Authorization` values and `Bearer`/`Basic`/`Token` credentials;
 * - the value after a name that says it is a secret (`api_key=…`, `"DD-APPLICATION-KEY": "…"`,
 *   `token: …`, `password=…`, `Fastly-Key …`);
 * - JSON Web Tokens, and runs of 32 or more letters, digits, `-`, `_` holding both a letter and a digit
 *   (32/40-hex keys, API tokens);
 * - runs of 32 or more hex digits.
 * Ordinary prose, dates, numbers, UUIDs and short ids pass unchanged.
 */
export const REDACTED = '[redacted]';

const SECRET_NAME =
  '(?:[a-z0-9]+[-_])*(?:api[-_]?key|app(?:lication)?[-_]?key|access[-_]?key|secret|password|passwd|token|fastly[-_]key|private[-_]?key|x[-_]api[-_]key)';

const PATTERNS: ReadonlyArray<[RegExp, string]> = [
  // Authorization: Bearer abc / "authorization":"Basic abc"
  [
    /\b((?:proxy-)?authorization["']?\s*[:=]\s*["']?)(?:(?:bearer|basic|token|digest)\s+)?[^\s"',;]+/gi,
    `$1${REDACTED}`,
  ],
  [/\b(bearer|basic|token)\s+(?=[A-Za-z0-9._~+/=-]*\d)[A-Za-z0-9._~+/=-]{8,}/gi, `$1 ${REDACTED}`],
  // name=value, name: value, "name": "value" (the name says it is a secret)
  [new RegExp(`(\\b${SECRET_NAME}["']?\\s*[:=]\\s*["']?)[^\\s"',;&]+`, 'gi'), `$1${REDACTED}`],
  // a JSON Web Token
  [/\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, REDACTED],
  // long hex (32/40-hex keys)
  [/\b[0-9a-f]{32,}\b/gi, REDACTED],
  // long token-like runs with both letters and digits
  [
    /(?<![A-Za-z0-9_-])(?![0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![A-Za-z0-9_-]))(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{32,}(?![A-Za-z0-9_-])/gi,
    REDACTED,
  ],
];

/** The shortest known value that is scrubbed by its exact text (shorter ones would hit ordinary words). */
const MIN_KNOWN_LENGTH = 8;

/** `text` with every credential-like part replaced by {@link REDACTED}; see the module comment. */
export function scrubSecrets(text: string, known: Iterable<string> = []): string {
  let out = text;
  // Longest first, so a key that contains another is replaced whole.
  const values = [...new Set(known)].filter((v) => v.length >= MIN_KNOWN_LENGTH).sort((a, b) => b.length - a.length);
  for (const value of values) out = out.split(value).join(REDACTED);
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}
