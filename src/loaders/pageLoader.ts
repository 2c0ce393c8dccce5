import type DataLoader from 'dataloader';
import type { StreamPage } from '../pagination/connectionFromStream.js';
import { createLoader } from './createLoader.js';

/** One upstream page: the normalized request parameters and the upstream cursor (`null`: first page). */
export interface PageKey {
  params: string;
  cursor: string | null;
}

export type PageLoader<T> = DataLoader<PageKey, StreamPage<T>, string>;

/**
 * A loader of upstream pages for an endpoint paged by an upstream cursor (`next_record_id`). Within
 * one operation an identical page (same params, same cursor) is fetched once, whichever fields ask
 * for it; failures are not kept. `fetchPage` rejects only with typed errors.
 */
export function createPageLoader<T>(
  fetchPage: (params: string, cursor: string | null) => Promise<StreamPage<T>>,
): PageLoader<T> {
  return createLoader(
    (keys) => Promise.all(keys.map((key) => fetchPage(key.params, key.cursor).catch((err: unknown) => err as Error))),
    (key) => `${key.params}#${key.cursor ?? ''}`,
  );
}
