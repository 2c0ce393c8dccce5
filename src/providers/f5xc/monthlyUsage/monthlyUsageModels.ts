import type { F5xcMonthlyChargeRecord } from './monthlyUsageClient.js';

/** What `F5xcMonthlyCharge` is backed by (codegen.ts `mappers`). */
export type F5xcMonthlyChargeModel = F5xcMonthlyChargeRecord;
