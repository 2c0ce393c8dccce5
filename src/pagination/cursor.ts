import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { BadUserInputError } from '../errors.js';

/**
 * Where a record sits in an upstream record stream: which segment (time window) of the stream, the
 * upstream parameters that segment was read with, the upstream cursor of the page holding it
 * (`null` for the first page), that page's ordinal in the segment (0 for the first page) and the
 * record's index in the page. Upstream cursors are opaque; the ordinal is what lets two positions of
 * one segment be ordered without reading anything.
 */
export interface StreamPosition {
  segment: number;
  params: string;
  page: string | null;
  ordinal: number;
  index: number;
}

/**
 * Orders two positions: negative when `a` comes first. Positions of one segment read with different
 * params belong to different upstream streams and cannot be ordered: `null`.
 */
export function comparePositions(a: StreamPosition, b: StreamPosition): number | null {
  if (a.segment !== b.segment) return a.segment - b.segment;
  if (a.params !== b.params) return null;
  return a.ordinal !== b.ordinal ? a.ordinal - b.ordinal : a.index - b.index;
}

/**
 * Names the cursor layout and its version. Bumped whenever the payload's layout changes; a signed
 * cursor of another version is refused as such (see {@link cursorFromAnotherVersion}). Version 2:
 * params written by a params codec (src/pagination/paramsCodec.ts).
 */
export const CURSOR_PREFIX = 'mq2';
/** Any version of the prefix: what a cursor of another version of this gateway starts with. */
const PREFIX_RE = /^mq(\d+)$/;

/**
 * The error for a cursor this gateway signed but can no longer read: one minted by another version
 * (another cursor layout, or params another codec or version wrote). Names the argument (`argName`;
 * unnamed when the params are read outside a connection argument) and says, in `detail`, what was
 * expected and what came. The client's remedy is to page again from the start.
 */
export function cursorFromAnotherVersion(argName: string | undefined, detail: string): BadUserInputError {
  const subject = argName === undefined ? 'A cursor argument' : `Argument "${argName}"`;
  return new BadUserInputError(
    `${subject} holds a cursor from another version of this connection (${detail}); restart paging without it`,
    argName === undefined ? {} : { argumentName: argName },
  );
}

function viewTag(viewKey: string): string {
  return createHash('sha256').update(viewKey).digest('base64url').slice(0, 16);
}

function sign(secret: Buffer, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest().subarray(0, 16);
}

/**
 * Encodes a position as an opaque cursor bound to one connection view. `viewKey` identifies the
 * view (endpoint, normalized arguments, credentials scope); the cursor is signed with `secret`, so
 * neither the position nor the view can be altered without detection.
 */
export function encodeCursor(position: StreamPosition, viewKey: string, secret: Buffer): string {
  const payload = Buffer.from(
    JSON.stringify([
      CURSOR_PREFIX,
      viewTag(viewKey),
      position.segment,
      position.params,
      position.page,
      position.ordinal,
      position.index,
    ]),
  ).toString('base64url');
  return `${payload}.${sign(secret, payload).toString('base64url')}`;
}

function shorten(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

/**
 * Checks only that a cursor is well-formed and signed by `secret`, without knowing its view: lets a
 * tampered cursor be rejected while the operation is planned, before any upstream call.
 */
export function checkCursorSignature(cursor: string, secret: Buffer, argName: string): void {
  decodeCursor(cursor, null, secret, argName);
}

/**
 * Decodes a cursor produced by {@link encodeCursor} for the same view (`viewKey` null: any view). Throws BAD_USER_INPUT naming
 * the argument when the cursor is malformed, was tampered with, was signed by another version of
 * this gateway (another {@link CURSOR_PREFIX}), or belongs to another view (other arguments or other
 * credentials). The params it holds are the stream's to check (with `RecordStream.paramsCodec`).
 */
export function decodeCursor(cursor: string, viewKey: string | null, secret: Buffer, argName: string): StreamPosition {
  const invalid = (): BadUserInputError =>
    new BadUserInputError(
      `Argument "${argName}" must be a cursor taken from this connection's edges or pageInfo, but got: "${shorten(cursor)}"`,
      { argumentName: argName },
    );
  const dot = cursor.indexOf('.');
  if (dot <= 0) throw invalid();
  const payload = cursor.slice(0, dot);
  const given = Buffer.from(cursor.slice(dot + 1), 'base64url');
  const expected = sign(secret, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parts)) throw invalid();
  const version = typeof parts[0] === 'string' ? PREFIX_RE.exec(parts[0]) : null;
  if (version && parts[0] !== CURSOR_PREFIX) {
    throw cursorFromAnotherVersion(
      argName,
      `expected cursor version ${CURSOR_PREFIX.slice(2)}, but got version ${version[1] as string}`,
    );
  }
  if (parts.length !== 7 || parts[0] !== CURSOR_PREFIX) throw invalid();
  const [, tag, segment, params, page, ordinal, index] = parts as unknown[];
  if (
    typeof segment !== 'number' ||
    !Number.isInteger(segment) ||
    segment < 0 ||
    typeof params !== 'string' ||
    (page !== null && typeof page !== 'string') ||
    typeof ordinal !== 'number' ||
    !Number.isInteger(ordinal) ||
    ordinal < 0 ||
    (page === null) !== (ordinal === 0) ||
    typeof index !== 'number' ||
    !Number.isInteger(index) ||
    index < 0
  ) {
    throw invalid();
  }
  if (viewKey !== null && tag !== viewTag(viewKey)) {
    throw new BadUserInputError(
      `Argument "${argName}" is a cursor from a different connection: it was issued for other arguments or other credentials, and is only valid with the arguments it came from`,
      { argumentName: argName },
    );
  }
  return { segment, params, page, ordinal, index };
}
