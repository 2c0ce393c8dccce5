import type { GatewayContext } from '../gateway/context.js';
import type { FocusRow } from './focusRow.js';

/** What a provider is asked for: its FOCUS rows of the billing periods (UTC months) in `[start, end)`. */
export interface FocusQuery {
  /** First billing period (a month's first instant), inclusive. */
  start: Date;
  /** End of the last billing period (a month's first instant), exclusive. */
  end: Date;
}

/** One page of a provider's FOCUS rows and the opaque cursor of its next page (null on the last). */
export interface FocusPage {
  rows: readonly FocusRow[];
  next: string | null;
}

/**
 * A provider's FOCUS mapping (`Provider.focus`): its charges as FOCUS rows, one page at a time. The
 * view pages every selected provider's chain of pages in turn, filters and merges them; nothing else
 * is asked of a provider. Pages read the provider's own loaders (`ctx.providers.<name>`), so the same
 * upstream pages serve the provider's own fields in one operation.
 *
 * - `cursor` is null for the first page, else what the previous page returned as `next`; it travels
 *   (signed) in the view's connection cursors, so a page must be readable again from it in a later
 *   request with the same query.
 * - Rows carry every required FOCUS column; money is exact. Only billing periods within the query
 *   appear. A page may be empty and still have a next.
 * - Failures reject with the provider's typed errors (MeterqlError): the view reports them naming the
 *   provider and keeps the other providers' rows.
 */
export interface FocusSource {
  /**
   * Identifies, without revealing them, the credentials `ctx` reads the provider with (its request
   * state's credential scope): the view's cursors are bound to it.
   */
  scope(ctx: GatewayContext): string;
  page(ctx: GatewayContext, query: FocusQuery, cursor: string | null): Promise<FocusPage>;
}
