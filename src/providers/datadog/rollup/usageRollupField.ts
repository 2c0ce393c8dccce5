import { BadUserInputError } from '../../../errors.js';
import type { GatewayContext } from '../../../gateway/context.js';
import { readHourlyUsage } from '../hourlyUsage/readHourlyUsage.js';
import type { HourlyUsageScope } from '../hourlyUsage/hourlyUsageView.js';
import { rollUpUsage } from './rollUpUsage.js';
import type { UsageRollupRequest } from './usageRollupArgs.js';
import type { UsageRollupRowModel } from './usageRollupModels.js';

/** The orgs a rollup reads: a view scope, and the orgs kept of it (null: all it shows). */
interface RollupOrgs {
  scope: HourlyUsageScope;
  keep: ReadonlySet<string> | null;
}

/**
 * Which orgs a rollup reads. Without `orgs`: the account's own org, or every org with
 * `includeDescendants`. With `orgs` (checked against the org directory: BAD_USER_INPUT naming the
 * unknown ones): the account org alone, one child org, or several orgs read from the multi-org
 * stream and kept by public ID.
 */
async function rollupOrgs(ctx: GatewayContext, req: UsageRollupRequest): Promise<RollupOrgs> {
  if (req.orgs === null) {
    return {
      scope: req.includeDescendants ? { kind: 'descendants' } : { kind: 'account', publicId: null },
      keep: null,
    };
  }
  const directory = await ctx.providers.datadog.loaders.orgDirectory();
  const unknown = req.orgs.filter((id) => !directory.byPublicId.has(id));
  if (unknown.length > 0) {
    const known = [...directory.byPublicId.keys()];
    throw new BadUserInputError(
      `Argument "orgs" must name orgs of the account (${known.slice(0, 20).join(', ')}${known.length > 20 ? ', ...' : ''}), but got unknown: ${unknown.join(', ')}`,
      { argumentName: 'orgs', unknown },
    );
  }
  const [only] = req.orgs;
  if (req.orgs.length === 1 && only !== undefined) {
    return only === directory.account.publicId
      ? { scope: { kind: 'account', publicId: only }, keep: null }
      : { scope: { kind: 'org', publicId: only }, keep: null };
  }
  return { scope: { kind: 'descendants' }, keep: new Set(req.orgs) };
}

/**
 * The rows of a rollup, a batch per closed period, computed as the hourly pages are read (see
 * readHourlyUsage and rollUpUsage). `contextFor` gives the context of each upstream read after the
 * first (an export's fresh one per page); the org check and the first read use `ctx`.
 */
export async function usageRollupRows(
  ctx: GatewayContext,
  req: UsageRollupRequest,
  contextFor: () => GatewayContext = () => ctx,
): Promise<AsyncGenerator<UsageRollupRowModel[]>> {
  const { scope, keep } = await rollupOrgs(ctx, req);
  const { start } = req.window;
  const end = req.window.end < start ? start : req.window.end;
  const batches = readHourlyUsage({ start, end, families: req.families, scope }, ctx, contextFor);
  return rollUpUsage(batches, {
    startMs: start.getTime(),
    endMs: end.getTime(),
    granularity: req.granularity,
    aggregation: req.aggregation,
    groupBy: req.groupBy,
    usageTypes: req.usageTypes === null ? null : new Set(req.usageTypes),
    orgs: keep,
  });
}

/** Resolves `Query.usageRollup`: every row, in period order. */
export async function resolveUsageRollup(ctx: GatewayContext, req: UsageRollupRequest): Promise<UsageRollupRowModel[]> {
  const rows: UsageRollupRowModel[] = [];
  for await (const batch of await usageRollupRows(ctx, req)) rows.push(...batch);
  return rows;
}
