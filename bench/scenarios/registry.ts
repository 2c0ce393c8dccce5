/**
 * Every bench scenario, in the order they run. Consecutive scenarios on one stack share it (see
 * scenario.ts); a provider's scenarios are one module each, added here.
 */
import type { Scenario } from '../scenario.js';
import { biPullScenario } from './biPull.js';
import { biPull7DaysScenario } from './biPull7Days.js';
import { callSuiteScenario } from './callSuite.js';
import { coldWarmScenario } from './coldWarm.js';
import { exampleQueryScenario } from './exampleQuery.js';
import { executionMicroBenchScenario } from './executionMicroBench.js';
import { fastlyUsageYearScenario } from './fastlyUsageYear.js';
import { overheadScenario } from './overhead.js';
import { perOrgUsageScenario } from './perOrgUsage.js';
import { repeatedDashboardScenario } from './repeatedDashboard.js';
import { throughputScenario } from './throughput.js';

export const SCENARIOS: readonly Scenario[] = [
  overheadScenario,
  exampleQueryScenario,
  callSuiteScenario,
  perOrgUsageScenario,
  repeatedDashboardScenario,
  coldWarmScenario,
  throughputScenario,
  biPullScenario,
  biPull7DaysScenario,
  executionMicroBenchScenario,
  fastlyUsageYearScenario,
];
