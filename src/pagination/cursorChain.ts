import type { RecordStream, StreamPage } from './connectionFromStream.js';
import type { ParamsCodec } from './paramsCodec.js';

/** Reads one upstream page: the segment's params and the upstream cursor (`null`: first page). */
export interface PageSource<T> {
  load(key: { params: string; cursor: string | null }): Promise<StreamPage<T>>;
}

/**
 * The record stream of an endpoint paged by an upstream cursor (`next_record_id`): one segment per
 * entry of `segmentParams` (one for most endpoints; hourly usage attribution over a window wider than
 * one request may cover has several), each one cursor chain read with fixed params written by
 * `codec`, which also travel in the connection's cursors (and are checked by `codec` when they come
 * back). Pages go through a page loader, so views reading the same params within one operation share
 * every request. `include` narrows a shared stream to one view (default: every record).
 */
export function cursorStream<T>(
  codec: ParamsCodec<unknown>,
  segmentParams: readonly string[],
  pages: PageSource<T>,
  include: (record: T) => boolean = () => true,
): RecordStream<T> {
  return {
    segmentCount: segmentParams.length,
    async open(segment) {
      const params = segmentParams[segment];
      if (params === undefined) throw new RangeError(`segment ${segment} of ${segmentParams.length}`);
      return { params, page: await pages.load({ params, cursor: null }) };
    },
    page(_segment, params, cursor) {
      return pages.load({ params, cursor });
    },
    include: (record) => include(record),
    paramsCodec: codec,
  };
}
