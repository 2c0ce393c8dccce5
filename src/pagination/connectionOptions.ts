import type { GatewayContext } from '../gateway/context.js';
import type { ConnectionOptions } from './connectionFromStream.js';
import { MAX_PAGE_SIZE } from './checkConnectionArgs.js';

/** Page size when the client gives neither `first` nor `last`. */
export const DEFAULT_PAGE_SIZE = 100;
/** The most upstream pages one backward (`last`) page may read. */
export const MAX_BACKWARD_PAGES = 20;

/** The options every connection of the schema is served with: one set of sizes, cursors bound to `viewKey`. */
export function connectionOptions(ctx: GatewayContext, viewKey: string): ConnectionOptions {
  return {
    viewKey,
    secret: ctx.cursorSecret,
    defaultPageSize: DEFAULT_PAGE_SIZE,
    maxPageSize: MAX_PAGE_SIZE,
    maxBackwardPages: MAX_BACKWARD_PAGES,
  };
}
