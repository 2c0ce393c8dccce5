/**
 * GET /current_customer (the client's `getLoggedInCustomer`): the customer the token belongs to, as a
 * subset of Fastly's `CustomerResponse` (id, name, owner, network type, account flags, timestamps).
 */
import { jsonResponse, type ApiResponse } from '../../../simulator/apiResponse.js';
import { isoSeconds } from './billingPeriod.js';
import type { HandlerContext } from './handlerContext.js';

/** Serves the calling customer. */
export function getLoggedInCustomer({ customer }: HandlerContext): ApiResponse {
  const createdAt = isoSeconds(customer.createdAt);
  return jsonResponse(200, {
    billing_network_type: 'public',
    force_2fa: false,
    force_sso: false,
    has_account_panel: true,
    name: customer.name,
    owner_id: customer.ownerId,
    created_at: createdAt,
    deleted_at: null,
    updated_at: createdAt,
    id: customer.id,
  });
}
