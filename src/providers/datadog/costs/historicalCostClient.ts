import { formatMonth } from '../../../time/utcTime.js';
import { datadogGet, type DatadogApi } from '../datadogApi.js';
import { readOrgCostBody, type OrgCostDto } from './orgCostBody.js';

/** `GET /api/v2/usage/historical_cost` (operationId GetHistoricalCostByOrg); parent-org keys only. */
export const GET_HISTORICAL_COST = 'GetHistoricalCostByOrg';

export interface HistoricalCostRequest {
  startMonth: Date;
  endMonth: Date;
  view: 'summary' | 'sub-org';
}

/** Fetches historical cost. Rejects only with UpstreamError. */
export async function fetchHistoricalCost(api: DatadogApi, req: HistoricalCostRequest): Promise<OrgCostDto[]> {
  return datadogGet(
    api,
    GET_HISTORICAL_COST,
    '/api/v2/usage/historical_cost',
    [
      ['start_month', formatMonth(req.startMonth)],
      ['end_month', formatMonth(req.endMonth)],
      ['view', req.view],
    ],
    (body) => readOrgCostBody(GET_HISTORICAL_COST, body, 'total_cost'),
  );
}
