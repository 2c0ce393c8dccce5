/**
 * GET /api/v2/usage/usage-attribution-types (operationId GetUsageAttributionTypes): the usage types
 * that can replace `<usage_type>` in attribution field names (`infra_host` for `infra_host_usage` and
 * `infra_host_percentage`). The simulator lists the types it attributes usage for (its price list, in
 * catalog order): every other type of the upstream's enums is accepted but answers no data.
 */
import { jsonResponse, type ApiResponse } from '../../../simulator/apiResponse.js';
import { BILLING_DIMENSIONS } from './billingCatalog.js';

/** The listed types: each billed dimension's attribution type without its `_usage` suffix. */
export const ATTRIBUTION_TYPES: readonly string[] = BILLING_DIMENSIONS.map((d) =>
  d.attributionType.replace(/_usage$/, ''),
);

/** Serves the list; takes no parameters. */
export function getUsageAttributionTypes(): ApiResponse {
  return jsonResponse(200, {
    data: {
      id: 'usage_attribution_types',
      type: 'usage_attribution_types',
      attributes: { values: ATTRIBUTION_TYPES },
    },
  });
}
