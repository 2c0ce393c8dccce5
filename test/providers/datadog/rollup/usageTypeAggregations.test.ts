import { describe, expect, it } from 'vitest';
import { PRODUCT_FAMILY_USAGE_TYPES } from '../../../../src/providers/datadog/api/productFamilies.js';
import { billedAggregation } from '../../../../src/providers/datadog/api/usageTypeAggregations.js';
import { SUMMARY_FIELDS } from '../../../../src/providers/datadog/simulator/summaryFields.js';

const AS_ROLLUP = { top99p: 'P99', avg: 'AVG', hwm: 'MAX', sum: 'SUM' } as const;

/**
 * The billed aggregations (api/usageTypeAggregations.ts) against the usage summary's figures: every
 * usage type the summary reports is rolled up by default with one of the aggregations the summary
 * reports it by (`*_top99p`, `*_avg`, `*_hwm`, `*_sum`).
 */
describe('billed aggregations agree with the usage summary', () => {
  const bySeries = new Map<string, Set<string>>();
  for (const f of SUMMARY_FIELDS) {
    const key = `${f.family}.${f.usageType}`;
    bySeries.set(key, (bySeries.get(key) ?? new Set()).add(AS_ROLLUP[f.aggregation]));
  }

  it.each([...bySeries.entries()])('%s', (key, aggregations) => {
    const [family = '', usageType = ''] = key.split('.');
    expect([...aggregations]).toContain(billedAggregation(family, usageType));
  });

  it('host counts are P99 and byte counts SUM in every family; an unknown usage type falls under the rules by name', () => {
    for (const [family, types] of Object.entries(PRODUCT_FAMILY_USAGE_TYPES)) {
      for (const t of types) {
        if (t.endsWith('bytes') || t.endsWith('_bytes_processed')) expect(billedAggregation(family, t)).toBe('SUM');
      }
    }
    expect(billedAggregation('infra_hosts', 'host_count')).toBe('P99');
    expect(billedAggregation('security', 'host_count')).toBe('P99');
    expect(billedAggregation('infra_hosts', 'future_cloud_host_count')).toBe('P99');
    expect(billedAggregation('logs', 'future_events')).toBe('SUM');
  });
});
