import type { HourlyUsageAttributionRequest } from './hourlyUsageAttributionClient.js';
import type { MonthlyUsageAttributionRequest } from './monthlyUsageAttributionClient.js';
import { defineParamsCodec, paramsField } from '../../../pagination/paramsCodec.js';

/**
 * The upstream parameters one attribution stream (or one segment of it) is read with, written by a
 * params codec into the string that travels in connection cursors, so a later request resumes the
 * very upstream stream its cursor came from.
 */

/** An hourly attribution request without its upstream cursor. */
export type HourlyAttributionParams = Omit<HourlyUsageAttributionRequest, 'nextRecordId'>;

/** A monthly attribution request without its upstream cursor. */
export type MonthlyAttributionParams = Omit<MonthlyUsageAttributionRequest, 'nextRecordId'>;

/** The params codec of hourly usage attribution segments (GetHourlyUsageAttribution). */
export const hourlyAttributionParamsCodec = defineParamsCodec<HourlyAttributionParams>({
  name: 'hourlyUsageAttribution',
  version: 1,
  fields: {
    start: paramsField.hour,
    end: paramsField.hour,
    usageType: paramsField.string,
    tagBreakdownKeys: paramsField.strings,
    includeDescendants: paramsField.boolean,
  },
});

/** The params codec of monthly usage attribution streams (GetMonthlyUsageAttribution). */
export const monthlyAttributionParamsCodec = defineParamsCodec<MonthlyAttributionParams>({
  name: 'monthlyUsageAttribution',
  version: 1,
  fields: {
    startMonth: paramsField.month,
    endMonth: paramsField.nullable(paramsField.month),
    fields: paramsField.strings,
    sortDirection: paramsField.nullable(paramsField.string),
    sortName: paramsField.nullable(paramsField.string),
    tagBreakdownKeys: paramsField.strings,
    includeDescendants: paramsField.boolean,
  },
});
