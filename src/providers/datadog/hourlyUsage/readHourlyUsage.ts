import type { GatewayContext } from '../../../gateway/context.js';
import type { HourlyUsageDto } from './hourlyUsageClient.js';
import { hourlyUsageStream } from './hourlyUsageStream.js';
import { upstreamWindows, type HourlyUsagePlan, type HourlyUsageView } from './hourlyUsageView.js';

/** One upstream page of a view read to its end: the view's records of it. */
export interface HourlyUsageBatch {
  records: readonly HourlyUsageDto[];
  /**
   * Set on the last page of a segment: every hour before this instant has been read (segments are
   * read in time order, and a segment holds every record of its hours).
   */
  through: Date | null;
}

/** The most segments read at once: the current one and those opened ahead of it. */
const OPEN_AHEAD = 4;

function streamOf(view: HourlyUsageView, ctx: GatewayContext, kind: HourlyUsagePlan['kind'] | null) {
  const { loaders } = ctx.providers.datadog;
  return hourlyUsageStream(
    view,
    { open: loaders.hourlyUsageOpen, pages: loaders.hourlyUsagePages, headroom: loaders.hourlyUsageHeadroom },
    { kind },
  );
}

/**
 * Reads a view of hourly usage from its start to its end, one batch per upstream page, with the very
 * requests `hourlyUsage` reads it with (hourlyUsageStream: the same plan, windows, merging loaders,
 * `page[limit]` 500 and page cache), so a view read here and paged through `hourlyUsage` in bulk
 * (pages of 500 or more) costs the same upstream calls, and either finds the other's pages cached. Up to four segments are opened at
 * once; pages are read only as the consumer asks for them (one that stops reads no further).
 *
 * The first read is made with `ctx` (the one the arguments were checked with), and the plan is chosen
 * with it and kept for every later read; `contextFor` gives the context of each later read: the
 * operation's own for a GraphQL field (the default), a fresh one per page for an export (so a long
 * read never outlives one operation's deadline).
 */
export async function* readHourlyUsage(
  view: HourlyUsageView,
  ctx: GatewayContext,
  contextFor: () => GatewayContext = () => ctx,
): AsyncGenerator<HourlyUsageBatch> {
  const first = streamOf(view, ctx, null);
  const kind = first.planKind;
  const segments = upstreamWindows(view.start, view.end, kind === 'multi-org');
  const opened = new Map<number, ReturnType<typeof first.open>>();
  const openAt = (i: number): void => {
    if (i >= segments.length || opened.has(i)) return;
    const stream = i === 0 ? first : streamOf(view, contextFor(), kind);
    const opening = stream.open(i, null);
    // A segment opened ahead and never reached (the consumer stopped) must not reject unhandled.
    opening.catch(() => undefined);
    opened.set(i, opening);
  };
  for (let i = 0; i < segments.length; i++) {
    for (let j = i; j < i + OPEN_AHEAD; j++) openAt(j);
    const { params, page: firstPage } = await (opened.get(i) as ReturnType<typeof first.open>);
    opened.delete(i);
    const end = (segments[i] as { end: Date }).end;
    for (let page = firstPage; ;) {
      const records = page.records.filter((r) => first.include(r, params));
      yield { records, through: page.next === null ? end : null };
      if (page.next === null) break;
      page = await streamOf(view, contextFor(), kind).page(i, params, page.next);
    }
  }
}
