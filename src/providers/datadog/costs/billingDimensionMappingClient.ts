import { formatMonth } from '../../../time/utcTime.js';
import { datadogGet, isRecord, malformedBody, type DatadogApi } from '../datadogApi.js';

/** `GET /api/v2/usage/billing_dimension_mapping` (operationId GetBillingDimensionMapping); parent-org keys only. */
export const GET_BILLING_DIMENSION_MAPPING = 'GetBillingDimensionMapping';

/** One endpoint's keys for a billing dimension. */
export interface BillingDimensionEndpointDto {
  id: string;
  keys: string[];
  /** `OK` or `NOT_FOUND` today; kept as sent. */
  status: string | null;
}

/** One billing dimension's mapping (`BillingDimensionsMappingBodyItem`). */
export interface BillingDimensionMappingDto {
  id: string;
  in_app_label: string | null;
  /** RFC 3339 as sent; null when absent. */
  timestamp: string | null;
  endpoints: BillingDimensionEndpointDto[];
}

export interface BillingDimensionMappingRequest {
  month: Date | null;
  view: 'active' | 'all' | null;
}

function toEndpoint(e: unknown, where: string): BillingDimensionEndpointDto {
  if (!isRecord(e) || typeof e.id !== 'string')
    throw malformedBody(GET_BILLING_DIMENSION_MAPPING, `${where} lacks an id`);
  const keys = e.keys ?? [];
  if (!Array.isArray(keys)) throw malformedBody(GET_BILLING_DIMENSION_MAPPING, `${where}.keys is not a list`);
  return {
    id: e.id,
    keys: keys.filter((k): k is string => typeof k === 'string'),
    status: typeof e.status === 'string' ? e.status : null,
  };
}

/** Fetches the mapping. Rejects only with UpstreamError. */
export async function fetchBillingDimensionMapping(
  api: DatadogApi,
  req: BillingDimensionMappingRequest,
): Promise<BillingDimensionMappingDto[]> {
  const query: Array<[string, string]> = [];
  if (req.month !== null) query.push(['filter[month]', formatMonth(req.month)]);
  if (req.view !== null) query.push(['filter[view]', req.view]);
  return datadogGet(
    api,
    GET_BILLING_DIMENSION_MAPPING,
    '/api/v2/usage/billing_dimension_mapping',
    query,
    parseBillingDimensionMapping,
  );
}

/** Validates the body; throws `malformedBody` for anything undocumented. */
function parseBillingDimensionMapping(body: unknown): BillingDimensionMappingDto[] {
  if (!isRecord(body)) throw malformedBody(GET_BILLING_DIMENSION_MAPPING, 'not an object');
  const data = body.data ?? [];
  if (!Array.isArray(data)) throw malformedBody(GET_BILLING_DIMENSION_MAPPING, '`data` is not a list');
  return data.map((item, i): BillingDimensionMappingDto => {
    if (!isRecord(item) || typeof item.id !== 'string') {
      throw malformedBody(GET_BILLING_DIMENSION_MAPPING, `data[${i}] lacks an id`);
    }
    const a = isRecord(item.attributes) ? item.attributes : {};
    const endpoints = a.endpoints ?? [];
    if (!Array.isArray(endpoints)) {
      throw malformedBody(GET_BILLING_DIMENSION_MAPPING, `data[${i}].attributes.endpoints is not a list`);
    }
    return {
      id: item.id,
      in_app_label: typeof a.in_app_label === 'string' ? a.in_app_label : null,
      timestamp: typeof a.timestamp === 'string' && !Number.isNaN(Date.parse(a.timestamp)) ? a.timestamp : null,
      endpoints: endpoints.map((e, j) => toEndpoint(e, `data[${i}].attributes.endpoints[${j}]`)),
    };
  });
}
