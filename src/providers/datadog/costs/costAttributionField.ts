import type { GatewayContext } from '../../../gateway/context.js';
import { connectionFromStream } from '../../../pagination/connectionFromStream.js';
import { cursorStream } from '../../../pagination/cursorChain.js';
import type { CostAttributionPage } from './monthlyCostAttributionClient.js';
import type { CostAttributionRequest } from './costAttributionArgs.js';
import { costAttributionParamsCodec } from './costAttributionParams.js';
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
  const params = costAttributionParamsCodec.encode({ query: req.query });
  const pages = ctx.providers.datadog.loaders.costs.costAttributionPages;
  let seen: CostAttributionPage | null = null;
  const remembering = {
    load: async (key: { params: string; cursor: string | null }): Promise<CostAttributionPage> => {
      const page = await pages.load(key);
      seen ??= page;
      return page;
    },
  };
  const connection = await connectionFromStream(
    cursorStream(costAttributionParamsCodec, [params], remembering),
    req.page,
    connectionOptions(
      ctx,
      `GetMonthlyCostAttribution|${JSON.stringify(req.query)}|${ctx.providers.datadog.credentialScope}`,
    ),
  );
  const firstRead: CostAttributionPage | null = seen;
  return {
    ...connection,
    aggregates: async () => (firstRead ?? (await pages.load({ params, cursor: null }))).aggregates,
  };
}
