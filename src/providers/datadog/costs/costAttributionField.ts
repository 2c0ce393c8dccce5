import type { GatewayContext } from '../../../gateway/context.js';
import { connectionFromStream } from '../../../pagination/connectionFromStream.js';
import { cursorStream } from '../../../pagination/cursorChain.js';
import type { CostAttributionPage } from './monthlyCostAttributionClient.js';
import type { CostAttributionRequest } from './costAttributionArgs.js';
import type { MonthlyCostAttributionConnectionModel } from './costModels.js';
import { connectionOptions } from '../../../pagination/connectionOptions.js';

/**
 * Resolves the `monthlyCostAttribution` connection over the upstream's `next_record_id` chain. The
 * upstream repeats `meta.aggregates` (computed over every row) on every page, so the connection keeps
 * those of the first page it reads; only a page that reads nothing costs a request for them.
 */
export async function resolveMonthlyCostAttribution(
  ctx: GatewayContext,
  req: CostAttributionRequest,
): Promise<MonthlyCostAttributionConnectionModel> {
  const params = JSON.stringify(req.query);
  const pages = ctx.loaders.costs.costAttributionPages;
  let seen: CostAttributionPage | null = null;
  const remembering = {
    load: async (key: { params: string; cursor: string | null }): Promise<CostAttributionPage> => {
      const page = await pages.load(key);
      seen ??= page;
      return page;
    },
  };
  const connection = await connectionFromStream(
    cursorStream([params], remembering),
    req.page,
    connectionOptions(ctx, `GetMonthlyCostAttribution|${params}|${ctx.credentialScope}`),
  );
  const firstRead: CostAttributionPage | null = seen;
  return {
    ...connection,
    aggregates: async () => (firstRead ?? (await pages.load({ params, cursor: null }))).aggregates,
  };
}
