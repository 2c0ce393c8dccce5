/**
 * POST /api/web/namespaces/{namespace}/hourly_usage_details (`ListHourlyUsageDetails`):
 * `{namespace, query}` -> `{hourly_usage_items}`, one per UTC hour of the item `query` names (an
 * item's `hourly_breakdown_query`, passed back as is), up to the data clock; they sum exactly to the
 * item's `quantity`. A query for another namespace than the path's (unless the path's is `system`)
 * answers 404.
 */
import { BadRequestError, jsonResponse, type ApiResponse } from '../../../simulator/apiResponse.js';
import { SYSTEM_NAMESPACE } from '../api/f5xcPaths.js';
import { HOURLY_QUERY_MAX_LENGTH } from '../api/f5xcLimits.js';
import { errorResponse } from './errorResponse.js';
import { optionalString } from './f5xcBody.js';
import type { HandlerContext } from './handlerContext.js';
import { decodeHourlyQuery } from './hourlyQuery.js';

/** Serves one item's hourly breakdown. */
export function listHourlyUsageDetails({ world, namespace, body }: HandlerContext): ApiResponse {
  const text = optionalString(body, 'query');
  if (text === undefined) throw new BadRequestError(`'query' is required: an item's hourly_breakdown_query`);
  const query = text.length <= HOURLY_QUERY_MAX_LENGTH ? decodeHourlyQuery(text) : null;
  if (query === null) {
    throw new BadRequestError(`'query' must be an item's hourly_breakdown_query as usage_details wrote it`);
  }
  if (namespace !== SYSTEM_NAMESPACE && query.namespace !== namespace) {
    return errorResponse(404, `the query names usage of another namespace than '${namespace}'`);
  }
  return jsonResponse(200, { hourly_usage_items: world.hourlyItems(query) });
}
