import type { GatewayContext } from '../../../gateway/context.js';
import {
  connectionFromStream,
  type Connection,
  type ConnectionArgs,
} from '../../../pagination/connectionFromStream.js';
import { formatHourlyAttributionParams } from './attributionParams.js';
import { upstreamWindows, scopeKey, type HourlyUsageScope } from '../hourlyUsage/hourlyUsageView.js';
import { cursorStream } from '../../../pagination/cursorChain.js';
import { formatHour } from '../../../time/utcTime.js';
import type { HourlyUsageAttributionDto } from './hourlyUsageAttributionClient.js';
import { checkTagKeys } from './attributionArgs.js';
import { checkHourlyUsageArgs } from '../hourlyUsage/hourlyUsageArgs.js';
import { connectionOptions } from '../../../pagination/connectionOptions.js';

/** The arguments of `hourlyUsageAttribution` (Query and Org). */
export interface HourlyUsageAttributionArgs extends ConnectionArgs {
  usageType: string;
  start: Date;
  end?: Date | null;
  tagBreakdownKeys?: readonly string[] | null;
}

/** What one `hourlyUsageAttribution` connection reads: its upstream segments and its view key. */
export interface HourlyUsageAttributionPlan {
  /** Serialized upstream params, one per window the upstream serves in one request. */
  segments: string[];
  viewKey: string;
}

/**
 * Validates the arguments (window within retention, end after start, tag keys) and plans the upstream
 * reads: views of several orgs (`descendants`, and every `org` view, which is read from the whole
 * account so all orgs of an operation share it) in 24-hour windows with `include_descendants=true`,
 * the account org alone in two-month windows with `include_descendants=false`: the upstream's limits.
 * Throws BAD_USER_INPUT.
 */
export function planHourlyUsageAttribution(
  args: HourlyUsageAttributionArgs,
  scope: HourlyUsageScope,
  now: Date,
  credentialScope: string,
): HourlyUsageAttributionPlan {
  const { view, requestedEnd } = checkHourlyUsageArgs({ start: args.start, end: args.end ?? null }, scope, now);
  const tagBreakdownKeys = checkTagKeys(args.tagBreakdownKeys);
  const includeDescendants = scope.kind !== 'account';
  const segments = upstreamWindows(view.start, view.end, includeDescendants).map((s) =>
    formatHourlyAttributionParams({
      start: s.start,
      end: s.end,
      usageType: args.usageType,
      tagBreakdownKeys,
      includeDescendants,
    }),
  );
  const viewKey = JSON.stringify([
    'hourly_usage_attribution',
    args.usageType,
    formatHour(view.start),
    requestedEnd === null ? 'now' : formatHour(requestedEnd),
    tagBreakdownKeys,
    scopeKey(scope),
    credentialScope,
  ]);
  return { segments, viewKey };
}

/** Resolves an `hourlyUsageAttribution` connection for a scope (Query: descendants or account; Org: that org). */
export function resolveHourlyUsageAttribution(
  ctx: GatewayContext,
  args: HourlyUsageAttributionArgs,
  scope: HourlyUsageScope,
): Promise<Connection<HourlyUsageAttributionDto>> {
  const plan = planHourlyUsageAttribution(args, scope, ctx.now, ctx.credentialScope);
  const publicId = scope.kind === 'org' ? scope.publicId : null;
  const stream = cursorStream(
    plan.segments,
    ctx.loaders.attribution.hourlyPages,
    publicId === null ? undefined : (record) => record.public_id === publicId,
  );
  return connectionFromStream(stream, args, connectionOptions(ctx, plan.viewKey));
}
