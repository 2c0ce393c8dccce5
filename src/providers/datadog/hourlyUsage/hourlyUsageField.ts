import { connectionFromStream, type Connection } from '../../../pagination/connectionFromStream.js';
import { hourlyUsageStream } from './hourlyUsageStream.js';
import {
  hourlyUsageViewKey,
  usualPlan,
  type HourlyUsagePlan,
  type HourlyUsageScope,
  type HourlyUsageView,
  type PlanContext,
} from './hourlyUsageView.js';
import type { HourlyUsageDto } from './hourlyUsageClient.js';
import type { GatewayContext } from '../../../gateway/context.js';
import type { HourlyUsageRequest } from './hourlyUsageArgs.js';
import { connectionOptions, DEFAULT_PAGE_SIZE } from '../../../pagination/connectionOptions.js';
import { decodeCursor } from '../../../pagination/cursor.js';

type PlanKind = HourlyUsagePlan['kind'];

/**
 * The plan a cursor was read with: the scope's unusual plan when the cursor is bound to the view
 * read that way, else its usual one (a cursor bound to neither is refused by connectionFromStream).
 */
function planOfCursor(
  cursor: string,
  scope: HourlyUsageScope,
  keyOf: (kind: PlanKind) => string,
  secret: Buffer,
): PlanKind {
  const usual = usualPlan(scope);
  if (scope.kind === 'org') return usual;
  const unusual: PlanKind = usual === 'per-org' ? 'multi-org' : 'per-org';
  try {
    decodeCursor(cursor, keyOf(unusual), secret, 'after');
    return unusual;
  } catch {
    return usual;
  }
}

/**
 * Resolves an `hourlyUsage` connection for a scope from checked arguments: shared by
 * `Query.hourlyUsage`, `Org.hourlyUsage` and `node(id:)` for an HourlyUsage.
 *
 * A view resumed from a cursor is read with the plan the cursor was read with. An account view read
 * from its start beside per-org views first lets the views queued beside it go, then plans knowing
 * which multi-org windows they read (see planSegments).
 */
export async function resolveHourlyUsage(
  ctx: GatewayContext,
  req: HourlyUsageRequest,
  scope: HourlyUsageScope,
): Promise<Connection<HourlyUsageDto>> {
  const { start, end, requestedEnd } = req.window;
  const view: HourlyUsageView = { start, end: end < start ? start : end, families: req.families, scope };
  const { loaders, credentialScope } = ctx.providers.datadog;
  const keyOf = (kind: PlanKind): string => hourlyUsageViewKey(view, kind, requestedEnd, credentialScope);
  let kind: PlanKind | null = null;
  let beside: PlanContext | null = null;
  const cursor = req.page.after ?? req.page.before;
  if (typeof cursor === 'string') kind = planOfCursor(cursor, scope, keyOf, ctx.cursorSecret);
  else if (scope.kind === 'account') {
    const settling = loaders.hourlyUsageOpen.settle();
    if (settling !== null) {
      await settling;
      const { first, last } = req.page;
      beside = {
        readsWindow: (s) => loaders.hourlyUsageOpen.readsWindow(s.start, s.end, view.families),
        wanted:
          first !== null && first !== undefined
            ? first + 1
            : last !== null && last !== undefined
              ? null
              : DEFAULT_PAGE_SIZE + 1,
      };
    }
  }
  const stream = hourlyUsageStream(
    view,
    {
      open: loaders.hourlyUsageOpen,
      pages: loaders.hourlyUsagePages,
      readAhead: loaders.readAhead,
      headroom: loaders.hourlyUsageHeadroom,
      readsAhead: loaders.hourlyUsageReadsAhead,
    },
    { beside, kind },
  );
  return connectionFromStream(stream, req.page, connectionOptions(ctx, keyOf(stream.planKind)));
}
