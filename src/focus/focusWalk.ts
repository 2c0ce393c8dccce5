import type { GatewayContext } from '../gateway/context.js';
import { passesFocusFilter, type FocusFilter } from './focusArgs.js';
import type { FocusRow } from './focusRow.js';
import type { FocusPage } from './focusSource.js';
import { FocusFailures, readFocusPage, type FocusProvider } from './focusSources.js';

/** An opened walk over every selected provider's FOCUS rows. */
export interface FocusWalk {
  /** The failures so far: after opening, those of the first pages; after `pages` ends, all. */
  readonly failures: FocusFailures;
  /**
   * The filtered rows, one batch per provider page, provider by provider in registry order. Reads the
   * next page only when the consumer asks for the next batch (a consumer that stops reads no
   * further). A provider failing mid-walk records its failure and the walk goes on to the next.
   */
  pages(): AsyncGenerator<FocusRow[]>;
}

/**
 * Opens a walk: reads every provider's first page concurrently with `ctx`, so a provider that is down
 * is known before anything is written. Later pages are read with `nextContext()` (the export route
 * gives a fresh context per page, so a long walk never outlives one operation's deadline).
 */
export async function openFocusWalk(
  ctx: GatewayContext,
  filter: FocusFilter,
  providers: readonly FocusProvider[],
  nextContext: () => GatewayContext = () => ctx,
): Promise<FocusWalk> {
  const failures = new FocusFailures();
  const read = (provider: FocusProvider, cursor: string | null): Promise<FocusPage | null> =>
    readFocusPage(cursor === null ? ctx : nextContext(), provider, filter.query, cursor, failures);
  const firsts: Array<FocusPage | null> = await Promise.all(providers.map((p) => read(p, null)));
  return {
    failures,
    async *pages() {
      for (const [i, provider] of providers.entries()) {
        let page = firsts[i] ?? null;
        // Released once consumed: the walk holds one page at a time.
        firsts[i] = null;
        while (page !== null) {
          const rows = page.rows.filter((row) => passesFocusFilter(filter, row));
          if (rows.length > 0) yield rows;
          page = page.next === null ? null : await read(provider, page.next);
        }
      }
    },
  };
}
