/**
 * Opaque `cursor` / `next_cursor` values: base64url of `<offset>.<fingerprint>`, where the fingerprint
 * is a hash of the query's filters (not its `limit`, which may change from page to page) and of the
 * customer, so a cursor replayed with other filters or another customer's token is refused (400).
 */
import { BadRequestError } from '../../../simulator/apiResponse.js';
import { sha256Hex } from '../../../simulator/hashing.js';
import { optionalParam } from '../../../simulator/queryParams.js';

/** 16 hex characters identifying a query's filters. */
export function queryFingerprint(parts: readonly string[]): string {
  return sha256Hex(parts.join('\u001f')).slice(0, 16);
}

/** The cursor of the record at `offset` of the query with `fingerprint`. */
export function encodeCursor(offset: number, fingerprint: string): string {
  return Buffer.from(`${offset}.${fingerprint}`, 'utf8').toString('base64url');
}

/**
 * The offset the `cursor` parameter points at: 0 when it is absent or empty (the first page); 400
 * for a cursor this simulator did not issue for this query and customer, or one past the `total`.
 */
export function cursorOffset(query: URLSearchParams, fingerprint: string, total: number): number {
  const text = optionalParam(query, 'cursor');
  if (text === undefined) return 0;
  const decoded = /^[A-Za-z0-9_-]+$/.test(text) ? Buffer.from(text, 'base64url').toString('utf8') : '';
  const m = /^(0|[1-9]\d{0,9})\.([0-9a-f]{16})$/.exec(decoded);
  if (!m || m[2] !== fingerprint || Number(m[1]) > total) {
    throw new BadRequestError(
      `Invalid value for the parameter 'cursor': expected the next_cursor of a previous response to this query, got '${text}'`,
    );
  }
  return Number(m[1]);
}
