import { connectionFromStream, type Connection } from '../../../pagination/connectionFromStream.js';
import { hourlyUsageStream } from './hourlyUsageStream.js';
import { hourlyUsageViewKey, type HourlyUsageScope, type HourlyUsageView } from './hourlyUsageView.js';
import type { HourlyUsageDto } from './hourlyUsageClient.js';
import type { GatewayContext } from '../../../gateway/context.js';
import type { HourlyUsageRequest } from './hourlyUsageArgs.js';
import { connectionOptions } from '../../../pagination/connectionOptions.js';

/**
 * Resolves an `hourlyUsage` connection for a scope from checked arguments: shared by
 * `Query.hourlyUsage`, `Org.hourlyUsage` and `node(id:)` for an HourlyUsage.
 */
export function resolveHourlyUsage(
  ctx: GatewayContext,
  req: HourlyUsageRequest,
  scope: HourlyUsageScope,
): Promise<Connection<HourlyUsageDto>> {
  const { start, end, requestedEnd } = req.window;
  const view: HourlyUsageView = { start, end: end < start ? start : end, families: req.families, scope };
  const stream = hourlyUsageStream(view, {
    open: ctx.providers.datadog.loaders.hourlyUsageOpen,
    pages: ctx.providers.datadog.loaders.hourlyUsagePages,
    readAhead: ctx.providers.datadog.loaders.readAhead,
  });
  return connectionFromStream(
    stream,
    req.page,
    connectionOptions(
      ctx,
      hourlyUsageViewKey(view, stream.planKind, requestedEnd, ctx.providers.datadog.credentialScope),
    ),
  );
}
