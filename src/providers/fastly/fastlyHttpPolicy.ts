import { rateLimitHeaderReader, type UpstreamPolicy } from '../../upstream/upstreamPolicy.js';
import { createFastlyFreshness } from './fastlyFreshness.js';

/**
 * How the upstream client treats Fastly: settledness-aware freshness (closed months and final
 * invoices settle, month to date is live), budgets from `Fastly-RateLimit-Remaining` and
 * `Fastly-RateLimit-Reset` (a Unix time), GET reads, the token in `Fastly-Key`.
 */
export const fastlyHttpPolicy: UpstreamPolicy = {
  createFreshness: createFastlyFreshness,
  readRateLimit: rateLimitHeaderReader({
    remaining: 'fastly-ratelimit-remaining',
    reset: 'fastly-ratelimit-reset',
    resetIs: 'epochSeconds',
  }),
  cacheableMethods: new Set(['GET']),
  credentialHeaders: ['fastly-key'],
};
