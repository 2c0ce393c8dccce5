import { defineParamsCodec, paramsField } from '../../../pagination/paramsCodec.js';

/**
 * The upstream parameters one segment of an hourly-usage stream is read with. Written by
 * {@link hourlyUsageParamsCodec} into the string that travels in connection cursors, so a later
 * request resumes the same upstream stream (same window, families, org scope and page size) its
 * cursor came from.
 */
export interface HourlyUsageSegmentParams {
  start: Date;
  end: Date;
  /** Sorted family names, or `['all']`. */
  families: readonly string[];
  includeDescendants: boolean;
  pageLimit: number;
  /**
   * The account org's public ID when a descendants stream also serves account-only views (they keep
   * just the records of this org); empty otherwise.
   */
  accountPublicId: string;
}

/** The params codec of hourly-usage segments (GetHourlyUsage). */
export const hourlyUsageParamsCodec = defineParamsCodec<HourlyUsageSegmentParams>({
  name: 'hourlyUsage',
  version: 1,
  fields: {
    start: paramsField.hour,
    end: paramsField.hour,
    families: paramsField.strings,
    includeDescendants: paramsField.boolean,
    pageLimit: paramsField.integer,
    accountPublicId: paramsField.string,
  },
});
