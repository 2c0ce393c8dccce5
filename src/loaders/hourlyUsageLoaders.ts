import type DataLoader from 'dataloader';
import {
  fetchHourlyUsagePage,
  HOURLY_USAGE_MAX_PAGE_LIMIT,
  type HourlyUsageDto,
} from '../upstream/datadog/hourlyUsage.js';
import type { DatadogApi } from '../upstream/datadog/datadogApi.js';
import type { StreamPage } from '../pagination/connectionFromStream.js';
import { formatSegmentParams, parseSegmentParams } from '../streams/hourlyUsageParams.js';
import type { HourlyUsageScope } from '../streams/hourlyUsageView.js';
import { createLoader } from './createLoader.js';
import type { OrgDirectory } from './orgDirectory.js';

/** One upstream page: the segment params and the upstream cursor (`null` for the first page). */
export interface HourlyUsagePageKey {
  params: string;
  cursor: string | null;
}

/** A request to open one segment (time window) for one view; the loader decides the upstream params. */
export interface HourlyUsageOpenKey {
  start: Date;
  end: Date;
  /** Sorted family names; null for all. */
  families: readonly string[] | null;
  scope: HourlyUsageScope;
}

export interface OpenedSegment {
  params: string;
  page: StreamPage<HourlyUsageDto>;
}

export type HourlyUsagePageLoader = DataLoader<HourlyUsagePageKey, StreamPage<HourlyUsageDto>, string>;
export type HourlyUsageOpenLoader = DataLoader<HourlyUsageOpenKey, OpenedSegment, string>;

/**
 * Loads upstream pages. Identical page requests within one operation are made once (the key is the
 * full upstream request); there is nothing to batch beyond that, as each page is its own request.
 */
export function createHourlyUsagePageLoader(api: DatadogApi): HourlyUsagePageLoader {
  return createLoader(
    (keys) =>
      Promise.all(
        keys.map(async (key) => {
          const p = parseSegmentParams(key.params);
          try {
            const page = await fetchHourlyUsagePage(api, {
              start: p.start,
              end: p.end,
              productFamilies: p.families,
              includeDescendants: p.includeDescendants,
              pageLimit: p.pageLimit,
              nextRecordId: key.cursor,
            });
            return { records: page.records, next: page.nextRecordId };
          } catch (err) {
            return err as Error;
          }
        }),
      ),
    (key) => `${key.params}#${key.cursor ?? ''}`,
  );
}

function scopeKey(scope: HourlyUsageScope): string {
  return scope.kind === 'org'
    ? `org:${scope.publicId}`
    : scope.kind === 'account'
      ? `account:${scope.publicId ?? ''}`
      : scope.kind;
}

/**
 * Opens segments, merging every view that asks for the same time window in the same tick into ONE
 * upstream request:
 *
 * - views that differ only in product families share a request for the union of their families
 *   (`all` when any view wants all);
 * - views of different orgs (the account org, child orgs, all orgs) share one
 *   `include_descendants=true` request, which the upstream allows because segments of multi-org views
 *   are at most 24 h. Each view later keeps only its own records (`RecordStream.include`), so
 *   merging never changes what a view returns, only how many requests it costs.
 *
 * `gate`, when it returns a promise, holds a batch until it settles (see createLoaders).
 *
 * When an account-only view with an unknown account ID is merged into a descendants request, the
 * account ID is looked up in the org directory (normally already loaded by `orgs`) and written into
 * the segment params, so later pages and resumed cursors filter the same way.
 */
export function createHourlyUsageOpenLoader(
  pages: HourlyUsagePageLoader,
  directory: () => Promise<OrgDirectory>,
  gate: () => Promise<void> | null = () => null,
): HourlyUsageOpenLoader {
  return createLoader(
    async (keys) => {
      const groups = new Map<string, number[]>();
      keys.forEach((key, i) => {
        const window = `${key.start.toISOString()}|${key.end.toISOString()}`;
        groups.set(window, [...(groups.get(window) ?? []), i]);
      });
      const results: Array<OpenedSegment | Error> = new Array<OpenedSegment | Error>(keys.length);
      await Promise.all(
        [...groups.values()].map(async (indexes) => {
          const group = indexes.map((i) => keys[i] as HourlyUsageOpenKey);
          try {
            const opened = await openMerged(group, pages, directory);
            for (const i of indexes) results[i] = opened;
          } catch (err) {
            for (const i of indexes) results[i] = err as Error;
          }
        }),
      );
      return results;
    },
    (key) =>
      `${key.start.toISOString()}|${key.end.toISOString()}|${key.families?.join(',') ?? '*'}|${scopeKey(key.scope)}`,
    // A batch waits for `gate` (when there is one) and then for the views it releases to enqueue.
    (dispatch) => {
      const wait = gate();
      if (wait === null) process.nextTick(dispatch);
      else void wait.then(() => setImmediate(dispatch));
    },
  );
}

async function openMerged(
  group: readonly HourlyUsageOpenKey[],
  pages: HourlyUsagePageLoader,
  directory: () => Promise<OrgDirectory>,
): Promise<OpenedSegment> {
  const first = group[0] as HourlyUsageOpenKey;
  const includeDescendants = group.some((k) => k.scope.kind !== 'account');
  const families = group.some((k) => k.families === null)
    ? ['all']
    : [...new Set(group.flatMap((k) => k.families ?? []))].sort();
  let accountPublicId = '';
  const accountViews = group.filter((k) => k.scope.kind === 'account');
  if (includeDescendants && accountViews.length > 0) {
    const known = accountViews.map((k) => (k.scope.kind === 'account' ? k.scope.publicId : null)).find((id) => id);
    accountPublicId = known ?? (await directory()).account.publicId;
  }
  const params = formatSegmentParams({
    start: first.start,
    end: first.end,
    families,
    includeDescendants,
    pageLimit: HOURLY_USAGE_MAX_PAGE_LIMIT,
    accountPublicId,
  });
  return { params, page: await pages.load({ params, cursor: null }) };
}
