/**
 * POST /api/web/namespaces/{namespace}/monthly_usage (`ListMonthlyUsage`): `{namespace}` ->
 * `{monthly_usage_items}`, the closed months' amounts (int64 hundredths as strings), oldest first.
 */
import { jsonResponse, type ApiResponse } from '../../../simulator/apiResponse.js';
import type { HandlerContext } from './handlerContext.js';

/** Serves the monthly amounts. */
export function listMonthlyUsage({ world, namespace }: HandlerContext): ApiResponse {
  return jsonResponse(200, { monthly_usage_items: world.monthlyUsage(namespace) });
}
