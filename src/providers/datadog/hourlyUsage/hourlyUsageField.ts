import {
  connectionFromStream,
  type ConnectionArgs,
  type Connection,
} from '../../../pagination/connectionFromStream.js';
import { hourlyUsageStream } from './hourlyUsageStream.js';
import { hourlyUsageViewKey, type HourlyUsageScope } from './hourlyUsageView.js';
import type { HourlyUsageDto } from './hourlyUsageClient.js';
import type { GatewayContext } from '../../../gateway/context.js';
import { hourlyUsageView, type HourlyUsageWindowArgs } from './hourlyUsageArgs.js';
import { connectionOptions } from '../../../pagination/connectionOptions.js';

/** Resolves an `hourlyUsage` connection for a scope: shared by `Query.hourlyUsage` and `DatadogOrg.hourlyUsage`. */
export function resolveHourlyUsage(
  ctx: GatewayContext,
  args: HourlyUsageWindowArgs & ConnectionArgs,
  scope: HourlyUsageScope,
): Promise<Connection<HourlyUsageDto>> {
  const { view, requestedEnd } = hourlyUsageView(args, scope, ctx.now);
  const stream = hourlyUsageStream(view, {
    open: ctx.providers.datadog.loaders.hourlyUsageOpen,
    pages: ctx.providers.datadog.loaders.hourlyUsagePages,
    readAhead: ctx.providers.datadog.loaders.readAhead,
  });
  return connectionFromStream(
    stream,
    args,
    connectionOptions(
      ctx,
      hourlyUsageViewKey(view, stream.planKind, requestedEnd, ctx.providers.datadog.credentialScope),
    ),
  );
}
