/** What an endpoint handler receives for one authenticated, admitted request. */
import type { DatadogWorld, SimOrg } from './datadogWorld.js';

export interface HandlerContext {
  world: DatadogWorld;
  /** The org whose keys were sent. */
  org: SimOrg;
  query: URLSearchParams;
  /** The simulator's current `maxPageSize` knob. */
  maxPageSize: number;
}
