/**
 * The floor of a bulk pull: the least time any client could take to fetch the same records from the
 * upstream, under the same budget and latency.
 *
 * The upstream serves one multi-org window of at most 24 h per call and at most 500 records per page;
 * a window's pages form a chain (each needs the previous page's cursor), windows are independent. So
 * the minimal plan is ceil(records / 500) calls per 24 h window, and its time is at least the largest
 * of:
 * - the longest chain: the most pages of one window, one after another;
 * - the concurrency bound: all calls in rounds of the allowed concurrency;
 * - the rate-limit bound: with fixed, calendar-aligned windows and a full budget at the start, call
 *   number n (0-based) cannot be sent before ⌊n / limit⌋ periods have passed.
 * Each call is taken to last the mean latency the simulator logged for the pull's calls.
 * `sustainedRateMs` (calls ÷ budget × period) is the long-run bound, shown for reference: a pull that
 * fits in one budget beats it.
 */
import { HOURLY_USAGE_MAX_PAGE_LIMIT } from '../src/providers/datadog/hourlyUsage/hourlyUsageClient.js';
import { round } from './percentile.js';

export interface PullFloorInput {
  /** The records of each 24 h window of the pull. */
  recordsPerWindow: readonly number[];
  /** Mean upstream latency per call (as the simulator logged it). */
  latencyMs: number;
  /** Calls the client may have in flight at once. */
  concurrency: number;
  rateLimit: { limit: number; periodSeconds: number };
}

export interface PullFloor {
  minimalCalls: number;
  latencyMs: number;
  chainMs: number;
  concurrencyMs: number;
  rateLimitMs: number;
  sustainedRateMs: number;
  /** The largest of the chain, concurrency and rate-limit bounds. */
  floorMs: number;
}

export function pullFloor(input: PullFloorInput): PullFloor {
  const { latencyMs, concurrency, rateLimit } = input;
  const pages = input.recordsPerWindow.map((n) => Math.max(1, Math.ceil(n / HOURLY_USAGE_MAX_PAGE_LIMIT)));
  const calls = pages.reduce((a, b) => a + b, 0);
  const chainMs = Math.max(0, ...pages) * latencyMs;
  const concurrencyMs = Math.ceil(calls / concurrency) * latencyMs;
  const periodMs = rateLimit.periodSeconds * 1000;
  const rateLimitMs = Math.floor((calls - 1) / rateLimit.limit) * periodMs + latencyMs;
  return {
    minimalCalls: calls,
    latencyMs: round(latencyMs),
    chainMs: round(chainMs),
    concurrencyMs: round(concurrencyMs),
    rateLimitMs: round(rateLimitMs),
    sustainedRateMs: round((calls / rateLimit.limit) * periodMs),
    floorMs: round(Math.max(chainMs, concurrencyMs, rateLimitMs)),
  };
}
