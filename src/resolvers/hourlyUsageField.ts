import { connectionFromStream, type ConnectionArgs, type Connection } from '../pagination/connectionFromStream.js';
import { hourlyUsageStream } from '../streams/hourlyUsageStream.js';
import { hourlyUsageViewKey, type HourlyUsageScope } from '../streams/hourlyUsageView.js';
import type { HourlyUsageDto } from '../upstream/datadog/hourlyUsage.js';
import type { GatewayContext } from '../context.js';
import { MAX_PAGE_SIZE } from './checkConnectionArgs.js';
import { hourlyUsageView, type HourlyUsageWindowArgs } from './hourlyUsageArgs.js';

/** Page size when the client gives neither `first` nor `last`. */
export const DEFAULT_PAGE_SIZE = 100;
/** The most upstream pages one backward (`last`) page may read. */
export const MAX_BACKWARD_PAGES = 20;

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
  return connectionFromStream(stream, args, {
    viewKey: hourlyUsageViewKey(view, requestedEnd, ctx.credentialScope),
    secret: ctx.cursorSecret,
    defaultPageSize: DEFAULT_PAGE_SIZE,
    maxPageSize: MAX_PAGE_SIZE,
    maxBackwardPages: MAX_BACKWARD_PAGES,
  });
}
