/**
 * Paging by opaque `next_record_id` cursors ({@link encodeCursor}): where a page of a response's
 * records starts and ends, and the cursor of the next page.
 */
import { BadRequestError } from '../../../simulator/apiResponse.js';
import { decodeCursor, encodeCursor } from './recordCursor.js';

/** The slice of a response's records one page holds, and the cursor of the next page. */
export interface PageBounds {
  offset: number;
  stop: number;
  /** Null on the last page. */
  next: string | null;
}

export interface PageBoundsOptions {
  /** The cursor parameter's name in errors; `next_record_id` by default. */
  param?: string;
  /**
   * A cursor of `null` (what Datadog's paginating clients send after the last page; the v1 attribution
   * endpoints answer it with an empty page, as recorded) reads past the end.
   */
  nullReadsPastEnd?: boolean;
  /** One message for every refused cursor, instead of telling an unknown cursor from a foreign one. */
  invalidMessage?: (raw: string) => string;
}

/**
 * Where the page starts and ends, `pageSize` records at most. A cursor (`raw`) must be one this
 * simulator issued for the same query and caller (`fingerprint`), pointing inside the `total` records;
 * anything else is refused with a {@link BadRequestError}.
 */
export function pageBounds(
  raw: string | undefined,
  fingerprint: string,
  total: number,
  pageSize: number,
  options: PageBoundsOptions = {},
): PageBounds {
  const offset = raw === 'null' && options.nullReadsPastEnd ? total : cursorOffset(raw, fingerprint, total, options);
  const stop = Math.min(total, offset + pageSize);
  return { offset, stop, next: stop < total ? encodeCursor(stop, fingerprint) : null };
}

function cursorOffset(raw: string | undefined, fingerprint: string, total: number, options: PageBoundsOptions): number {
  if (raw === undefined) return 0;
  const name = options.param ?? 'next_record_id';
  const cursor = decodeCursor(raw);
  const unknown = !cursor || cursor.offset === 0 || cursor.offset >= total;
  if (options.invalidMessage && (unknown || cursor.fingerprint !== fingerprint)) {
    throw new BadRequestError(options.invalidMessage(raw));
  }
  if (unknown) {
    throw new BadRequestError(
      `Invalid value for the parameter '${name}': expected a next_record_id returned by this endpoint, got '${raw}'`,
    );
  }
  if (cursor.fingerprint !== fingerprint) {
    throw new BadRequestError(
      `Invalid value for the parameter '${name}': '${raw}' was issued for different query parameters; repeat the original parameters with it`,
    );
  }
  return cursor.offset;
}
