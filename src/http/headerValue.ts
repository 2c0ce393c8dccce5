/** HTTP headers as Node and undici give them: lower-case names, a list when a header repeats. */
type HeaderMapLike = Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * The value of header `name` (lower case), trimmed; the first one when it repeats. Null when the
 * header is absent or empty.
 */
export function headerValue(headers: HeaderMapLike, name: string): string | null {
  const v = headers[name];
  const first = typeof v === 'string' ? v : v?.[0];
  const trimmed = first?.trim();
  return trimmed === undefined || trimmed === '' ? null : trimmed;
}

/** The value of header `name` as a finite number; null when absent, empty or not a number. */
export function numericHeaderValue(headers: HeaderMapLike, name: string): number | null {
  const v = headerValue(headers, name);
  if (v === null) return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}
