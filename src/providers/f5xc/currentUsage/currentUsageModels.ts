/** What the F5 open-period types are backed by (codegen.ts `mappers`): the records as read. */
import type { F5xcChargeRecord, F5xcCouponRecord, F5xcCurrentPeriodRecord } from './currentUsageClient.js';

export type F5xcCurrentPeriodModel = F5xcCurrentPeriodRecord;
export type F5xcChargeModel = F5xcChargeRecord;
export type F5xcCouponModel = F5xcCouponRecord;
