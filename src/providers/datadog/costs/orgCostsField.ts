import type { GatewayContext } from '../../../gateway/context.js';
import type { OrgCostsRequest } from './costArgs.js';
import type { OrgCostModel } from './costModels.js';

/**
 * Resolves the cost rows of a checked request (checkCostArgs) for `Query.costs` (any view) and
 * `Org.costs` (the SUB_ORG view, narrowed to one org by `publicId`). Every field asking the same
 * normalized request shares one upstream call.
 */
export async function resolveOrgCosts(
  ctx: GatewayContext,
  req: OrgCostsRequest,
  publicId: string | null = null,
): Promise<OrgCostModel[]> {
  const rows = await ctx.providers.datadog.loaders.costs.orgCosts.load(req);
  const daily = req.kind === 'estimated' && 'startDate' in req;
  return rows
    .filter((row) => publicId === null || row.public_id === publicId)
    .map((row) => ({ row, kind: req.kind, daily }));
}
