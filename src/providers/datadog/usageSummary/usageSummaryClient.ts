import { formatMonth } from '../../../time/utcTime.js';
import { datadogGet, isRecord, malformedBody, type DatadogApi } from '../datadogApi.js';

/** `GET /api/v1/usage/summary` (operationId GetUsageSummary); parent-org keys only. */
export const GET_USAGE_SUMMARY = 'GetUsageSummary';

export interface UsageSummaryRequest {
  startMonth: Date;
  endMonth: Date;
  includeOrgDetails: boolean;
}

/** One org in a summary month (`UsageSummaryDateOrg`); only identity fields are typed so far. */
export interface UsageSummaryOrgDto {
  id?: string;
  name: string;
  public_id: string;
  region: string;
  account_name?: string;
  account_public_id?: string;
  [field: string]: unknown;
}

/** One month (`UsageSummaryDate`). */
export interface UsageSummaryMonthDto {
  date: string;
  orgs: UsageSummaryOrgDto[];
  [field: string]: unknown;
}

export interface UsageSummaryDto {
  usage: UsageSummaryMonthDto[];
  [field: string]: unknown;
}

/** Fetches the usage summary. Rejects only with UpstreamError. */
export function fetchUsageSummary(api: DatadogApi, req: UsageSummaryRequest): Promise<UsageSummaryDto> {
  return datadogGet(
    api,
    GET_USAGE_SUMMARY,
    '/api/v1/usage/summary',
    [
      ['start_month', formatMonth(req.startMonth)],
      ['end_month', formatMonth(req.endMonth)],
      ['include_org_details', String(req.includeOrgDetails)],
    ],
    parseUsageSummary,
  );
}

/** Validates a summary body; throws `malformedBody` for anything undocumented. */
function parseUsageSummary(body: unknown): UsageSummaryDto {
  if (!isRecord(body)) throw malformedBody(GET_USAGE_SUMMARY, 'not an object');
  const usage = body.usage ?? [];
  if (!Array.isArray(usage)) throw malformedBody(GET_USAGE_SUMMARY, '`usage` is not a list');
  const months = usage.map((m, i): UsageSummaryMonthDto => {
    if (!isRecord(m)) throw malformedBody(GET_USAGE_SUMMARY, `usage[${i}] is not an object`);
    const orgs = m.orgs ?? [];
    if (!Array.isArray(orgs)) throw malformedBody(GET_USAGE_SUMMARY, `usage[${i}].orgs is not a list`);
    return {
      ...m,
      date: typeof m.date === 'string' ? m.date : '',
      orgs: orgs.map((o, j): UsageSummaryOrgDto => {
        if (!isRecord(o) || typeof o.public_id !== 'string') {
          throw malformedBody(GET_USAGE_SUMMARY, `usage[${i}].orgs[${j}] lacks public_id`);
        }
        return {
          ...o,
          public_id: o.public_id,
          name: typeof o.name === 'string' ? o.name : '',
          region: typeof o.region === 'string' ? o.region : '',
        };
      }),
    };
  });
  return { ...body, usage: months };
}
