import { describe, expect, it } from 'vitest';
import { createDatadogFreshness } from '../../../src/providers/datadog/datadogFreshness.js';

const SETTLED = 3_600_000;
const LIVE = 60_000;
const REFERENCE = 600_000;
const policy = createDatadogFreshness({ settledTtlMs: SETTLED, liveTtlMs: LIVE, referenceTtlMs: REFERENCE });
const NOW = Date.parse('2026-03-20T12:00:00Z');
const ttl = (endpoint: string, query: Record<string, string>): number =>
  policy({ provider: 'datadog', endpoint, query: Object.entries(query) }, NOW);

describe('createDatadogFreshness()', () => {
  it('hourly ranges: settled once their end is 72 h old; live when recent or open-ended', () => {
    const range = (start: string, end?: string) => ({
      'filter[timestamp][start]': start,
      ...(end ? { 'filter[timestamp][end]': end } : {}),
    });
    expect(ttl('GetHourlyUsage', range('2026-03-10T00', '2026-03-17T12'))).toBe(SETTLED); // exactly 72 h
    expect(ttl('GetHourlyUsage', range('2026-03-10T00', '2026-03-17T13'))).toBe(LIVE);
    expect(ttl('GetHourlyUsage', range('2026-03-10T00'))).toBe(LIVE);
    expect(ttl('GetHourlyUsage', range('2026-03-10T00', '2026-03-11T00:00:00Z'))).toBe(SETTLED);
    expect(ttl('GetHourlyUsage', range('2026-03-10T00', 'garbage'))).toBe(LIVE);
    expect(ttl('GetHourlyUsageAttribution', { start_hr: '2026-03-01T00', end_hr: '2026-03-02T00' })).toBe(SETTLED);
    expect(ttl('GetHourlyUsageAttribution', { start_hr: '2026-03-19T00', end_hr: '2026-03-20T00' })).toBe(LIVE);
    expect(ttl('GetUsageNetworkFlows', { start_hr: '2026-03-01T00', end_hr: '2026-03-02T00' })).toBe(SETTLED);
  });

  it('month ranges: the end month counts whole, and settles 72 h after it ends', () => {
    for (const endpoint of ['GetUsageSummary', 'GetMonthlyUsageAttribution']) {
      expect(ttl(endpoint, { start_month: '2026-01', end_month: '2026-02' })).toBe(SETTLED);
      expect(ttl(endpoint, { start_month: '2026-01', end_month: '2026-03' })).toBe(LIVE);
      expect(ttl(endpoint, { start_month: '2026-01' })).toBe(LIVE);
    }
    // 2026-03 ends 2026-04-01; 72 h later is 2026-04-04.
    const april4 = Date.parse('2026-04-04T00:00:00Z');
    const q = { provider: 'datadog', endpoint: 'GetUsageSummary', query: [['end_month', '2026-03']] as const };
    expect(policy(q, april4 - 1)).toBe(LIVE);
    expect(policy(q, april4)).toBe(SETTLED);
    expect(ttl('GetUsageBillableSummary', { month: '2026-02' })).toBe(SETTLED);
    expect(ttl('GetUsageBillableSummary', { month: '2026-03' })).toBe(LIVE);
    expect(ttl('GetUsageBillableSummary', {})).toBe(LIVE);
    expect(ttl('GetUsageTopAvgMetrics', { month: '2026-02' })).toBe(SETTLED);
    expect(ttl('GetUsageTopAvgMetrics', { day: '2026-03-16' })).toBe(SETTLED);
    expect(ttl('GetUsageTopAvgMetrics', { day: '2026-03-18' })).toBe(LIVE);
  });

  it('historical costs are final on the 16th of the next month', () => {
    expect(ttl('GetHistoricalCostByOrg', { start_month: '2026-01', end_month: '2026-02' })).toBe(SETTLED); // final 2026-03-16
    expect(ttl('GetHistoricalCostByOrg', { start_month: '2026-01', end_month: '2026-03' })).toBe(LIVE);
    expect(ttl('GetHistoricalCostByOrg', { start_month: '2026-02' })).toBe(LIVE);
    const q = { provider: 'datadog', endpoint: 'GetHistoricalCostByOrg', query: [['end_month', '2026-02']] as const };
    expect(policy(q, Date.parse('2026-03-15T23:59:59Z'))).toBe(LIVE);
    expect(policy(q, Date.parse('2026-03-16T00:00:00Z'))).toBe(SETTLED);
  });

  it('cost attribution is complete on the 19th of the next month', () => {
    // NOW is 2026-03-20: February is complete, March is not; no end month means "up to now".
    expect(ttl('GetMonthlyCostAttribution', { start_month: '2026-01', end_month: '2026-02' })).toBe(SETTLED);
    expect(ttl('GetMonthlyCostAttribution', { start_month: '2026-01', end_month: '2026-03' })).toBe(LIVE);
    expect(ttl('GetMonthlyCostAttribution', { start_month: '2026-01' })).toBe(LIVE);
    const q = {
      provider: 'datadog',
      endpoint: 'GetMonthlyCostAttribution',
      query: [['end_month', '2026-02']] as const,
    };
    // 72 h after the month ended is not enough (it was before): only the 19th is.
    expect(policy(q, Date.parse('2026-03-18T23:59:59Z'))).toBe(LIVE);
    expect(policy(q, Date.parse('2026-03-19T00:00:00Z'))).toBe(SETTLED);
  });

  it('estimates, projections and unknown endpoints are live; reference lists in between', () => {
    expect(ttl('GetEstimatedCostByOrg', { start_month: '2025-01' })).toBe(LIVE);
    expect(ttl('GetProjectedCost', {})).toBe(LIVE);
    expect(ttl('SomethingNew', { end_month: '2020-01' })).toBe(LIVE);
    for (const endpoint of ['GetActiveBillingDimensions', 'GetBillingDimensionMapping', 'GetUsageAttributionTypes']) {
      expect(ttl(endpoint, {})).toBe(REFERENCE);
    }
  });

  it('has defaults: 1 h settled, 60 s live', () => {
    const defaults = createDatadogFreshness();
    expect(defaults({ provider: 'datadog', endpoint: 'GetProjectedCost', query: [] }, NOW)).toBe(60_000);
    expect(defaults({ provider: 'datadog', endpoint: 'GetUsageSummary', query: [['end_month', '2025-01']] }, NOW)).toBe(
      3_600_000,
    );
  });
});
