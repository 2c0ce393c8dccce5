/**
 * Datadog-style rate limiting: a budget of `limit` requests per calendar-aligned period of
 * `periodSeconds` (periods start at multiples of the period since the Unix epoch, real wall clock),
 * kept per bucket (the server uses one bucket per endpoint and API key).
 */

/** Budget settings. */
export interface RateLimitSettings {
  limit: number;
  periodSeconds: number;
}

/** Outcome of one request against its bucket. */
export interface RateLimitDecision {
  allowed: boolean;
  /** `X-RateLimit-*` headers to send with the answer. */
  headers: Record<string, string>;
}

/** Throws unless the settings are usable. */
export function checkRateLimitSettings(settings: RateLimitSettings): void {
  if (!Number.isInteger(settings.limit) || settings.limit < 1) {
    throw new Error(`rateLimit.limit must be an integer >= 1; got ${settings.limit}`);
  }
  if (!Number.isInteger(settings.periodSeconds) || settings.periodSeconds < 1) {
    throw new Error(`rateLimit.periodSeconds must be an integer >= 1; got ${settings.periodSeconds}`);
  }
}

/** Per-bucket fixed-window counter. */
export class RateLimiter {
  private settings: RateLimitSettings;
  private readonly buckets = new Map<string, { window: number; used: number }>();

  constructor(settings: RateLimitSettings) {
    checkRateLimitSettings(settings);
    this.settings = { ...settings };
  }

  /** Replaces the settings and forgets every budget spent so far. */
  configure(settings: RateLimitSettings): void {
    checkRateLimitSettings(settings);
    this.settings = { ...settings };
    this.buckets.clear();
  }

  /** Counts one request in `bucket` at wall time `nowMs`; `allowed` is false once the budget is spent. */
  take(bucket: string, name: string, nowMs: number): RateLimitDecision {
    const { limit, periodSeconds } = this.settings;
    const periodMs = periodSeconds * 1000;
    const window = Math.floor(nowMs / periodMs);
    let state = this.buckets.get(bucket);
    if (!state || state.window !== window) {
      state = { window, used: 0 };
      this.buckets.set(bucket, state);
    }
    const allowed = state.used < limit;
    if (allowed) state.used += 1;
    const resetSeconds = Math.max(1, Math.ceil(((window + 1) * periodMs - nowMs) / 1000));
    return {
      allowed,
      headers: {
        'X-RateLimit-Limit': String(limit),
        'X-RateLimit-Period': String(periodSeconds),
        'X-RateLimit-Remaining': String(Math.max(0, limit - state.used)),
        'X-RateLimit-Reset': String(resetSeconds),
        'X-RateLimit-Name': name,
      },
    };
  }
}
