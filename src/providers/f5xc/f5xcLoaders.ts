import { createCurrentPeriodLoader, type CurrentPeriodLoader } from './currentUsage/currentPeriodLoader.js';
import type { F5xcApi } from './f5xcApi.js';
import { createHourlyUsageLoader, type HourlyUsageLoader } from './hourlyUsage/hourlyUsageLoader.js';
import { createMonthlyChargesLoader, type MonthlyChargesLoader } from './monthlyUsage/monthlyUsageLoader.js';
import { createUsageDetailsLoader, type UsageDetailsLoader } from './usageDetails/usageDetailsLoader.js';

/** Every F5 loader of one GraphQL operation. New per operation: nothing here outlives a request. */
export interface F5xcLoaders {
  usageDetails: UsageDetailsLoader;
  hourlyUsage: HourlyUsageLoader;
  monthlyCharges: MonthlyChargesLoader;
  currentPeriod: CurrentPeriodLoader;
}

/** Builds the loaders of one operation. */
export function createF5xcLoaders(api: F5xcApi): F5xcLoaders {
  return {
    usageDetails: createUsageDetailsLoader(api),
    hourlyUsage: createHourlyUsageLoader(api),
    monthlyCharges: createMonthlyChargesLoader(api),
    currentPeriod: createCurrentPeriodLoader(api),
  };
}
