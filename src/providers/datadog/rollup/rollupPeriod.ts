import { DAY_MS, HOUR_MS } from '../../../time/utcTime.js';

/** A rollup period length (the GraphQL enum `RollupGranularity`). */
export type RollupGranularity = 'HOUR' | 'DAY' | 'WEEK' | 'MONTH';

/** One period of a rollup, as half-open ms instants. */
export interface RollupPeriod {
  startMs: number;
  endMs: number;
}

/** Days from Monday: 1970-01-01 (day 0) was a Thursday. */
const daysSinceMonday = (dayIndex: number): number => (((dayIndex + 3) % 7) + 7) % 7;

/**
 * The UTC-aligned period of `granularity` that holds the hour `hourMs`, cut to the rollup's window
 * `[windowStartMs, windowEndMs)`: hours, days, ISO weeks (Monday 00:00) and calendar months, the first
 * starting at the window's start and the last ending at its end when the window cuts them (such a
 * period is aggregated over the hours inside the window).
 */
export function rollupPeriod(
  hourMs: number,
  granularity: RollupGranularity,
  windowStartMs: number,
  windowEndMs: number,
): RollupPeriod {
  let startMs: number;
  let endMs: number;
  switch (granularity) {
    case 'HOUR':
      startMs = Math.floor(hourMs / HOUR_MS) * HOUR_MS;
      endMs = startMs + HOUR_MS;
      break;
    case 'DAY':
      startMs = Math.floor(hourMs / DAY_MS) * DAY_MS;
      endMs = startMs + DAY_MS;
      break;
    case 'WEEK': {
      const day = Math.floor(hourMs / DAY_MS);
      startMs = (day - daysSinceMonday(day)) * DAY_MS;
      endMs = startMs + 7 * DAY_MS;
      break;
    }
    case 'MONTH': {
      const t = new Date(hourMs);
      startMs = Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), 1);
      endMs = Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1);
      break;
    }
  }
  return { startMs: Math.max(startMs, windowStartMs), endMs: Math.min(endMs, windowEndMs) };
}
