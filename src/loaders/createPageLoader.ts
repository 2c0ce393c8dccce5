import type DataLoader from 'dataloader';
import type { StreamPage } from '../pagination/connectionFromStream.js';
import { createKeyLoader } from './createKeyLoader.js';

/** One upstream page: the normalized request parameters and the upstream cursor (`null`: first page). */
export interface PageKey {
  params: string;
  cursor: string | null;
}

/** A loader of pages `P` (a {@link StreamPage}, possibly with more, e.g. aggregates). */
export type PageLoader<T, P extends StreamPage<T> = StreamPage<T>> = DataLoader<PageKey, P, string>;

/**
 * A loader of upstream pages for an endpoint paged by an upstream cursor (`next_record_id`). Within
 * one operation an identical page (same params, same cursor) is fetched once, whichever fields ask
 * for it; failures are not kept. `fetchPage` rejects only with typed errors.
 *
 * `requestOf` (default: the params themselves) maps params to what the upstream is actually asked:
 * params may also carry what the gateway does with the records (e.g. which org a view keeps), and
 * params that differ only there ask the upstream the same thing, so they share one page.
 */
export function createPageLoader<P extends StreamPage<unknown>>(
  fetchPage: (params: string, cursor: string | null) => Promise<P>,
  requestOf: (params: string) => string = (params) => params,
): DataLoader<PageKey, P, string> {
  return createKeyLoader(
    (key: PageKey) => fetchPage(key.params, key.cursor),
    (key) => `${requestOf(key.params)}#${key.cursor ?? ''}`,
  );
}
