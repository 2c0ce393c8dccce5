import { datadogGet, isRecord, malformedBody, type DatadogApi } from '../datadogApi.js';

/** `GET /api/v2/usage/usage-attribution-types` (operationId GetUsageAttributionTypes). */
export const GET_USAGE_ATTRIBUTION_TYPES = 'GetUsageAttributionTypes';

/**
 * Fetches the usage attribution types (`data.attributes.values`): the names that replace
 * `<usage_type>` in attribution fields, e.g. `infra_host`. Rejects only with typed errors.
 */
export async function fetchUsageAttributionTypes(api: DatadogApi): Promise<string[]> {
  return datadogGet(
    api,
    GET_USAGE_ATTRIBUTION_TYPES,
    '/api/v2/usage/usage-attribution-types',
    [],
    parseUsageAttributionTypes,
  );
}

/** Validates the body; throws `malformedBody` for anything undocumented. */
function parseUsageAttributionTypes(body: unknown): string[] {
  const E = GET_USAGE_ATTRIBUTION_TYPES;
  if (!isRecord(body) || !isRecord(body.data)) throw malformedBody(E, '`data` is not an object');
  const attributes = body.data.attributes ?? {};
  if (!isRecord(attributes)) throw malformedBody(E, '`data.attributes` is not an object');
  const values = attributes.values ?? [];
  if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) {
    throw malformedBody(E, '`data.attributes.values` is not a list of strings');
  }
  return values;
}
