import { AggregatorRegistry, Counter, Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { createOperationTally } from '../../../src/metrics/operationTally.js';

const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const COUNTER = { name: 'meterql_graphql_operations_total', help: 'Operations.' };
const HISTOGRAM = { name: 'meterql_graphql_operation_duration_seconds', help: 'Durations.', buckets: BUCKETS };

/** Observations that land in the first bucket, on a bound, between bounds and past the last one. */
const OBSERVATIONS: Array<[string, string, string, number]> = [
  ['Dashboard', 'ok', 'hit', 0.0004],
  ['Dashboard', 'ok', 'hit', 0.001],
  ['anonymous', 'error', 'bypass', 0.3],
  ['Dashboard', 'ok', 'miss', 0.07],
  ['Dashboard', 'ok', 'hit', 0.0031],
  ['Pull', 'partial', 'miss', 45],
  ['anonymous', 'error', 'bypass', 2.5],
];

/** The same observations through prom-client's own labelled Counter and Histogram. */
function promClientRegistry(): Registry {
  const registry = new Registry();
  const labelNames = ['operation', 'outcome', 'cache'] as const;
  const counter = new Counter({ ...COUNTER, labelNames, registers: [registry] });
  const histogram = new Histogram({ ...HISTOGRAM, labelNames, registers: [registry] });
  for (const [operation, outcome, cache, seconds] of OBSERVATIONS) {
    counter.inc({ operation, outcome, cache });
    histogram.observe({ operation, outcome, cache }, seconds);
  }
  return registry;
}

function talliedRegistry(): Registry {
  const registry = new Registry();
  const tally = createOperationTally({ counter: COUNTER, histogram: HISTOGRAM, registers: [registry] });
  for (const [operation, outcome, cache, seconds] of OBSERVATIONS) tally.record(operation, outcome, cache, seconds);
  return registry;
}

describe('operation tally', () => {
  it('exposes exactly what prom-client labelled metrics fed the same operations expose', async () => {
    const expected = await promClientRegistry().metrics();
    expect(expected).toContain('meterql_graphql_operation_duration_seconds_bucket{le="0.005",operation="Dashboard"');
    expect(await talliedRegistry().metrics()).toBe(expected);
  });

  it('keeps counting after a scrape (a scrape reads the tally, it does not drain it)', async () => {
    const registry = new Registry();
    const tally = createOperationTally({ counter: COUNTER, histogram: HISTOGRAM, registers: [registry] });
    tally.record('Dashboard', 'ok', 'hit', 0.002);
    await registry.metrics();
    tally.record('Dashboard', 'ok', 'hit', 0.002);
    expect(await registry.metrics()).toContain(
      'meterql_graphql_operations_total{operation="Dashboard",outcome="ok",cache="hit"} 2',
    );
  });

  it('sums across cluster workers as prom-client metrics do', async () => {
    const perWorker = async (r: Registry) => r.getMetricsAsJSON();
    const expected = AggregatorRegistry.aggregate([
      await perWorker(promClientRegistry()),
      await perWorker(promClientRegistry()),
    ]);
    const actual = AggregatorRegistry.aggregate([
      await perWorker(talliedRegistry()),
      await perWorker(talliedRegistry()),
    ]);
    expect(await actual.metrics()).toBe(await expected.metrics());
  });
});
