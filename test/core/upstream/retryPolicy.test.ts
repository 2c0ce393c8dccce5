import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETRY_SETTINGS,
  backoffDelayMs,
  checkRetrySettings,
  isRetryableStatus,
  retryAfterSeconds,
} from '../../../src/upstream/retryPolicy.js';

describe('backoffDelayMs()', () => {
  const s = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1_000 };
  it('doubles per retry, capped, with half of it random', () => {
    expect([1, 2, 3, 4, 5, 10].map((n) => backoffDelayMs(n, s, () => 0))).toEqual([50, 100, 200, 400, 500, 500]);
    expect([1, 2, 3, 4, 5, 10].map((n) => backoffDelayMs(n, s, () => 0.999999))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
    for (let i = 0; i < 100; i++) {
      const d = backoffDelayMs(3, s);
      expect(d).toBeGreaterThanOrEqual(200);
      expect(d).toBeLessThanOrEqual(400);
    }
  });
});

describe('retryAfterSeconds()', () => {
  it("the provider's reset first (as its policy read it), then Retry-After in seconds or as a date; null when neither", () => {
    expect(retryAfterSeconds({ 'retry-after': '3' }, 7)).toBe(7);
    expect(retryAfterSeconds({}, 0.2)).toBe(1);
    expect(retryAfterSeconds({ 'retry-after': '3' }, null)).toBe(3);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterSeconds({ 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' }, null, now)).toBe(30);
    expect(retryAfterSeconds({ 'retry-after': 'soon' }, null)).toBeNull();
    expect(retryAfterSeconds({}, null)).toBeNull();
  });
});

describe('retry settings', () => {
  it('retries 5xx and 408, never other 4xx', () => {
    expect([500, 502, 503, 504, 408].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 422, 429].some(isRetryableStatus)).toBe(false);
  });
  it('checks settings and names what is wrong', () => {
    expect(() => checkRetrySettings(DEFAULT_RETRY_SETTINGS)).not.toThrow();
    expect(() => checkRetrySettings({ ...DEFAULT_RETRY_SETTINGS, maxAttempts: 0 })).toThrow(
      /maxAttempts must be an integer from 1 to 20, but got: 0/,
    );
    expect(() => checkRetrySettings({ ...DEFAULT_RETRY_SETTINGS, maxDelayMs: 1 })).toThrow(/maxDelayMs/);
  });
});
