import type { RecordStream } from '../pagination/connectionFromStream.js';
import type { HourlyUsageDto } from '../upstream/datadog/hourlyUsage.js';
import type { HourlyUsageOpenLoader, HourlyUsagePageLoader } from '../loaders/hourlyUsageLoaders.js';
import { parseSegmentParams } from './hourlyUsageParams.js';
import { planSegments, type HourlyUsageView } from './hourlyUsageView.js';

/**
 * The record stream behind one `hourlyUsage` connection: the view's window split into upstream-sized
 * segments, each opened through the merging loader and paged through the page loader. The view keeps
 * only its own families and orgs from whatever wider upstream stream a segment was read with.
 */
export function hourlyUsageStream(
  view: HourlyUsageView,
  loaders: { open: HourlyUsageOpenLoader; pages: HourlyUsagePageLoader },
): RecordStream<HourlyUsageDto> {
  const segments = planSegments(view);
  const families = view.families === null ? null : new Set(view.families);
  const { scope } = view;
  // The account filter of a segment depends on its params; parse each params string once, not per record.
  const accountFilter = new Map<string, string | null>();
  const accountOf = (params: string): string | null => {
    let id = accountFilter.get(params);
    if (id === undefined) {
      const p = parseSegmentParams(params);
      id = p.includeDescendants ? (scope.kind === 'account' && scope.publicId) || p.accountPublicId : null;
      accountFilter.set(params, id);
    }
    return id;
  };
  return {
    segmentCount: segments.length,
    open(segment) {
      const s = segments[segment];
      if (s === undefined) throw new RangeError(`segment ${segment} of ${segments.length}`);
      return loaders.open.load({ start: s.start, end: s.end, families: view.families, scope });
    },
    page(_segment, params, cursor) {
      return loaders.pages.load({ params, cursor });
    },
    include(record, params) {
      if (families !== null && !families.has(record.product_family)) return false;
      switch (scope.kind) {
        case 'descendants':
          return true;
        case 'org':
          return record.public_id === scope.publicId;
        case 'account': {
          const account = accountOf(params);
          return account === null || record.public_id === account;
        }
      }
    },
  };
}
