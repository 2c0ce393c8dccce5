import type { GatewayContext } from '../../../gateway/context.js';
import { checkDistinctOrAll } from '../../../graphql/argumentChecks.js';
import type { MonthlyAttributionOpenKey } from './monthlyAttributionOpenLoader.js';
import {
  connectionFromStream,
  type ConnectionArgs,
  type RecordStream,
} from '../../../pagination/connectionFromStream.js';
import type { MonthlyUsageAttributionDto } from './monthlyUsageAttributionClient.js';
import { formatMonth } from '../../../time/utcTime.js';
import { checkTagKeys } from './attributionArgs.js';
import { checkMonthRange } from '../datadogArgumentChecks.js';
import type { MonthlyUsageAttributionConnectionModel } from './attributionModels.js';
import { connectionOptions } from '../../../pagination/connectionOptions.js';
import { checkConnectionArgs } from '../../../pagination/checkConnectionArgs.js';
import type { ArgumentContext } from '../../../graphql/fieldSpec.js';
import { monthlyAttributionParamsCodec } from './attributionParams.js';

/** The arguments of `monthlyUsageAttribution` (Query and Org) as GraphQL coerced them. */
export interface MonthlyUsageAttributionArgs extends ConnectionArgs {
  fields?: readonly string[] | null;
  startMonth: Date;
  endMonth?: Date | null;
  sortDirection?: string | null;
  sortName?: string | null;
  tagBreakdownKeys?: readonly string[] | null;
}

/** Which orgs a monthly view shows: the upstream's scope and, for `Org` fields, the one org kept. */
export type MonthlyAttributionScope =
  | { kind: 'account' }
  | { kind: 'descendants' }
  /** One org, read from the whole account's response (shared by every org of the operation). */
  | { kind: 'org'; publicId: string };

/** Checked `monthlyUsageAttribution` arguments: what a view of any scope is planned from. */
export interface MonthlyUsageAttributionRequest {
  startMonth: Date;
  /** Null: the upstream's default (the current month). */
  endMonth: Date | null;
  /** Sorted, de-duplicated field names; null for every field. */
  fields: readonly string[] | null;
  /** Null without a sort field; the upstream's default `desc` made explicit with one. */
  sortDirection: string | null;
  sortName: string | null;
  /** Trimmed, de-duplicated and sorted; empty for totals. */
  tagBreakdownKeys: string[];
  page: ConnectionArgs;
}

/** A planned monthly view: what to open, and the key its cursors are bound to. */
export interface MonthlyUsageAttributionPlan {
  openKey: MonthlyAttributionOpenKey;
  viewKey: string;
}

/**
 * Checks the arguments (months within retention and in order, a non-empty field list, tag keys,
 * paging) and normalizes them: fields sorted and de-duplicated (null: all), the sort direction only
 * with a sort field (the upstream's default `desc` made explicit). Throws BAD_USER_INPUT.
 */
export function checkMonthlyUsageAttributionArgs(
  args: MonthlyUsageAttributionArgs,
  ctx: ArgumentContext,
): MonthlyUsageAttributionRequest {
  const { startMonth, endMonth } = checkMonthRange(args.startMonth, args.endMonth, ctx.now);
  const fields = checkDistinctOrAll('fields', args.fields, 'field');
  const tagBreakdownKeys = checkTagKeys(args.tagBreakdownKeys);
  const sortName = args.sortName ?? null;
  const sortDirection = sortName === null ? null : (args.sortDirection ?? 'desc');
  const page = checkConnectionArgs(args, ctx.cursorSecret);
  return { startMonth, endMonth, fields, sortDirection, sortName, tagBreakdownKeys, page };
}

/** Plans a view of checked arguments for a scope. */
export function planMonthlyUsageAttribution(
  req: MonthlyUsageAttributionRequest,
  scope: MonthlyAttributionScope,
  credentialScope: string,
): MonthlyUsageAttributionPlan {
  const { startMonth, endMonth, fields, sortDirection, sortName, tagBreakdownKeys } = req;
  const params = {
    startMonth,
    endMonth,
    sortDirection,
    sortName,
    tagBreakdownKeys,
    includeDescendants: scope.kind !== 'account',
  };
  const viewKey = JSON.stringify([
    'monthly_usage_attribution',
    formatMonth(startMonth),
    endMonth === null ? 'default' : formatMonth(endMonth),
    fields,
    sortDirection,
    sortName,
    tagBreakdownKeys,
    scope.kind === 'org' ? `org:${scope.publicId}` : scope.kind,
    credentialScope,
  ]);
  return { openKey: { params, fields }, viewKey };
}

/** Resolves a `monthlyUsageAttribution` connection for a scope. */
export async function resolveMonthlyUsageAttribution(
  ctx: GatewayContext,
  req: MonthlyUsageAttributionRequest,
  scope: MonthlyAttributionScope,
): Promise<MonthlyUsageAttributionConnectionModel> {
  const { openKey, viewKey } = planMonthlyUsageAttribution(req, scope, ctx.providers.datadog.credentialScope);
  const { monthlyOpen, monthlyPages } = ctx.providers.datadog.loaders.attribution;
  const publicId = scope.kind === 'org' ? scope.publicId : null;
  const stream: RecordStream<MonthlyUsageAttributionDto> = {
    segmentCount: 1,
    open: () => monthlyOpen.load(openKey),
    page: (_segment, params, cursor) => monthlyPages.load({ params, cursor }),
    include: (record) => publicId === null || record.public_id === publicId,
    paramsCodec: monthlyAttributionParamsCodec,
  };
  const connection = await connectionFromStream(stream, req.page, connectionOptions(ctx, viewKey));
  const fields = openKey.fields === null ? null : new Set(openKey.fields);
  return {
    edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: { record: edge.node, fields } })),
    pageInfo: connection.pageInfo,
    // The upstream's aggregates cover its whole response: every org of the account for Org views.
    aggregates:
      publicId !== null
        ? null
        : async () => {
            const opened = await monthlyOpen.load(openKey);
            return opened.page.aggregates.filter((a) => fields === null || fields.has(a.field));
          },
  };
}
