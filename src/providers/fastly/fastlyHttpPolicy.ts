import { rateLimitHeaderReader, type UpstreamPolicy } from '../../upstream/upstreamPolicy.js';
import { createFastlyFreshness } from './fastlyFreshness.js';

/**
 * How the upstream client treats Fastly: settledness-aware freshness (closed months and final
 * invoices settle, month to date is live), budgets from `Fastly-RateLimit-Remaining` and
 * `Fastly-RateLimit-Reset` (a Unix time), GET reads, the token in `Fastly-Key`. Fastly documents
 * 1,000 non-read requests an hour per token and no limit on reads: a fresh gateway sends its first
 * GETs without probing the budget, and learns it from the headers.
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
  documentedRateLimit: { limit: 1000, periodSeconds: 3600, methods: ['POST', 'PUT', 'PATCH', 'DELETE'] },
};
