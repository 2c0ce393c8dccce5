/**
 * POST /api/web/namespaces/{namespace}/usage_details (`ListUsageDetails`): `{namespace, from, to}` ->
 * `{usage_items}`, one item per object and metric with usage in the window; `system` lists every
 * namespace's. Each item's `hourly_breakdown_query` is what `hourly_usage_details` takes back.
 */
import { jsonResponse, type ApiResponse } from '../../../simulator/apiResponse.js';
import { windowOf } from './f5xcBody.js';
import type { HandlerContext } from './handlerContext.js';

/** Serves the usage details. */
export function listUsageDetails({ world, namespace, body }: HandlerContext): ApiResponse {
  const { from, to } = windowOf(body, world.now);
  return jsonResponse(200, { usage_items: world.usageItems(namespace, from, to) });
}
