import { rateLimitHeaderReader, type UpstreamPolicy } from '../../upstream/upstreamPolicy.js';
import { F5XC_RATE_LIMIT_HEADERS } from './api/f5xcHeaders.js';
import { createF5xcFreshness } from './f5xcFreshness.js';

/**
 * How the upstream client treats F5 Distributed Cloud: its reads are POSTs with a JSON body (cached
 * and shared by body), budgets from `X-RateLimit-Remaining` / `-Reset` (seconds until), the token in
 * `Authorization`.
 */
export const f5xcHttpPolicy: UpstreamPolicy = {
  createFreshness: createF5xcFreshness,
  readRateLimit: rateLimitHeaderReader({
    limit: F5XC_RATE_LIMIT_HEADERS.limit.toLowerCase(),
    remaining: F5XC_RATE_LIMIT_HEADERS.remaining.toLowerCase(),
    reset: F5XC_RATE_LIMIT_HEADERS.reset.toLowerCase(),
    resetIs: 'secondsUntil',
  }),
  cacheableMethods: new Set(['POST']),
  credentialHeaders: ['authorization'],
};
