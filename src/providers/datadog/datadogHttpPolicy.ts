import { rateLimitHeaderReader, type UpstreamPolicy } from '../../upstream/upstreamPolicy.js';
import { createDatadogFreshness } from './datadogFreshness.js';

/** The request headers Datadog's API takes its keys in. */
const DATADOG_CREDENTIAL_HEADERS = ['dd-api-key', 'dd-application-key'] as const;

/**
 * How the upstream client treats Datadog: settledness-aware freshness (72 h data delay, costs final
 * on the 16th), budgets from `X-RateLimit-*` headers (reset in seconds from now), GET reads.
 */
export const datadogHttpPolicy: UpstreamPolicy = {
  createFreshness: createDatadogFreshness,
  readRateLimit: rateLimitHeaderReader({
    name: 'x-ratelimit-name',
    limit: 'x-ratelimit-limit',
    period: 'x-ratelimit-period',
    remaining: 'x-ratelimit-remaining',
    reset: 'x-ratelimit-reset',
    resetIs: 'secondsUntil',
  }),
  cacheableMethods: new Set(['GET']),
  credentialHeaders: DATADOG_CREDENTIAL_HEADERS,
};
