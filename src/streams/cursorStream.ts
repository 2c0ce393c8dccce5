import type { RecordStream } from '../pagination/connectionFromStream.js';
import type { PageLoader } from '../loaders/pageLoader.js';

/**
 * The record stream of an endpoint that answers one request with one cursor chain (hourly and
 * monthly attribution, cost attribution, top average metrics): a single segment read with `params`
 * (the normalized upstream request, which also travels in the connection's cursors) through a page
 * loader. `include` narrows a shared upstream stream to one view (default: every record).
 */
export function cursorStream<T>(
  params: string,
  pages: PageLoader<T>,
  include: (record: T) => boolean = () => true,
): RecordStream<T> {
  return {
    segmentCount: 1,
    async open() {
      return { params, page: await pages.load({ params, cursor: null }) };
    },
    page(_segment, segmentParams, cursor) {
      return pages.load({ params: segmentParams, cursor });
    },
    include: (record) => include(record),
  };
}
