import { isRecord } from '../../../json/isRecord.js';
import { fastlyGet, malformedBody, requiredString, type FastlyApi } from '../fastlyApi.js';
import { FASTLY_PATHS } from '../api/fastlyPaths.js';

/** `GET /current_customer` (the official client's `getLoggedInCustomer`): the token's customer. */
export const GET_LOGGED_IN_CUSTOMER = 'getLoggedInCustomer';

/** The customer a token belongs to: the Fastly org. */
export interface FastlyCustomer {
  /** Fastly's customer ID. */
  customerId: string;
  name: string;
}

/** Fetches the token's customer. Rejects only with typed errors. */
export function fetchCustomer(api: FastlyApi): Promise<FastlyCustomer> {
  return fastlyGet(api, GET_LOGGED_IN_CUSTOMER, FASTLY_PATHS.getLoggedInCustomer, [], parseCustomer);
}

function parseCustomer(body: unknown): FastlyCustomer {
  if (!isRecord(body)) throw malformedBody(GET_LOGGED_IN_CUSTOMER, 'not an object');
  return {
    customerId: requiredString(GET_LOGGED_IN_CUSTOMER, body, 'id', 'customer'),
    name: requiredString(GET_LOGGED_IN_CUSTOMER, body, 'name', 'customer'),
  };
}
