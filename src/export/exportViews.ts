import { focusExportView } from '../focus/focusExportView.js';
import type { AnyExportView } from './exportView.js';

/** The views the core serves itself, whatever the providers. */
const CORE_VIEWS: readonly AnyExportView[] = [focusExportView];

/**
 * Every view `GET /export/<name>.<csv|ndjson>` serves, by name: the core's (`focus`) and each
 * provider's own (`Provider.exports`). Throws when two share a name, so a clash fails start-up.
 */
export function exportViews(
  providers: ReadonlyArray<{ readonly name: string; readonly exports?: readonly AnyExportView[] }>,
): ReadonlyMap<string, AnyExportView> {
  const views = new Map<string, AnyExportView>();
  const owners = new Map<string, string>();
  const add = (view: AnyExportView, owner: string): void => {
    const clash = owners.get(view.name);
    if (clash !== undefined)
      throw new Error(`Export view ${view.name} is declared by both ${clash} and ${owner}; names must be unique`);
    views.set(view.name, view);
    owners.set(view.name, owner);
  };
  for (const view of CORE_VIEWS) add(view, 'the core');
  for (const provider of providers) for (const view of provider.exports ?? []) add(view, `provider ${provider.name}`);
  return views;
}
