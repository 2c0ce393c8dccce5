import { datadogGet, type DatadogApi } from '../datadogApi.js';
import { readOrgCostBody, type OrgCostDto } from './orgCostBody.js';

/** `GET /api/v2/usage/projected_cost` (operationId GetProjectedCost); parent-org keys only. */
export const GET_PROJECTED_COST = 'GetProjectedCost';

/** Fetches the current month's projected cost; `total_cost` holds `projected_total_cost`. Rejects only with UpstreamError. */
export async function fetchProjectedCost(api: DatadogApi, req: { view: 'summary' | 'sub-org' }): Promise<OrgCostDto[]> {
  return datadogGet(api, GET_PROJECTED_COST, '/api/v2/usage/projected_cost', [['view', req.view]], (body) =>
    readOrgCostBody(GET_PROJECTED_COST, body, 'projected_total_cost'),
  );
}
