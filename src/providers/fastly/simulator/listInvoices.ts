/**
 * GET /billing/v3/invoices (the client's `listInvoices`): the customer's posted end-of-month invoices,
 * newest first (sorted by billing start date, newest to oldest, as the official client documents).
 * Every parameter is optional:
 *
 * - `billing_start_date`, `billing_end_date` (ISO 8601 date `YYYY-MM-DD` or date-time; no zone means
 *   UTC): an invoice is listed when its billing period overlaps `[billing_start_date,
 *   billing_end_date]`; malformed or reversed: 400.
 * - `limit`: page size, a string of digits from 1 to 200 (default 100); anything else: 400.
 * - `cursor`: empty or absent for the first page, else the previous page's `next_cursor` (another
 *   query's, another customer's, or a tampered one: 400).
 *
 * `{"data": [Invoice], "meta": {next_cursor, limit, sort: "billing_start_date", total}}`; `next_cursor`
 * is present only while another page follows: the last page has none.
 */
import { jsonResponse, type ApiResponse } from '../../../simulator/apiResponse.js';
import { INVOICES_PAGE_LIMIT } from '../api/fastlyLimits.js';
import { checkOrder, dateParam, limitParam } from './fastlyParams.js';
import type { HandlerContext } from './handlerContext.js';
import { cursorOffset, encodeCursor, queryFingerprint } from './pageCursor.js';

/** Serves one page of invoices; throws BadRequestError for invalid parameters. */
export function listInvoices({ world, customer, query }: HandlerContext): ApiResponse {
  const start = dateParam(query, 'billing_start_date')?.toISOString();
  const end = dateParam(query, 'billing_end_date')?.toISOString();
  if (start !== undefined && end !== undefined) checkOrder('billing_start_date', start, 'billing_end_date', end);
  const limit = limitParam(query, INVOICES_PAGE_LIMIT);
  const invoices = world.invoices(customer.id).filter((invoice) => {
    const periodStart = new Date(invoice.billing_start_date).toISOString();
    const periodEnd = new Date(invoice.billing_end_date).toISOString();
    return (start === undefined || periodEnd >= start) && (end === undefined || periodStart <= end);
  });
  const fingerprint = queryFingerprint(['invoices', customer.id, start ?? '', end ?? '']);
  const offset = cursorOffset(query, fingerprint, invoices.length);
  const page = invoices.slice(offset, offset + limit);
  const nextOffset = offset + page.length;
  return jsonResponse(200, {
    data: page,
    meta: {
      ...(nextOffset < invoices.length ? { next_cursor: encodeCursor(nextOffset, fingerprint) } : {}),
      limit,
      sort: 'billing_start_date',
      total: invoices.length,
    },
  });
}
