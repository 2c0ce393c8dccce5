import type DataLoader from 'dataloader';
import { fetchHourlyUsagePage, HOURLY_USAGE_MAX_PAGE_LIMIT, type HourlyUsageDto } from './hourlyUsageClient.js';
import type { DatadogApi } from '../datadogApi.js';
import type { StreamPage } from '../../../pagination/connectionFromStream.js';
import { hourlyUsageParamsCodec } from './hourlyUsageParams.js';
import { scopeKey, type HourlyUsageScope } from './hourlyUsageView.js';
import { createBatchLoader } from '../../../loaders/createBatchLoader.js';
import { createPageLoader, type PageLoader } from '../../../loaders/createPageLoader.js';
import type { OrgDirectory } from '../orgs/orgDirectory.js';
import { PRODUCT_FAMILIES } from '../api/productFamilies.js';
import { HOUR_MS } from '../../../time/utcTime.js';

/** A request to open one segment (time window) for one view; the loader decides the upstream params. */
export interface HourlyUsageOpenKey {
  start: Date;
  end: Date;
  /** Sorted family names; null for all. */
  families: readonly string[] | null;
  scope: HourlyUsageScope;
  /** The view reads every org's stream (`include_descendants=true`, 24 h windows); else its org's own. */
  multiOrg: boolean;
  /** `page[limit]` the view would ask alone (500, or fewer when it needs fewer records). */
  pageLimit: number;
}

export interface OpenedSegment {
  params: string;
  page: StreamPage<HourlyUsageDto>;
}

export type HourlyUsagePageLoader = PageLoader<HourlyUsageDto>;
export type HourlyUsageOpenLoader = DataLoader<HourlyUsageOpenKey, OpenedSegment, string> & {
  /** How many orgs the account has, when already known in this operation (no upstream call); else null. */
  orgCount(): number | null;
};

/**
 * Loads upstream pages. Identical page requests within one operation are made once (the key is the
 * full upstream request); there is nothing to batch beyond that, as each page is its own request.
 */
export function createHourlyUsagePageLoader(api: DatadogApi): HourlyUsagePageLoader {
  return createPageLoader(async (params, cursor) => {
    const p = hourlyUsageParamsCodec.decode(params);
    const page = await fetchHourlyUsagePage(api, {
      start: p.start,
      end: p.end,
      productFamilies: p.families,
      includeDescendants: p.includeDescendants,
      pageLimit: p.pageLimit,
      nextRecordId: cursor,
    });
    return { records: page.records, next: page.nextRecordId };
  });
}

/** What the segment-opening loader works with. */
export interface HourlyUsageOpenLoaderOptions {
  pages: HourlyUsagePageLoader;
  /** The org directory, for the account ID of account-only views merged into a descendants request. */
  directory: () => Promise<OrgDirectory>;
  /** How many orgs the account has, when already known (no upstream call); null when not. */
  orgCount: () => number | null;
  /** When it returns a promise, a batch is held until it settles (see createLoaders). */
  gate?: () => Promise<void> | null;
}

/**
 * Opens segments, merging the views that ask for the same time window in the same tick:
 *
 * - views of different orgs (the account org, child orgs, all orgs) share one
 *   `include_descendants=true` request, which the upstream allows because segments of multi-org views
 *   are at most 24 h. Child orgs cannot be asked for one by one anyway: the upstream returns them
 *   only alongside their siblings.
 * - views that differ in product families share a request for the union of their families (`all`
 *   when any view wants all) when that union fits in one upstream page by the catalog's count: then
 *   one call serves every view completely. A larger union is not merged: each family set keeps its
 *   own request, so paging one view later never reads through the records of the others.
 *
 * Each view keeps only its own records (`RecordStream.include`), so merging never changes what a view
 * returns, only how many requests it costs.
 *
 * When an account-only view with an unknown account ID is merged into a descendants request, the
 * account ID is looked up in the org directory (normally already loaded by `orgs`) and written into
 * the segment params, so later pages and resumed cursors filter the same way.
 */
export function createHourlyUsageOpenLoader(options: HourlyUsageOpenLoaderOptions): HourlyUsageOpenLoader {
  const { gate = () => null } = options;
  const loader = createBatchLoader<HourlyUsageOpenKey, OpenedSegment>(
    async (keys) => {
      const groups = new Map<string, number[]>();
      keys.forEach((key, i) => {
        const window = `${key.start.toISOString()}|${key.end.toISOString()}`;
        groups.set(window, [...(groups.get(window) ?? []), i]);
      });
      const results: Array<OpenedSegment | Error> = new Array<OpenedSegment | Error>(keys.length);
      await Promise.all(
        [...groups.values()].flatMap((indexes) =>
          mergeable(
            indexes.map((i) => keys[i] as HourlyUsageOpenKey),
            options.orgCount(),
          ).map(async (subset) => {
            const members = subset.map((j) => indexes[j] as number);
            try {
              const opened = await openMerged(
                members.map((i) => keys[i] as HourlyUsageOpenKey),
                options,
              );
              for (const i of members) results[i] = opened;
            } catch (err) {
              for (const i of members) results[i] = err as Error;
            }
          }),
        ),
      );
      return results;
    },
    (key) =>
      `${key.start.toISOString()}|${key.end.toISOString()}|${key.families?.join(',') ?? '*'}|${scopeKey(key.scope)}|${key.multiOrg ? 'm' : 's'}|${key.pageLimit}`,
    // A batch waits for `gate` (when there is one) and then for the views it releases to enqueue.
    (dispatch) => {
      const wait = gate();
      if (wait === null) process.nextTick(dispatch);
      else void wait.then(() => setImmediate(dispatch));
    },
  );
  return Object.assign(loader, { orgCount: options.orgCount });
}

/** The union of the views' families: sorted names, or `['all']`. */
function familiesOf(group: readonly HourlyUsageOpenKey[]): string[] {
  return group.some((k) => k.families === null) ? ['all'] : [...new Set(group.flatMap((k) => k.families ?? []))].sort();
}

/**
 * Splits the views of one window into the sets that share a request (indexes into `group`): all of
 * them when their union of families fits in one upstream page, else one set per distinct family set.
 * The count is an estimate from the catalog (orgs x families x hours); an unknown org count with
 * several orgs involved counts as "does not fit".
 */
function mergeable(group: readonly HourlyUsageOpenKey[], orgCount: number | null): number[][] {
  const all = group.map((_, i) => i);
  const first = group[0];
  if (first === undefined) return [];
  const multiOrg = group.some((k) => k.multiOrg);
  const orgs = multiOrg ? orgCount : 1;
  const families = familiesOf(group);
  const familyCount = families[0] === 'all' ? PRODUCT_FAMILIES.length : families.length;
  const hours = (first.end.getTime() - first.start.getTime()) / HOUR_MS;
  if (orgs !== null && orgs * familyCount * hours <= HOURLY_USAGE_MAX_PAGE_LIMIT) return [all];
  const bySet = new Map<string, number[]>();
  group.forEach((k, i) => {
    const set = k.families === null ? '*' : k.families.join(',');
    bySet.set(set, [...(bySet.get(set) ?? []), i]);
  });
  return [...bySet.values()];
}

async function openMerged(
  group: readonly HourlyUsageOpenKey[],
  options: HourlyUsageOpenLoaderOptions,
): Promise<OpenedSegment> {
  const first = group[0] as HourlyUsageOpenKey;
  const includeDescendants = group.some((k) => k.multiOrg);
  const families = familiesOf(group);
  let accountPublicId = '';
  const accountViews = group.filter((k) => k.scope.kind === 'account');
  if (includeDescendants && accountViews.length > 0) {
    const known = accountViews.map((k) => (k.scope.kind === 'account' ? k.scope.publicId : null)).find((id) => id);
    accountPublicId = known ?? (await options.directory()).account.publicId;
  }
  const params = hourlyUsageParamsCodec.encode({
    start: first.start,
    end: first.end,
    families,
    includeDescendants,
    // One view alone asks what it needs; views sharing a request ask the largest page.
    pageLimit: group.length === 1 ? first.pageLimit : HOURLY_USAGE_MAX_PAGE_LIMIT,
    accountPublicId,
  });
  return { params, page: await options.pages.load({ params, cursor: null }) };
}
