/**
 * Opaque `page[next_record_id]` cursors: base64url of `<offset>.<fingerprint>`, where the fingerprint
 * is a hash of the normalized query (everything but the page parameters) and the caller's org, so a
 * cursor replayed with other parameters or other keys is recognized as foreign.
 */
import { sha256Hex } from '../../../simulator/hashing.js';

/** A decoded cursor. */
export interface Cursor {
  offset: number;
  fingerprint: string;
}

/** 16 hex chars identifying a normalized query. */
export function queryFingerprint(parts: readonly (string | number | boolean)[]): string {
  return sha256Hex(parts.map(String).join('\u001f')).slice(0, 16);
}

/** The cursor for the record at `offset` of the query with `fingerprint`. */
export function encodeCursor(offset: number, fingerprint: string): string {
  return Buffer.from(`${offset}.${fingerprint}`, 'utf8').toString('base64url');
}

/** Decodes a cursor; `null` when the text is not one this simulator issues. */
export function decodeCursor(text: string): Cursor | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  const m = /^(0|[1-9]\d{0,9})\.([0-9a-f]{16})$/.exec(Buffer.from(text, 'base64url').toString('utf8'));
  if (!m) return null;
  return { offset: Number(m[1]), fingerprint: m[2] as string };
}
