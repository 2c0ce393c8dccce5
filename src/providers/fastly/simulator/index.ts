/** Public surface of the Fastly simulator. */
export { startSimulator, ENDPOINTS } from './fastlySimulator.js';
export type { Simulator, SimulatorKnobs, SimulatorOptions } from './fastlySimulator.js';
export { createFastlyWorld } from './fastlyWorld.js';
export type { FastlyWorld, ServiceUsageQuery, SimCustomer, SimService } from './fastlyWorld.js';
export type { SimProduct, SimUsageType } from './fastlyCatalog.js';
export type {
  EomInvoice,
  InvoiceLineItem,
  MtdInvoice,
  MtdLineItem,
  ServiceUsageDetail,
  UsageMetric,
} from './fastlyRecords.js';
export type { FaultInjector, FaultKind, FaultSpec } from '../../../simulator/faultInjector.js';
export type { LoggedRequest, RequestLog } from '../../../simulator/requestLog.js';
export { printBanner } from './printBanner.js';
