import type { HourlyUsageAttributionRequest } from './hourlyUsageAttributionClient.js';
import type { MonthlyUsageAttributionRequest } from './monthlyUsageAttributionClient.js';
import { formatHour, formatMonth, parseDateTime, parseMonth } from '../../../time/utcTime.js';

/**
 * The upstream parameters one attribution stream (or one segment of it) is read with, serialized into
 * an opaque string that travels in connection cursors, so a later request resumes the very upstream
 * stream its cursor came from. The strings come from signed cursors: a parse failure is a bug, and
 * throws rather than guessing.
 */

/** An hourly attribution request without its upstream cursor. */
export type HourlyAttributionParams = Omit<HourlyUsageAttributionRequest, 'nextRecordId'>;

/** A monthly attribution request without its upstream cursor. */
export type MonthlyAttributionParams = Omit<MonthlyUsageAttributionRequest, 'nextRecordId'>;

/** Serializes hourly params; the inverse of {@link parseHourlyAttributionParams}. */
export function formatHourlyAttributionParams(p: HourlyAttributionParams): string {
  return JSON.stringify([
    formatHour(p.start),
    formatHour(p.end),
    p.usageType,
    p.tagBreakdownKeys,
    p.includeDescendants,
  ]);
}

function fail(kind: string, text: string): never {
  throw new Error(`malformed ${kind} attribution params: ${text}`);
}

function stringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((k) => typeof k === 'string');
}

/** Parses params produced by {@link formatHourlyAttributionParams}. */
export function parseHourlyAttributionParams(text: string): HourlyAttributionParams {
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed) || parsed.length !== 5) fail('hourly', text);
  const [start, end, usageType, keys, desc] = parsed as unknown[];
  const s = typeof start === 'string' ? parseDateTime(start) : null;
  const e = typeof end === 'string' ? parseDateTime(end) : null;
  if (!s || !e || typeof usageType !== 'string' || !stringList(keys) || typeof desc !== 'boolean') {
    fail('hourly', text);
  }
  return { start: s, end: e, usageType, tagBreakdownKeys: keys, includeDescendants: desc };
}

/** Serializes monthly params; the inverse of {@link parseMonthlyAttributionParams}. */
export function formatMonthlyAttributionParams(p: MonthlyAttributionParams): string {
  return JSON.stringify([
    formatMonth(p.startMonth),
    p.endMonth === null ? null : formatMonth(p.endMonth),
    p.fields,
    p.sortDirection,
    p.sortName,
    p.tagBreakdownKeys,
    p.includeDescendants,
  ]);
}

/** Parses params produced by {@link formatMonthlyAttributionParams}. */
export function parseMonthlyAttributionParams(text: string): MonthlyAttributionParams {
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed) || parsed.length !== 7) fail('monthly', text);
  const [start, end, fields, direction, sortName, keys, desc] = parsed as unknown[];
  const s = typeof start === 'string' ? parseMonth(start) : null;
  const e = end === null ? null : typeof end === 'string' ? parseMonth(end) : undefined;
  if (
    !s ||
    e === undefined ||
    !stringList(fields) ||
    (direction !== null && typeof direction !== 'string') ||
    (sortName !== null && typeof sortName !== 'string') ||
    !stringList(keys) ||
    typeof desc !== 'boolean'
  ) {
    fail('monthly', text);
  }
  return {
    startMonth: s,
    endMonth: e,
    fields,
    sortDirection: direction,
    sortName,
    tagBreakdownKeys: keys,
    includeDescendants: desc,
  };
}
