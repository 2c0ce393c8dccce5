import { describe, expect, it } from 'vitest';
import { createF5xcFreshness } from '../../../src/providers/f5xc/f5xcFreshness.js';

const fresh = createF5xcFreshness({ settledTtlMs: 3_600_000, liveTtlMs: 60_000 });
const NOW = Date.parse('2026-11-20T10:30:00Z');
const req = (endpoint: string, body: unknown) => ({ provider: 'f5xc', endpoint, query: [], body });

describe('F5 freshness', () => {
  it('usage details of a window that ended before yesterday are settled; later windows are live', () => {
    expect(
      fresh(
        req('ListUsageDetails', { namespace: 'system', from: '2026-11-01T00:00:00Z', to: '2026-11-19T00:00:00Z' }),
        NOW,
      ),
    ).toBe(3_600_000);
    expect(
      fresh(
        req('ListUsageDetails', { namespace: 'system', from: '2026-11-01T00:00:00Z', to: '2026-11-19T01:00:00Z' }),
        NOW,
      ),
    ).toBe(60_000);
    expect(fresh(req('ListUsageDetails', { namespace: 'system' }), NOW)).toBe(60_000);
  });

  it('the open period, monthly charges and hourly breakdowns are live', () => {
    for (const endpoint of ['ListCurrentUsage', 'ListMonthlyUsage', 'ListHourlyUsageDetails']) {
      expect(fresh(req(endpoint, { namespace: 'system', to: '2026-01-01T00:00:00Z' }), NOW)).toBe(60_000);
    }
  });
});
