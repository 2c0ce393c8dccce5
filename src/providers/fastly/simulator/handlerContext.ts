/** What an endpoint handler receives for one authenticated, admitted request. */
import type { FastlyWorld, SimCustomer } from './fastlyWorld.js';

export interface HandlerContext {
  world: FastlyWorld;
  /** The customer whose token was sent. */
  customer: SimCustomer;
  query: URLSearchParams;
  /** Path parameters (`invoice_id`). */
  params: Readonly<Record<string, string>>;
}
