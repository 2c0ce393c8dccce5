/**
 * POST /api/web/namespaces/{namespace}/current_usage (`ListCurrentUsage`): `{namespace, from, to}`
 * (by default the open period) -> `{coupons, discount, total_cost, usage_items}`: priced lines, and
 * for `system` the coupons, with `total_cost` = Σ `amount` − `discount` (all int64 hundredths as strings).
 */
import { jsonResponse, type ApiResponse } from '../../../simulator/apiResponse.js';
import { windowOf } from './f5xcBody.js';
import type { HandlerContext } from './handlerContext.js';

/** Serves the priced usage. */
export function listCurrentUsage({ world, namespace, body }: HandlerContext): ApiResponse {
  const { from, to } = windowOf(body, world.now);
  return jsonResponse(200, world.currentUsage(namespace, from, to));
}
