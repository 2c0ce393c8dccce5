import { focusExportView } from '../focus/focusExportView.js';
import type { AnyExportView } from './exportView.js';

/**
 * Every view `GET /export/<name>.<csv|ndjson>` serves, by name. Adding one (hourly usage, rollups,
 * attribution, costs) is a view module and one entry here.
 */
export const EXPORT_VIEWS: ReadonlyMap<string, AnyExportView> = new Map(
  [focusExportView].map((view): [string, AnyExportView] => [view.name, view]),
);
