import type { GatewayContext } from '../../../gateway/context.js';
import { connectionFromStream, type ConnectionArgs } from '../../../pagination/connectionFromStream.js';
import { DEFAULT_PAGE_SIZE, connectionOptions } from '../../../pagination/connectionOptions.js';
import { cursorStream } from '../../../pagination/cursorChain.js';
import { formatMonth } from '../../../time/utcTime.js';
import { SERVICE_USAGE_PAGE_LIMIT } from '../api/fastlyLimits.js';
import type { FastlyMeasurementModel } from '../usageMetrics/usageMetricsModels.js';
import { serviceUsageParamsCodec } from './serviceUsageParams.js';
import type { FastlyServiceUsageConnectionModel } from './serviceUsageModels.js';

/**
 * The upstream `limit` for a connection page: `first` + 1 (one upstream page holds the GraphQL page
 * and the record that tells `hasNextPage`); the largest page for `last` (backward paging walks the
 * list up to `before`, so fewer, larger pages are cheaper).
 */
export function serviceUsageLimit(args: ConnectionArgs): number {
  if (typeof args.first === 'number') return Math.min(SERVICE_USAGE_PAGE_LIMIT.max, Math.max(1, args.first + 1));
  if (typeof args.last === 'number') return SERVICE_USAGE_PAGE_LIMIT.max;
  return DEFAULT_PAGE_SIZE + 1;
}

/** Resolves `FastlyMeasurement.services`: the month's services for the measurement's usage type. */
export async function resolveServices(
  ctx: GatewayContext,
  measurement: FastlyMeasurementModel,
  page: ConnectionArgs,
): Promise<FastlyServiceUsageConnectionModel> {
  const { credentialScope, loaders } = ctx.providers.fastly;
  const { pages, totalCount } = loaders.serviceUsage;
  const params = serviceUsageParamsCodec.encode({
    productId: measurement.productId,
    usageType: measurement.usageType,
    startMonth: measurement.month,
    endMonth: measurement.month,
    limit: serviceUsageLimit(page),
  });
  const viewKey = JSON.stringify([
    'fastly_service_usage',
    measurement.productId,
    measurement.usageType,
    formatMonth(measurement.month),
    credentialScope,
  ]);
  const connection = await connectionFromStream(
    cursorStream(serviceUsageParamsCodec, [params], pages),
    page,
    connectionOptions(ctx, viewKey),
  );
  return { ...connection, totalCount: () => totalCount(params) };
}
