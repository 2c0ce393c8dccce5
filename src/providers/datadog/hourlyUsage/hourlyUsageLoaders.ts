import { fetchHourlyUsagePage, HOURLY_USAGE_MAX_PAGE_LIMIT, type HourlyUsageDto } from './hourlyUsageClient.js';
import type { DatadogApi } from '../datadogApi.js';
import type { StreamPage } from '../../../pagination/connectionFromStream.js';
import { hourlyUsageParamsCodec, type HourlyUsageSegmentParams } from './hourlyUsageParams.js';
import { scopeKey, type HourlyUsageScope } from './hourlyUsageView.js';
import { createEagerBatchLoader } from '../../../loaders/createEagerBatchLoader.js';
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

/** A multi-org window to read at once, before any view asks for it (see {@link HourlyUsageOpenLoader.openAhead}). */
export interface WindowAhead {
  start: Date;
  end: Date;
  /** Sorted family names; null for all. */
  families: readonly string[] | null;
}

export type HourlyUsagePageLoader = PageLoader<HourlyUsageDto>;

/** Opens the segments of hourly-usage views (see {@link createHourlyUsageOpenLoader}). */
export interface HourlyUsageOpenLoader {
  /** Opens one segment of one view: resolves as soon as the first page of its own request lands. */
  load(key: HourlyUsageOpenKey): Promise<OpenedSegment>;
  /** How many orgs the account has, when already known in this operation (no upstream call); else null. */
  orgCount(): number | null;
  /** Whether the operation opens per-org views (they follow the org directory). */
  perOrgViews(): boolean;
  /**
   * Reads the given multi-org windows at once (`include_descendants=true`, `page[limit]` 500), for
   * per-org views the operation will open once the org directory is known: their views then join
   * these requests, and no batch waits for the directory.
   */
  openAhead(windows: readonly WindowAhead[]): void;
  /**
   * Whether this operation already reads, in one request, the multi-org window `[start, end)` with
   * these families (or wider ones that still fit one page), so a view can join it at no extra call.
   */
  readsWindow(start: Date, end: Date, families: readonly string[] | null): boolean;
  /**
   * When the operation will open per-org views: resolves once every view queued so far has been
   * dispatched, so {@link readsWindow} knows their requests. Null when there is nothing to wait for.
   */
  settle(): Promise<void> | null;
}

/**
 * The upstream request `params` stand for: the params without what only the gateway reads
 * (`accountPublicId`, which org an account-only view keeps).
 */
function upstreamRequestOf(params: string): string {
  const p = hourlyUsageParamsCodec.decode(params);
  return p.accountPublicId === '' ? params : hourlyUsageParamsCodec.encode({ ...p, accountPublicId: '' });
}

/**
 * Loads upstream pages. Identical page requests within one operation are made once (the key is the
 * upstream request: params that differ only in the account filter share a page); there is nothing
 * to batch beyond that, as each page is its own request.
 */
export function createHourlyUsagePageLoader(api: DatadogApi): HourlyUsagePageLoader {
  // Each params string is read once per operation, not on every page of its chain.
  const requests = new Map<string, string>();
  const requestOf = (params: string): string => {
    let request = requests.get(params);
    if (request === undefined) requests.set(params, (request = upstreamRequestOf(params)));
    return request;
  };
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
  }, requestOf);
}

/** What the segment-opening loader works with. */
export interface HourlyUsageOpenLoaderOptions {
  pages: HourlyUsagePageLoader;
  /** The org directory, for the account ID of account-only views merged into a descendants request. */
  directory: () => Promise<OrgDirectory>;
  /** How many orgs the account has, when already known (no upstream call); null when not. */
  orgCount: () => number | null;
  /**
   * Whether the operation opens per-org views (they follow the org directory). Unless their windows
   * were opened ahead, a batch is then held until the directory arrives, so that views opened before
   * it share their requests with the per-org views; and account views wait for the views queued
   * beside them before planning (see `settle`).
   */
  perOrgViews?: () => boolean;
}

/** One upstream request this operation started: the first page of one segment's stream. */
interface OpenRequest {
  /** Its params, without an account filter (`accountPublicId` empty). */
  params: HourlyUsageSegmentParams;
  page: Promise<StreamPage<HourlyUsageDto>>;
}

/** Which family set a view, window or load reads, as one comparable text (`*`: every family). */
export const familiesKey = (families: readonly string[] | null | undefined): string => families?.join(',') ?? '*';

const windowKey = (start: Date, end: Date): string => `${start.toISOString()}|${end.toISOString()}`;

/**
 * Opens segments, merging the views that ask for the same time window:
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
 * Views asking in the same tick are merged as they are batched; a view asking later joins a request
 * this operation already started when that request serves it by the same rules (see `serves`), so
 * views need not arrive together to share a request. Each view resolves as soon as the first page of
 * its own request lands, never waiting for other windows of its batch.
 *
 * Each view keeps only its own records (`RecordStream.include`), so merging never changes what a view
 * returns, only how many requests it costs.
 *
 * When an account-only view with an unknown account ID joins a descendants request, the account ID
 * is looked up in the org directory, while the request is already on its way, and written into the
 * segment params, so later pages and resumed cursors filter the same way.
 */
export function createHourlyUsageOpenLoader(options: HourlyUsageOpenLoaderOptions): HourlyUsageOpenLoader {
  const perOrgViews = options.perOrgViews ?? (() => false);
  /** The requests started in this operation, by window. */
  const started = new Map<string, OpenRequest[]>();
  let openedAhead = false;
  /** The batch queued but not yet dispatched, if any. */
  let pending: Promise<void> | null = null;

  const start = (params: HourlyUsageSegmentParams): OpenRequest => {
    const key = windowKey(params.start, params.end);
    const request: OpenRequest = {
      params,
      page: options.pages.load({ params: hourlyUsageParamsCodec.encode(params), cursor: null }),
    };
    started.set(key, [...(started.get(key) ?? []), request]);
    // A failure is not kept: the next view asking for the window asks the upstream again.
    request.page.catch(() => {
      const left = (started.get(key) ?? []).filter((r) => r !== request);
      if (left.length === 0) started.delete(key);
      else started.set(key, left);
    });
    return request;
  };

  const open = (group: readonly HourlyUsageOpenKey[]): Promise<OpenedSegment> => {
    const first = group[0] as HourlyUsageOpenKey;
    const orgCount = options.orgCount();
    const request =
      started.get(windowKey(first.start, first.end))?.find((r) => serves(r.params, group, orgCount)) ??
      start({
        start: first.start,
        end: first.end,
        families: familiesOf(group),
        includeDescendants: group.some((k) => k.multiOrg),
        // One view alone asks what it needs; views sharing a request ask the largest page.
        pageLimit: group.length === 1 ? first.pageLimit : HOURLY_USAGE_MAX_PAGE_LIMIT,
        accountPublicId: '',
      });
    const accountViews = group.filter((k) => k.scope.kind === 'account');
    let accountPublicId: Promise<string> | string = '';
    if (request.params.includeDescendants && accountViews.length > 0) {
      const known = accountViews.map((k) => (k.scope.kind === 'account' ? k.scope.publicId : null)).find((id) => id);
      accountPublicId = known ?? options.directory().then((d) => d.account.publicId);
    }
    return Promise.all([request.page, accountPublicId]).then(([page, id]) => ({
      params: hourlyUsageParamsCodec.encode({ ...request.params, accountPublicId: id }),
      page,
    }));
  };

  const loader = createEagerBatchLoader<HourlyUsageOpenKey, OpenedSegment>(
    (keys) => {
      const groups = new Map<string, number[]>();
      keys.forEach((key, i) => {
        const window = windowKey(key.start, key.end);
        groups.set(window, [...(groups.get(window) ?? []), i]);
      });
      const answers = new Array<Promise<OpenedSegment>>(keys.length);
      for (const indexes of groups.values()) {
        const group = indexes.map((i) => keys[i] as HourlyUsageOpenKey);
        for (const subset of mergeable(group, options.orgCount())) {
          const opened = open(subset.map((j) => group[j] as HourlyUsageOpenKey));
          for (const j of subset) answers[indexes[j] as number] = opened;
        }
      }
      return answers;
    },
    (key) =>
      `${key.start.toISOString()}|${key.end.toISOString()}|${familiesKey(key.families)}|${scopeKey(key.scope)}|${key.multiOrg ? 'm' : 's'}|${key.pageLimit}`,
    // A batch waits for the org directory when per-org views will follow it and their windows were not
    // opened ahead (decided when the batch goes, so views planned ahead in the same tick count), and
    // then for the views it releases to enqueue.
    (dispatch) => {
      let dispatched!: () => void;
      const batch = new Promise<void>((resolve) => (dispatched = resolve));
      pending = batch;
      const run = (): void => {
        if (pending === batch) pending = null;
        dispatch();
        dispatched();
      };
      process.nextTick(() => {
        if (openedAhead || !perOrgViews()) run();
        else
          void options.directory().then(
            () => setImmediate(run),
            () => setImmediate(run),
          );
      });
    },
  );

  return {
    load: (key) => loader.load(key),
    orgCount: options.orgCount,
    perOrgViews,
    openAhead(windows) {
      openedAhead = true;
      for (const w of windows) {
        const view: HourlyUsageOpenKey = {
          ...w,
          scope: { kind: 'descendants' },
          multiOrg: true,
          pageLimit: HOURLY_USAGE_MAX_PAGE_LIMIT,
        };
        const known = started.get(windowKey(w.start, w.end));
        if (known?.some((r) => serves(r.params, [view], options.orgCount()))) continue;
        start({
          start: w.start,
          end: w.end,
          families: familiesOf([view]),
          includeDescendants: true,
          pageLimit: HOURLY_USAGE_MAX_PAGE_LIMIT,
          accountPublicId: '',
        });
      }
    },
    readsWindow(from, to, families) {
      const view: HourlyUsageOpenKey = {
        start: from,
        end: to,
        families,
        scope: { kind: 'account', publicId: null },
        multiOrg: true,
        pageLimit: HOURLY_USAGE_MAX_PAGE_LIMIT,
      };
      return (started.get(windowKey(from, to)) ?? []).some((r) => serves(r.params, [view], options.orgCount()));
    },
    settle() {
      if (!perOrgViews()) return null;
      return (async () => {
        // Views resolving beside this one queue theirs within this turn of the event loop...
        await new Promise<void>((resolve) => setImmediate(resolve));
        // ...and their batch may be held for the org directory.
        while (pending !== null) await pending;
      })();
    },
  };
}

/** The union of the views' families: sorted names, or `['all']`. */
function familiesOf(group: readonly Pick<HourlyUsageOpenKey, 'families'>[]): string[] {
  return group.some((k) => k.families === null) ? ['all'] : [...new Set(group.flatMap((k) => k.families ?? []))].sort();
}

/** How many records a stream of these families over `[start, end)` holds, by the catalog; null when the org count is unknown. */
function recordsOf(
  params: Pick<HourlyUsageSegmentParams, 'start' | 'end' | 'families' | 'includeDescendants'>,
  orgCount: number | null,
): number | null {
  const orgs = params.includeDescendants ? orgCount : 1;
  if (orgs === null) return null;
  const familyCount = params.families[0] === 'all' ? PRODUCT_FAMILIES.length : params.families.length;
  return (orgs * familyCount * (params.end.getTime() - params.start.getTime())) / HOUR_MS;
}

/**
 * Whether a started request serves a group of views of its window as well as a request of their own
 * would: it reads every org they show (descendants, or just the account for views of one org read
 * alone), every family they show, and either exactly their families or a union that fits in one
 * upstream page (so none of them pages through others' records), with pages no smaller than theirs.
 */
function serves(
  request: HourlyUsageSegmentParams,
  group: readonly HourlyUsageOpenKey[],
  orgCount: number | null,
): boolean {
  if (group.some((k) => k.multiOrg) && !request.includeDescendants) return false;
  const wanted = familiesOf(group);
  const all = request.families[0] === 'all';
  if (!all && (wanted[0] === 'all' || wanted.some((f) => !request.families.includes(f)))) return false;
  const exact = wanted.join(',') === request.families.join(',');
  const records = recordsOf(request, orgCount);
  if (!exact && (records === null || records > HOURLY_USAGE_MAX_PAGE_LIMIT)) return false;
  const pageLimit = group.length === 1 ? (group[0] as HourlyUsageOpenKey).pageLimit : HOURLY_USAGE_MAX_PAGE_LIMIT;
  return request.pageLimit >= pageLimit;
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
  const records = recordsOf(
    {
      start: first.start,
      end: first.end,
      families: familiesOf(group),
      includeDescendants: group.some((k) => k.multiOrg),
    },
    orgCount,
  );
  if (records !== null && records <= HOURLY_USAGE_MAX_PAGE_LIMIT) return [all];
  const bySet = new Map<string, number[]>();
  group.forEach((k, i) => {
    const set = familiesKey(k.families);
    bySet.set(set, [...(bySet.get(set) ?? []), i]);
  });
  return [...bySet.values()];
}
