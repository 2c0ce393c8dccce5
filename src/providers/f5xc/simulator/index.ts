/** Public surface of the F5 Distributed Cloud simulator. */
export { startSimulator, ENDPOINTS } from './f5xcSimulator.js';
export type { Simulator, SimulatorKnobs, SimulatorOptions } from './f5xcSimulator.js';
export { createF5xcWorld } from './f5xcWorld.js';
export type { F5xcWorld, SimPrincipal } from './f5xcWorld.js';
export type { SimMetric, SimNamespace, SimObject } from './f5xcCatalog.js';
export type {
  CalculatedUsageItem,
  Coupon,
  CurrentUsage,
  HourlyItem,
  MonthlyUsageItem,
  UsageItem,
} from './f5xcRecords.js';
export type { FaultInjector, FaultKind, FaultSpec } from '../../../simulator/faultInjector.js';
export type { LoggedRequest, RequestLog } from '../../../simulator/requestLog.js';
export { printBanner } from './printBanner.js';
