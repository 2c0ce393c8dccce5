import type { GatewayContext } from '../context.js';
import { connectionFromStream, type ConnectionArgs, type RecordStream } from '../pagination/connectionFromStream.js';
import type { CostAttributionDto, CostAttributionPage } from '../upstream/datadog/monthlyCostAttribution.js';
import { MAX_PAGE_SIZE } from './checkConnectionArgs.js';
import { costAttributionQuery, type CostAttributionArgs } from './costAttributionArgs.js';
import type { MonthlyCostAttributionConnectionModel } from './costModels.js';
import { DEFAULT_PAGE_SIZE, MAX_BACKWARD_PAGES } from './hourlyUsageField.js';

/**
 * Resolves the `monthlyCostAttribution` connection over the upstream's `next_record_id` chain. The
 * upstream repeats `meta.aggregates` (computed over every row) on every page, so the connection keeps
 * those of the first page it reads; only a page that reads nothing costs a request for them.
 */
export async function resolveMonthlyCostAttribution(
  ctx: GatewayContext,
  args: CostAttributionArgs & ConnectionArgs,
): Promise<MonthlyCostAttributionConnectionModel> {
  const params = JSON.stringify(costAttributionQuery(args, ctx.now));
  const pages = ctx.loaders.costs.costAttributionPages;
  let seen: CostAttributionPage | null = null;
  const read = async (cursor: string | null): Promise<CostAttributionPage> => {
    const page = await pages.load({ params, cursor });
    seen ??= page;
    return page;
  };
  const stream: RecordStream<CostAttributionDto> = {
    segmentCount: 1,
    open: async () => ({ params, page: await read(null) }),
    page: (_segment, _params, cursor) => read(cursor),
    include: () => true,
  };
  const connection = await connectionFromStream(stream, args, {
    viewKey: `GetMonthlyCostAttribution|${params}|${ctx.credentialScope}`,
    secret: ctx.cursorSecret,
    defaultPageSize: DEFAULT_PAGE_SIZE,
    maxPageSize: MAX_PAGE_SIZE,
    maxBackwardPages: MAX_BACKWARD_PAGES,
  });
  const firstRead: CostAttributionPage | null = seen;
  return {
    ...connection,
    aggregates: async () => (firstRead ?? (await pages.load({ params, cursor: null }))).aggregates,
  };
}
