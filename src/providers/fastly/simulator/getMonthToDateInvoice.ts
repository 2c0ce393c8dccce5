/**
 * GET /billing/v3/invoices/month-to-date (the client's `getMonthToDateInvoice`): the running month's
 * invoice, priced from the usage accrued until the data clock. No statement is posted for it: it has
 * no `invoice_posted_on` or `statement_number`, its line items no `credit_coupon_code` (no credits),
 * and `monthly_transaction_amount` is a string.
 */
import { jsonResponse, type ApiResponse } from '../../../simulator/apiResponse.js';
import type { HandlerContext } from './handlerContext.js';

/** Serves the month-to-date invoice. */
export function getMonthToDateInvoice({ world, customer }: HandlerContext): ApiResponse {
  return jsonResponse(200, world.monthToDateInvoice(customer.id));
}
