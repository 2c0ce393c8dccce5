import { datadogGet, isRecord, malformedBody, type DatadogApi } from '../datadogApi.js';

/** `GET /api/v2/cost_by_tag/active_billing_dimensions` (operationId GetActiveBillingDimensions). */
export const GET_ACTIVE_BILLING_DIMENSIONS = 'GetActiveBillingDimensions';

export interface ActiveBillingDimensionsDto {
  /** RFC 3339 as the upstream wrote it; null when absent. */
  month: string | null;
  values: string[];
}

/** Fetches the active billing dimensions; null when the upstream sends no `data`. Rejects only with UpstreamError. */
export async function fetchActiveBillingDimensions(api: DatadogApi): Promise<ActiveBillingDimensionsDto | null> {
  return datadogGet(
    api,
    GET_ACTIVE_BILLING_DIMENSIONS,
    '/api/v2/cost_by_tag/active_billing_dimensions',
    [],
    parseActiveBillingDimensions,
  );
}

/** Validates the body; throws `malformedBody` for anything undocumented. */
function parseActiveBillingDimensions(body: unknown): ActiveBillingDimensionsDto | null {
  if (!isRecord(body)) throw malformedBody(GET_ACTIVE_BILLING_DIMENSIONS, 'not an object');
  if (body.data === undefined || body.data === null) return null;
  if (!isRecord(body.data)) throw malformedBody(GET_ACTIVE_BILLING_DIMENSIONS, '`data` is not an object');
  const a = isRecord(body.data.attributes) ? body.data.attributes : {};
  const values = a.values ?? [];
  if (!Array.isArray(values) || values.some((v) => typeof v !== 'string')) {
    throw malformedBody(GET_ACTIVE_BILLING_DIMENSIONS, '`data.attributes.values` is not a list of strings');
  }
  const month = typeof a.month === 'string' && !Number.isNaN(Date.parse(a.month)) ? a.month : null;
  return { month, values: values as string[] };
}
