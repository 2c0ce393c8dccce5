/**
 * Paging of the v1 attribution endpoints (hourly and monthly usage attribution): `next_record_id` in,
 * `metadata.pagination.next_record_id` out, `null` on the last page (as recorded), with the opaque
 * fingerprinted cursors of {@link encodeCursor}.
 */
import { BadRequestError } from './apiResponse.js';
import { decodeCursor, encodeCursor } from './cursor.js';

/** The slice of a response's records one page holds, and the cursor of the next page. */
export interface PageBounds {
  offset: number;
  stop: number;
  next: string | null;
}

/**
 * Where the page starts and ends. A `next_record_id` of `null` (what Datadog's paginating clients send
 * after the last page; the API answers it with an empty page, as recorded) reads past the end.
 * Anything else must be a cursor this simulator issued for the same query and caller.
 */
export function pageBounds(raw: string | undefined, fingerprint: string, total: number, pageSize: number): PageBounds {
  let offset = 0;
  if (raw === 'null') offset = total;
  else if (raw !== undefined) {
    const cursor = decodeCursor(raw);
    if (!cursor || cursor.offset === 0 || cursor.offset >= total) {
      throw new BadRequestError(
        `Invalid value for the parameter 'next_record_id': expected a next_record_id returned by this endpoint, got '${raw}'`,
      );
    }
    if (cursor.fingerprint !== fingerprint) {
      throw new BadRequestError(
        `Invalid value for the parameter 'next_record_id': '${raw}' was issued for different query parameters; repeat the original parameters with it`,
      );
    }
    offset = cursor.offset;
  }
  const stop = Math.min(total, offset + pageSize);
  return { offset, stop, next: stop < total ? encodeCursor(stop, fingerprint) : null };
}

/** `tag_breakdown_keys`: trimmed, de-duplicated keys in the order given; empty when absent. */
export function tagBreakdownKeysParam(text: string | undefined): string[] {
  if (text === undefined) return [];
  return [...new Set(text.split(',').map((k) => k.trim()))].filter((k) => k !== '');
}
