import type { GatewayContext } from '../../../gateway/context.js';
import type { ArgumentContext } from '../../../graphql/fieldSpec.js';
import {
  connectionFromStream,
  type Connection,
  type ConnectionArgs,
} from '../../../pagination/connectionFromStream.js';
import { checkConnectionArgs } from '../../../pagination/checkConnectionArgs.js';
import { hourlyAttributionParamsCodec } from './attributionParams.js';
import { upstreamWindows, scopeKey, type HourlyUsageScope } from '../hourlyUsage/hourlyUsageView.js';
import { cursorStream } from '../../../pagination/cursorChain.js';
import { formatHour } from '../../../time/utcTime.js';
import type { HourlyUsageAttributionDto } from './hourlyUsageAttributionClient.js';
import { checkTagKeys } from './attributionArgs.js';
import { checkHourWindow, type HourWindowArgs } from '../datadogArgumentChecks.js';
import { connectionOptions } from '../../../pagination/connectionOptions.js';

/** The arguments of `hourlyUsageAttribution` (Query and Org) as GraphQL coerced them. */
export interface HourlyUsageAttributionArgs extends ConnectionArgs {
  usageType: string;
  start: Date;
  end?: Date | null;
  tagBreakdownKeys?: readonly string[] | null;
}

/** Checked `hourlyUsageAttribution` arguments: what a view of any scope is planned from. */
export interface HourlyUsageAttributionRequest {
  usageType: string;
  window: HourWindowArgs;
  /** Trimmed, de-duplicated and sorted; empty for totals. */
  tagBreakdownKeys: string[];
  page: ConnectionArgs;
}

/** What one `hourlyUsageAttribution` connection reads: its upstream segments and its view key. */
export interface HourlyUsageAttributionPlan {
  /** Upstream params (written by `hourlyAttributionParamsCodec`), one per window the upstream serves in one request. */
  segments: string[];
  viewKey: string;
}

/**
 * Checks the arguments (window within retention, end after start, tag keys, paging) before any
 * upstream call. Throws BAD_USER_INPUT.
 */
export function checkHourlyUsageAttributionArgs(
  args: HourlyUsageAttributionArgs,
  ctx: ArgumentContext,
): HourlyUsageAttributionRequest {
  return {
    usageType: args.usageType,
    window: checkHourWindow(args, ctx.now),
    tagBreakdownKeys: checkTagKeys(args.tagBreakdownKeys),
    page: checkConnectionArgs(args, ctx.cursorSecret),
  };
}

/**
 * Plans the upstream reads of a view: views of several orgs (`descendants`, and every `org` view,
 * which is read from the whole account so all orgs of an operation share it) in 24-hour windows with
 * `include_descendants=true`, the account org alone in two-month windows with
 * `include_descendants=false`: the upstream's limits.
 */
export function planHourlyUsageAttribution(
  req: HourlyUsageAttributionRequest,
  scope: HourlyUsageScope,
  credentialScope: string,
): HourlyUsageAttributionPlan {
  const { start, requestedEnd } = req.window;
  const end = req.window.end < start ? start : req.window.end;
  const includeDescendants = scope.kind !== 'account';
  const segments = upstreamWindows(start, end, includeDescendants).map((s) =>
    hourlyAttributionParamsCodec.encode({
      start: s.start,
      end: s.end,
      usageType: req.usageType,
      tagBreakdownKeys: req.tagBreakdownKeys,
      includeDescendants,
    }),
  );
  const viewKey = JSON.stringify([
    'hourly_usage_attribution',
    req.usageType,
    formatHour(start),
    requestedEnd === null ? 'now' : formatHour(requestedEnd),
    req.tagBreakdownKeys,
    scopeKey(scope),
    credentialScope,
  ]);
  return { segments, viewKey };
}

/** Resolves an `hourlyUsageAttribution` connection for a scope (Query: descendants or account; Org: that org). */
export function resolveHourlyUsageAttribution(
  ctx: GatewayContext,
  req: HourlyUsageAttributionRequest,
  scope: HourlyUsageScope,
): Promise<Connection<HourlyUsageAttributionDto>> {
  const plan = planHourlyUsageAttribution(req, scope, ctx.providers.datadog.credentialScope);
  const publicId = scope.kind === 'org' ? scope.publicId : null;
  const stream = cursorStream(
    hourlyAttributionParamsCodec,
    plan.segments,
    ctx.providers.datadog.loaders.attribution.hourlyPages,
    publicId === null ? undefined : (record) => record.public_id === publicId,
  );
  return connectionFromStream(stream, req.page, connectionOptions(ctx, plan.viewKey));
}
