/**
 * Fixed-window rate limiting: a budget of `limit` requests per calendar-aligned period of
 * `periodSeconds` (periods start at multiples of the period since the Unix epoch, real wall clock),
 * kept per bucket (the server uses one bucket per endpoint and principal). Which headers announce
 * the budget, and how the reset is written, is the provider's {@link RateLimitHeaders}.
 */

/** Budget settings. */
export interface RateLimitSettings {
  limit: number;
  periodSeconds: number;
}

/**
 * The provider's rate-limit header names; a header whose name is absent is not sent. E.g. Datadog:
 * `X-RateLimit-Limit`/`-Period`/`-Remaining`/`-Reset`/`-Name` with the reset in seconds until it;
 * Fastly: `Fastly-RateLimit-Remaining`/`-Reset` with the reset as Unix time.
 */
export interface RateLimitHeaders {
  /** The budget per period. */
  limit?: string;
  /** The period in seconds. */
  period?: string;
  /** Requests left in the current period. */
  remaining?: string;
  /** When the budget resets, written as {@link resetAs} says. */
  reset?: string;
  /** The name of the budget (the route's `rateLimitName`). */
  name?: string;
  /** `secondsUntil`: whole seconds until the period ends (at least 1); `epochSeconds`: the Unix time in seconds at which it ends. */
  resetAs: 'secondsUntil' | 'epochSeconds';
}

/** Outcome of one request against its bucket. */
export interface RateLimitDecision {
  allowed: boolean;
  /** The rate-limit headers to send with the answer. */
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

  constructor(
    settings: RateLimitSettings,
    private readonly names: RateLimitHeaders,
  ) {
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
    const endMs = (window + 1) * periodMs;
    const reset = this.names.resetAs === 'epochSeconds' ? endMs / 1000 : Math.max(1, Math.ceil((endMs - nowMs) / 1000));
    return {
      allowed,
      headers: this.headers({
        limit: String(limit),
        period: String(periodSeconds),
        remaining: String(Math.max(0, limit - state.used)),
        reset: String(reset),
        name,
      }),
    };
  }

  /**
   * The remaining and reset headers of a budget that is spent and resets `resetSeconds` after wall
   * time `nowMs` (what an injected rate-limit fault announces); the other headers come from `take`.
   */
  spentHeaders(resetSeconds: number, nowMs: number): Record<string, string> {
    const reset = this.names.resetAs === 'epochSeconds' ? Math.floor(nowMs / 1000) + resetSeconds : resetSeconds;
    return this.headers({ remaining: '0', reset: String(reset) });
  }

  /** The given values under the configured header names, in the order limit, period, remaining, reset, name. */
  private headers(
    values: Partial<Record<'limit' | 'period' | 'remaining' | 'reset' | 'name', string>>,
  ): Record<string, string> {
    const headers: Record<string, string> = {};
    for (const field of ['limit', 'period', 'remaining', 'reset', 'name'] as const) {
      const header = this.names[field];
      const value = values[field];
      if (header !== undefined && value !== undefined) headers[header] = value;
    }
    return headers;
  }
}
