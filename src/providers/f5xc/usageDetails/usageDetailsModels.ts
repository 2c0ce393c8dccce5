import type { F5xcUsageItemRecord } from './usageDetailsClient.js';

/** What `F5xcUsageItem` is backed by (codegen.ts `mappers`): the upstream item as read. */
export type F5xcUsageItemModel = F5xcUsageItemRecord;
