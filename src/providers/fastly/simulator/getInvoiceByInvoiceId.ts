/**
 * GET /billing/v3/invoices/{invoice_id} (the client's `getInvoiceByInvoiceId`): one of the customer's
 * posted end-of-month invoices. Any other id (unknown, not yet posted, another customer's) answers 404
 * in Fastly's error shape.
 */
import { jsonResponse, type ApiResponse } from '../../../simulator/apiResponse.js';
import { errorResponse } from './errorResponse.js';
import type { HandlerContext } from './handlerContext.js';

/** Serves the invoice, or a 404. */
export function getInvoiceByInvoiceId({ world, customer, params }: HandlerContext): ApiResponse {
  const id = params.invoice_id ?? '';
  const invoice = world.invoices(customer.id).find((i) => i.invoice_id === id);
  return invoice
    ? jsonResponse(200, invoice)
    : errorResponse(404, `Expected the id of one of this customer's invoices; got '${id}', which is none`);
}
