import type { StreamPage } from '../pagination/connectionFromStream.js';
import { createPageLoader, type PageLoader } from './createPageLoader.js';

/** An upstream page that also says how many records its whole list holds. */
export interface CountedPage<T> extends StreamPage<T> {
  /** The upstream's total for the list (e.g. `meta.total`); null when it does not say. */
  total: number | bigint | null;
}

/** Pages of a cursor-paged list and the list's total, one set per operation. */
export interface CountedPageLoaders<T> {
  /** Pages by (params, upstream cursor), each fetched once per operation. */
  pages: PageLoader<T>;
  /**
   * The total of the list read with `params`: from any page of the same list (`listOf` decides which
   * params name the same list, e.g. whatever the page size) this operation already read, else from
   * the list's first page.
   */
  totalCount: (params: string) => Promise<number | bigint | null>;
}

/**
 * A page loader for an endpoint whose every page carries the list's total ({@link createPageLoader}),
 * with the total kept per list so `totalCount` costs no request once any page of the list is read.
 * `decode` reads the params string into the request `R` once per page; `fetchPage` and `listOf`
 * both take that decoded request.
 */
export function createCountedPageLoader<T, R>(
  decode: (params: string) => R,
  fetchPage: (request: R, cursor: string | null) => Promise<CountedPage<T>>,
  listOf: (request: R) => string,
): CountedPageLoaders<T> {
  const totals = new Map<string, number | bigint | null>();
  const pages = createPageLoader(async (params, cursor) => {
    const request = decode(params);
    const page = await fetchPage(request, cursor);
    totals.set(listOf(request), page.total);
    return { records: page.records, next: page.next };
  });
  return {
    pages,
    totalCount: async (params) => {
      const list = listOf(decode(params));
      if (!totals.has(list)) await pages.load({ params, cursor: null });
      return totals.get(list) ?? null;
    },
  };
}
