/**
 * GET /billing/v3/service-usage-metrics (the client's `getServiceLevelUsage`): usage broken down by
 * service, for services with non-zero usage. Every parameter is optional:
 *
 * - `product_id` with `usage_type_name` (one without the other: 400; a pair the catalog lacks: 400)
 *   picks one usage type; `data.usage_type` and `data.unit` then name it. Without them the details
 *   cover every usage type (catalog order, then service id) and `data` has no `usage_type` or `unit`,
 *   since the page mixes them: a caller wanting figures it can read always passes both.
 * - `service`: one service id (unknown: no details).
 * - `start_month`, `end_month` (`YYYY-MM`): the months summed, inclusive; `end_month` defaults to the
 *   current month and `start_month` to `end_month`; reversed: 400. `usage_units` of a service is its
 *   exact usage over those months; `start_time`/`end_time` are the first and last second of the range.
 * - `limit`: page size, a string of digits from 1 to 10000 (default 1000); anything else: 400.
 * - `cursor`: empty or absent for the first page, else the `next_cursor` of the previous page
 *   (another query's, another customer's, or a tampered one: 400).
 *
 * `data.meta`: `limit` (the page size asked for), `sort` (`service_id`), `total` (details across all
 * pages) and `next_cursor`, present only while another page follows: the last page has none.
 */
import { BadRequestError, jsonResponse, type ApiResponse } from '../../../simulator/apiResponse.js';
import { optionalParam } from '../../../simulator/queryParams.js';
import { SERVICE_USAGE_PAGE_LIMIT } from '../api/fastlyLimits.js';
import { isoSeconds, monthLastSecond, monthStart } from './billingPeriod.js';
import { findUsageType } from './fastlyCatalog.js';
import { checkOrder, limitParam, monthParam } from './fastlyParams.js';
import type { HandlerContext } from './handlerContext.js';
import { cursorOffset, encodeCursor, queryFingerprint } from './pageCursor.js';

/** Serves one page of service usage; throws BadRequestError for invalid parameters. */
export function getServiceLevelUsage({ world, customer, query }: HandlerContext): ApiResponse {
  const productId = optionalParam(query, 'product_id');
  const usageTypeName = optionalParam(query, 'usage_type_name');
  if ((productId === undefined) !== (usageTypeName === undefined)) {
    const [given, missing] =
      productId === undefined ? ['usage_type_name', 'product_id'] : ['product_id', 'usage_type_name'];
    throw new BadRequestError(
      `The parameters 'product_id' and 'usage_type_name' go together; got '${given}' without '${missing}'`,
    );
  }
  const type =
    productId !== undefined && usageTypeName !== undefined ? findUsageType(productId, usageTypeName) : undefined;
  if (productId !== undefined && !type) {
    throw new BadRequestError(
      `Invalid value for the parameters 'product_id' and 'usage_type_name': expected a usage type of the product, got product '${productId}' with usage type '${usageTypeName}'`,
    );
  }
  const serviceId = optionalParam(query, 'service');
  const endMonth = monthParam(query, 'end_month') ?? world.currentMonth;
  const startMonth = monthParam(query, 'start_month') ?? endMonth;
  checkOrder('start_month', startMonth, 'end_month', endMonth);
  const limit = limitParam(query, SERVICE_USAGE_PAGE_LIMIT);
  const details = world.serviceUsage(customer.id, {
    ...(type ? { type } : {}),
    ...(serviceId !== undefined ? { serviceId } : {}),
    startMonth,
    endMonth,
  });
  const fingerprint = queryFingerprint([
    'service-usage',
    customer.id,
    productId ?? '',
    usageTypeName ?? '',
    serviceId ?? '',
    startMonth,
    endMonth,
  ]);
  const offset = cursorOffset(query, fingerprint, details.length);
  const page = details.slice(offset, offset + limit);
  const nextOffset = offset + page.length;
  return jsonResponse(200, {
    data: {
      customer_id: customer.id,
      start_time: isoSeconds(monthStart(startMonth)),
      end_time: isoSeconds(monthLastSecond(endMonth)),
      ...(type ? { usage_type: type.usageType, unit: type.unit } : {}),
      details: page,
      meta: {
        ...(nextOffset < details.length ? { next_cursor: encodeCursor(nextOffset, fingerprint) } : {}),
        limit,
        sort: 'service_id',
        total: details.length,
      },
    },
  });
}
