/**
 * When a failed upstream attempt is tried again, and after how long. Retried: 5xx and 408, timeouts,
 * connection failures and bodies that do not parse (all transient), and 429 (after the wait the
 * upstream asks for). Never retried: any other 4xx, which would only fail again.
 */
import { headerValue, numericHeaderValue } from '../http/headerValue.js';
import type { ResponseHeaders } from './upstreamPolicy.js';

export interface RetrySettings {
  /** Attempts per request, the first included. Defaults to 4. */
  maxAttempts: number;
  /** Backoff before the first retry, before jitter; doubles on each further retry. Defaults to 200 ms. */
  baseDelayMs: number;
  /** Upper bound of any backoff delay. Defaults to 5_000 ms. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_SETTINGS: RetrySettings = { maxAttempts: 4, baseDelayMs: 200, maxDelayMs: 5_000 };

/** Throws unless the settings are usable; names the setting and the value. */
export function checkRetrySettings(s: RetrySettings): void {
  if (!(Number.isInteger(s.maxAttempts) && s.maxAttempts >= 1 && s.maxAttempts <= 20)) {
    throw new Error(`maxAttempts must be an integer from 1 to 20, but got: ${s.maxAttempts}`);
  }
  if (!(s.baseDelayMs >= 0)) throw new Error(`baseDelayMs must be >= 0, but got: ${s.baseDelayMs}`);
  if (!(s.maxDelayMs >= s.baseDelayMs)) {
    throw new Error(`maxDelayMs must be >= baseDelayMs (${s.baseDelayMs}), but got: ${s.maxDelayMs}`);
  }
}

/**
 * The backoff before retry number `retry` (1 = the first retry): exponential, capped, with "equal
 * jitter" (half fixed, half random) so that concurrent clients spread out but never retry at once.
 */
export function backoffDelayMs(retry: number, s: RetrySettings, random: () => number = Math.random): number {
  const exponential = Math.min(s.maxDelayMs, s.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}

/** Whether an HTTP status is worth another attempt (429 is handled separately, by waiting). */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 408;
}

/**
 * Seconds a 429 asks to wait: when the budget resets, as the provider's policy read it from its own
 * headers (`resetSeconds`), else the standard `Retry-After` (seconds or an HTTP date); null when
 * the answer says neither.
 */
export function retryAfterSeconds(
  headers: ResponseHeaders,
  resetSeconds: number | null,
  nowMs: number = Date.now(),
): number | null {
  if (resetSeconds !== null && Number.isFinite(resetSeconds) && resetSeconds >= 0) return Math.ceil(resetSeconds);
  const retryAfter = headerValue(headers, 'retry-after');
  if (retryAfter !== null) {
    const seconds = numericHeaderValue(headers, 'retry-after');
    if (seconds !== null && seconds >= 0) return Math.ceil(seconds);
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return Math.max(0, Math.ceil((at - nowMs) / 1000));
  }
  return null;
}
