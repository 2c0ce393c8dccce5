import type { GatewayContext } from '../../../gateway/context.js';
import { connectionFromStream, type ConnectionArgs } from '../../../pagination/connectionFromStream.js';
import { connectionOptions } from '../../../pagination/connectionOptions.js';
import { cursorStream } from '../../../pagination/cursorChain.js';
import type { F5xcUsageItemModel } from '../usageDetails/usageDetailsModels.js';
import type { F5xcHourlyUsageRecord } from './hourlyUsageClient.js';
import type { F5xcHourlyUsageConnectionModel } from './hourlyUsageModels.js';
import { hourlyUsageParamsCodec } from './hourlyUsageParams.js';

/**
 * Resolves `F5xcUsageItem.hourlyBreakdown`: the item's hours (F5 answers them in one unpaged answer,
 * so the stream is one page with no upstream cursor), paged by `connectionFromStream`. Read only when
 * selected; one request per distinct item in the operation (the loader).
 */
export async function resolveHourlyBreakdown(
  ctx: GatewayContext,
  item: F5xcUsageItemModel,
  page: ConnectionArgs,
): Promise<F5xcHourlyUsageConnectionModel> {
  const { credentialScope, loaders } = ctx.providers.f5xc;
  const params = hourlyUsageParamsCodec.encode({ namespace: item.namespace, query: item.hourlyQuery });
  const pages = {
    load: async ({ params: p }: { params: string; cursor: string | null }) => {
      const records: readonly F5xcHourlyUsageRecord[] = await loaders.hourlyUsage.load(p);
      return { records, next: null };
    },
  };
  const viewKey = JSON.stringify(['f5xc_hourly_usage', item.namespace, item.hourlyQuery, credentialScope]);
  const connection = await connectionFromStream(
    cursorStream(hourlyUsageParamsCodec, [params], pages),
    page,
    connectionOptions(ctx, viewKey),
  );
  // The loader keeps the answer: the count costs no second request.
  return { ...connection, totalCount: (await loaders.hourlyUsage.load(params)).length };
}
