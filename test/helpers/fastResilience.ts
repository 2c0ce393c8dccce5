import type { UpstreamResilienceOptions } from '../../src/upstream/http.js';

/**
 * The production upstream behaviour (page cache, pacing, single-flight, four attempts) with delays
 * small enough for tests; the breaker is out of the way unless a test is about it.
 */
export const FAST_RESILIENCE: UpstreamResilienceOptions = {
  retry: { maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 40 },
  breaker: { failureThreshold: 1_000_000, coolDownMs: 200 },
};

/** Attempts per request under {@link FAST_RESILIENCE}. */
export const ATTEMPTS = 4;
