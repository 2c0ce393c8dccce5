import {
  connectionFromStream,
  type ConnectionArgs,
  type Connection,
} from '../../../pagination/connectionFromStream.js';
import { hourlyUsageStream } from './hourlyUsageStream.js';
import { hourlyUsageViewKey, type HourlyUsageScope } from './hourlyUsageView.js';
import type { HourlyUsageDto } from './hourlyUsageClient.js';
import type { GatewayContext } from '../../../gateway/context.js';
import { checkHourlyUsageArgs, type HourlyUsageWindowArgs } from './hourlyUsageArgs.js';
import { connectionOptions } from '../../../pagination/connectionOptions.js';

/** Resolves an `hourlyUsage` connection for a scope: shared by `Query.hourlyUsage` and `Org.hourlyUsage`. */
export function resolveHourlyUsage(
  ctx: GatewayContext,
  args: HourlyUsageWindowArgs & ConnectionArgs,
  scope: HourlyUsageScope,
): Promise<Connection<HourlyUsageDto>> {
  const { view, requestedEnd } = checkHourlyUsageArgs(args, scope, ctx.now);
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
