import type { GatewayContext } from '../../../gateway/context.js';
import type { CostView } from '../../../generated/graphql.js';
import { checkCostArgs, type CostArgs } from './costArgs.js';
import type { OrgCostModel } from './costModels.js';

/**
 * Resolves cost rows for `Query.costs` (any view) and `Org.costs` (the SUB_ORG view, narrowed to one
 * org by `publicId`). Every field asking the same normalized request shares one upstream call.
 */
export async function resolveOrgCosts(
  ctx: GatewayContext,
  args: CostArgs,
  view: CostView,
  publicId: string | null = null,
): Promise<OrgCostModel[]> {
  const req = checkCostArgs(args, view, ctx.now);
  const rows = await ctx.loaders.costs.orgCosts.load(req);
  const daily = req.kind === 'estimated' && 'startDate' in req;
  return rows
    .filter((row) => publicId === null || row.public_id === publicId)
    .map((row) => ({ row, kind: req.kind, daily }));
}
