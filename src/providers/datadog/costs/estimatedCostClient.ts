import { formatDay, formatMonth } from '../../../time/utcTime.js';
import { datadogGet, type DatadogApi } from '../datadogApi.js';
import { readOrgCostBody, type OrgCostDto } from './orgCostBody.js';

/** `GET /api/v2/usage/estimated_cost` (operationId GetEstimatedCostByOrg); parent-org keys only. */
export const GET_ESTIMATED_COST = 'GetEstimatedCostByOrg';

/** Either a month range or a day range, never both. */
export type EstimatedCostRequest = { view: 'summary' | 'sub-org' } & (
  { startMonth: Date; endMonth: Date } | { startDate: Date; endDate: Date; costAggregation: 'cumulative' | null }
);

/** Fetches estimated cost. Rejects only with UpstreamError. */
export async function fetchEstimatedCost(api: DatadogApi, req: EstimatedCostRequest): Promise<OrgCostDto[]> {
  const query: Array<[string, string]> = [['view', req.view]];
  if ('startMonth' in req) {
    query.push(['start_month', formatMonth(req.startMonth)], ['end_month', formatMonth(req.endMonth)]);
  } else {
    query.push(['start_date', formatDay(req.startDate)], ['end_date', formatDay(req.endDate)]);
    if (req.costAggregation !== null) query.push(['cost_aggregation', req.costAggregation]);
  }
  return datadogGet(api, GET_ESTIMATED_COST, '/api/v2/usage/estimated_cost', query, (body) =>
    readOrgCostBody(GET_ESTIMATED_COST, body, 'total_cost'),
  );
}
