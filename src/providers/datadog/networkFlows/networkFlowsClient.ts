import { formatHour } from '../../../time/utcTime.js';
import { datadogGet, isRecord, malformedBody, type DatadogApi } from '../datadogApi.js';

/** `GET /api/v1/usage/network_flows` (operationId GetUsageNetworkFlows); deprecated upstream. */
export const GET_USAGE_NETWORK_FLOWS = 'GetUsageNetworkFlows';

/** One hour of the calling org (`UsageNetworkFlowsHour`). */
export interface NetworkFlowsHourDto {
  /** RFC 3339 as the upstream wrote it. */
  hour: string;
  org_name: string;
  public_id: string;
  indexed_events_count: number | bigint | null;
}

/** Fetches the hours of `[start, end)`. Rejects only with UpstreamError. */
export async function fetchUsageNetworkFlows(
  api: DatadogApi,
  req: { start: Date; end: Date },
): Promise<NetworkFlowsHourDto[]> {
  return datadogGet(
    api,
    GET_USAGE_NETWORK_FLOWS,
    '/api/v1/usage/network_flows',
    [
      ['start_hr', formatHour(req.start)],
      ['end_hr', formatHour(req.end)],
    ],
    parseUsageNetworkFlows,
  );
}

/** Validates the body; throws `malformedBody` for anything undocumented. */
function parseUsageNetworkFlows(body: unknown): NetworkFlowsHourDto[] {
  if (!isRecord(body)) throw malformedBody(GET_USAGE_NETWORK_FLOWS, 'not an object');
  const usage = body.usage ?? [];
  if (!Array.isArray(usage)) throw malformedBody(GET_USAGE_NETWORK_FLOWS, '`usage` is not a list');
  return usage.map((item, i): NetworkFlowsHourDto => {
    if (!isRecord(item) || typeof item.hour !== 'string' || Number.isNaN(Date.parse(item.hour))) {
      throw malformedBody(GET_USAGE_NETWORK_FLOWS, `usage[${i}].hour is not a date`);
    }
    if (typeof item.public_id !== 'string') throw malformedBody(GET_USAGE_NETWORK_FLOWS, `usage[${i}] lacks public_id`);
    const count = item.indexed_events_count ?? null;
    if (count !== null && typeof count !== 'bigint' && !(typeof count === 'number' && Number.isInteger(count))) {
      throw malformedBody(GET_USAGE_NETWORK_FLOWS, `usage[${i}].indexed_events_count is not an integer`);
    }
    return {
      hour: item.hour,
      org_name: typeof item.org_name === 'string' ? item.org_name : '',
      public_id: item.public_id,
      indexed_events_count: count,
    };
  });
}
