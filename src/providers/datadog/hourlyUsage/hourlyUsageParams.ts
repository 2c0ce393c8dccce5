import { formatHour, parseDateTime } from '../../../time/utcTime.js';

/**
 * The upstream parameters one segment of an hourly-usage stream is read with. Serialized into an
 * opaque string that travels in connection cursors, so a later request resumes the same upstream
 * stream (same window, families, org scope and page size) its cursor came from.
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

/** Serializes params; the inverse of {@link parseSegmentParams}. */
export function formatSegmentParams(p: HourlyUsageSegmentParams): string {
  return [
    formatHour(p.start),
    formatHour(p.end),
    p.families.join(','),
    p.includeDescendants ? '1' : '0',
    String(p.pageLimit),
    p.accountPublicId,
  ].join('|');
}

/**
 * Parses params produced by {@link formatSegmentParams}. The string comes from a signed cursor, so a
 * failure here means a bug, not user input; it still throws rather than guessing.
 */
export function parseSegmentParams(text: string): HourlyUsageSegmentParams {
  const [start, end, families, desc, limit, account] = text.split('|');
  const s = start === undefined ? null : parseDateTime(start);
  const e = end === undefined ? null : parseDateTime(end);
  const pageLimit = Number(limit);
  if (
    !s ||
    !e ||
    !families ||
    (desc !== '0' && desc !== '1') ||
    !Number.isInteger(pageLimit) ||
    account === undefined
  ) {
    throw new Error(`malformed hourly usage segment params: ${text}`);
  }
  return {
    start: s,
    end: e,
    families: families.split(','),
    includeDescendants: desc === '1',
    pageLimit,
    accountPublicId: account,
  };
}
