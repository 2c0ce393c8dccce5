/** What an endpoint handler receives for one authenticated, admitted request. */
import type { F5xcWorld, SimPrincipal } from './f5xcWorld.js';

export interface HandlerContext {
  world: F5xcWorld;
  principal: SimPrincipal;
  /** The path's `{namespace}` (checked to exist and to be visible to the principal). */
  namespace: string;
  /** The JSON body (an object; `{}` when none was sent). */
  body: Record<string, unknown>;
}
