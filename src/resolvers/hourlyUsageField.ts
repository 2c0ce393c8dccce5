import { connectionFromStream, type ConnectionArgs, type Connection } from '../pagination/connectionFromStream.js';
import { hourlyUsageStream } from '../streams/hourlyUsageStream.js';
import { hourlyUsageViewKey, type HourlyUsageScope } from '../streams/hourlyUsageView.js';
import type { HourlyUsageDto } from '../upstream/datadog/hourlyUsage.js';
import type { GatewayContext } from '../context.js';
import { hourlyUsageView, type HourlyUsageWindowArgs } from './hourlyUsageArgs.js';
import { connectionOptions } from './connectionOptions.js';

/** Resolves an `hourlyUsage` connection for a scope: shared by `Query.hourlyUsage` and `Org.hourlyUsage`. */
export function resolveHourlyUsage(
  ctx: GatewayContext,
  args: HourlyUsageWindowArgs & ConnectionArgs,
  scope: HourlyUsageScope,
): Promise<Connection<HourlyUsageDto>> {
  const { view, requestedEnd } = hourlyUsageView(args, scope, ctx.now);
  const stream = hourlyUsageStream(view, {
    open: ctx.loaders.hourlyUsageOpen,
    pages: ctx.loaders.hourlyUsagePages,
    readAhead: ctx.loaders.readAhead,
  });
  return connectionFromStream(
    stream,
    args,
    connectionOptions(ctx, hourlyUsageViewKey(view, stream.planKind, requestedEnd, ctx.credentialScope)),
  );
}
