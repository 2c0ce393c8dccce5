/** Public surface of the Datadog simulator. */
export { startSimulator } from './datadogSimulator.js';
export type { Simulator, SimulatorKnobs, SimulatorOptions } from './datadogSimulator.js';
export { createDatadogWorld, childrenOf, reportedRange, retentionStart, RETENTION_MONTHS } from './datadogWorld.js';
export type { DatadogWorld, DatadogWorldOptions, SimOrg } from './datadogWorld.js';
export type { FaultInjector, FaultKind, FaultSpec } from '../../../simulator/faultInjector.js';
export type { LoggedRequest, RequestLog } from '../../../simulator/requestLog.js';
export { hourlyRecordId } from './getHourlyUsage.js';
export type { HourlyUsageRecord } from './getHourlyUsage.js';
export { SUMMARY_FIELDS } from './getUsageSummary.js';
export { aggregateHourly } from './aggregateHourly.js';
export type { SummaryField } from './getUsageSummary.js';
export { printBanner } from './printBanner.js';
