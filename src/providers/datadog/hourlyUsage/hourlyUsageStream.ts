import type { RecordStream } from '../../../pagination/connectionFromStream.js';
import { HOURLY_USAGE_MAX_PAGE_LIMIT, type HourlyUsageDto } from './hourlyUsageClient.js';
import type { HourlyUsageOpenLoader, HourlyUsagePageLoader } from './hourlyUsageLoaders.js';
import { PRODUCT_FAMILIES } from '../api/productFamilies.js';
import { HOUR_MS } from '../../../time/utcTime.js';
import { hourlyUsageParamsCodec } from './hourlyUsageParams.js';
import { planSegments, type HourlyUsagePlan, type HourlyUsageView, type PlanContext } from './hourlyUsageView.js';

/** Forward pages larger than this (page size plus look-ahead) are bulk reads, worth reading ahead for. */
export const READ_AHEAD_MIN_PAGE = 500;
/** How many segments after the current one a bulk read reads ahead when the rate-limit budget is not known. */
const READ_AHEAD_SEGMENTS = 3;
/** The most segments a bulk read reads ahead, however large the budget (one connection pool's worth). */
export const READ_AHEAD_MAX_SEGMENTS = 16;
/**
 * Calls of the budget left that reading the rest of a walk ahead leaves to other callers: four, what
 * an interactive operation's first page needs at most (a forward page opens up to four segments at
 * once, hourlyUsageField's OPEN_AHEAD; a dashboard or per-org query takes one or two), so the next
 * client is answered without waiting for the budget's period to roll over.
 */
export const READ_AHEAD_RESERVE = 4;

/**
 * The record stream behind one `hourlyUsage` connection: the view's window split into upstream-sized
 * segments by the cheaper plan (see planSegments; `planning` passes what the operation already reads,
 * or the plan a resumed cursor was read with), each opened through the merging loader and paged
 * through the page loader. The view keeps only its own families and orgs from whatever wider
 * upstream stream a segment was read with.
 *
 * `page[limit]` is the largest useful one: 500, or, when the view is the whole upstream stream (no
 * record is filtered out), the segment needs several pages anyway (more than 500 records) and the
 * connection needs fewer, just what it needs (`first` plus the look-ahead record). Without a page
 * cache, a segment that fits one page is read in one page, so resuming it later costs one call; with
 * one (`readAhead`), resuming re-reads the cursor's page from the cache, so even such a segment is
 * read just as far as the connection needs.
 *
 * With a page cache (`readAhead`), a bulk forward page (`first` of 500 or more) that ends with more to
 * come reads ahead in the background: the rest of its segment and the next segments, with the very
 * parameters the next page's walk will use, so a BI client paging to the end finds them cached. How
 * far depends on the rate-limit budget left (`headroom`): at most half of it, in upstream pages by the
 * segments' estimates, so the other half stays for the requests clients are waiting on (and reading
 * ahead never makes them wait for the budget, nor draws a 429); up to 16 segments when it is large or
 * unlimited; three while it is not known yet. When the rest of the walk (within those 16 segments)
 * fits in what is left with {@link READ_AHEAD_RESERVE} calls to spare, it is read ahead whole: half
 * would make the walk's last pages wait for their own calls while the budget stood unused.
 * Segments this gateway already read ahead for these credentials in the last minute (`readsAhead`,
 * shared across operations) are neither asked for again nor counted again: their cost is already
 * spent or in flight in the headroom, so a later page of the walk reaches further instead.
 */
export function hourlyUsageStream(
  view: HourlyUsageView,
  loaders: {
    open: HourlyUsageOpenLoader;
    pages: HourlyUsagePageLoader;
    readAhead?: boolean;
    /** How many more hourly-usage requests the rate-limit budget allows now; null while unknown. */
    headroom?: () => number | null;
    /** The segments read ahead recently, across operations (by {@link segmentKey}-like keys). */
    readsAhead?: { has(key: string): boolean; note(key: string): void };
  },
  planning: { beside?: PlanContext | null; kind?: HourlyUsagePlan['kind'] | null } = {},
): RecordStream<HourlyUsageDto> & { readonly planKind: HourlyUsagePlan['kind'] } {
  const familyCount = view.families?.length ?? PRODUCT_FAMILIES.length;
  const plan = planSegments(view, loaders.open.orgCount(), familyCount, planning.beside ?? null, planning.kind ?? null);
  const { segments } = plan;
  const multiOrg = plan.kind === 'multi-org';
  const families = view.families === null ? null : new Set(view.families);
  const { scope } = view;
  // What, besides a segment's window and the page size, names the upstream requests it is read with.
  const viewKey = `${plan.kind}|${view.families?.join(',') ?? '*'}|${JSON.stringify(scope)}`;
  // Every record of the upstream stream belongs to the view: a smaller page then reads no waste.
  const wholeStream = scope.kind === 'descendants' || (scope.kind === 'account' && !multiOrg);
  // The account filter of a segment depends on its params; parse each params string once, not per record.
  const accountFilter = new Map<string, string | null>();
  const accountOf = (params: string): string | null => {
    let id = accountFilter.get(params);
    if (id === undefined) {
      const p = hourlyUsageParamsCodec.decode(params);
      id = p.includeDescendants ? (scope.kind === 'account' && scope.publicId) || p.accountPublicId : null;
      accountFilter.set(params, id);
    }
    return id;
  };
  // Orgs seen in this view's multi-org pages: a floor for the org count when the directory is not
  // loaded, so estimates (and with them prefetching) do not take every org for one.
  const seenOrgs = new Set<string>();
  const seen = <P extends { records: readonly HourlyUsageDto[] }>(page: P): P => {
    if (scope.kind === 'descendants' && seenOrgs.size < 10_000) for (const r of page.records) seenOrgs.add(r.public_id);
    return page;
  };
  return {
    /** The plan chosen (part of the view's cursor identity: see hourlyUsageViewKey). */
    planKind: plan.kind,
    segmentCount: segments.length,
    open(segment, wanted) {
      const s = segments[segment];
      if (s === undefined) throw new RangeError(`segment ${segment} of ${segments.length}`);
      const pageLimit =
        wholeStream &&
        wanted !== undefined &&
        wanted !== null &&
        wanted > 0 &&
        ((plan.records[segment] ?? 0) > HOURLY_USAGE_MAX_PAGE_LIMIT || loaders.readAhead === true)
          ? Math.min(HOURLY_USAGE_MAX_PAGE_LIMIT, wanted)
          : HOURLY_USAGE_MAX_PAGE_LIMIT;
      return loaders.open
        .load({ start: s.start, end: s.end, families: view.families, scope, multiOrg, pageLimit })
        .then((opened) => ({ ...opened, page: seen(opened.page) }));
    },
    page(_segment, params, cursor) {
      return loaders.pages.load({ params, cursor }).then(seen);
    },
    readAhead(position, wanted) {
      if (!loaders.readAhead || wanted <= READ_AHEAD_MIN_PAGE) return;
      const headroom = loaders.headroom?.() ?? null;
      const pagesOf = (segment: number): number =>
        Math.max(1, Math.ceil((this.estimate?.(segment) ?? 0) / HOURLY_USAGE_MAX_PAGE_LIMIT));
      const { readsAhead } = loaders;
      // A segment read ahead as this walk reads it (the same opening, so the same upstream requests).
      const keyOf = (segment: number): string => {
        const s = segments[segment]!;
        return `${viewKey}|${s.start.getTime()}|${s.end.getTime()}|${wanted}`;
      };
      const already = (segment: number): boolean => readsAhead?.has(keyOf(segment)) === true;
      // What is left to read: the pages left in the segment the page ended in, then the next
      // segments not read ahead yet, as far as reading ahead goes.
      const most = headroom === null ? READ_AHEAD_SEGMENTS : READ_AHEAD_MAX_SEGMENTS;
      const lastAhead = Math.min(segments.length - 1, position.segment + most);
      const restHere = already(position.segment) ? 0 : Math.max(0, pagesOf(position.segment) - position.ordinal - 1);
      const ahead: number[] = [];
      for (let j = position.segment + 1; j <= lastAhead; j++) if (!already(j)) ahead.push(j);
      const rest = ahead.reduce((n, j) => n + pagesOf(j), restHere);
      // Upstream pages reading ahead may take: the whole rest when it fits with the reserve to
      // spare, else half of what the budget has left.
      let pages =
        headroom === null
          ? Number.POSITIVE_INFINITY
          : rest + READ_AHEAD_RESERVE <= headroom
            ? rest
            : Math.floor(headroom / 2);
      if (pages < 1) return;
      pages -= restHere;
      // Follows a segment's page chain to its end; every page lands in the upstream page cache.
      const chase = async (params: string, cursor: string | null): Promise<void> => {
        for (let next = cursor; next !== null;) next = (await loaders.pages.load({ params, cursor: next })).next;
      };
      const quietly = (work: Promise<void>): void => void work.catch(() => undefined);
      // The rest of the segment the page ended in (its current page is already read, so a hit)...
      quietly(
        loaders.pages
          .load({ params: position.params, cursor: position.page })
          .then((p) => chase(position.params, p.next)),
      );
      // ...and the next segments, opened exactly as the next page's walk will open them, as far as
      // the budget's share goes (each costs its estimated pages).
      for (const j of ahead) {
        pages -= pagesOf(j);
        if (pages < 0) break;
        readsAhead?.note(keyOf(j));
        quietly(this.open(j, wanted).then((opened) => chase(opened.params, opened.page.next)));
      }
    },
    estimate(segment) {
      const s = segments[segment];
      if (s === undefined) return 0;
      // The org count may have arrived since planning (the operation also asked for orgs).
      const orgs = scope.kind === 'descendants' ? (loaders.open.orgCount() ?? Math.max(1, seenOrgs.size)) : 1;
      return (orgs * familyCount * (s.end.getTime() - s.start.getTime())) / HOUR_MS;
    },
    paramsCodec: hourlyUsageParamsCodec,
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
