/**
 * The figures of GET /api/v1/usage/top_avg_metrics, derived from the same hourly values
 * GetHourlyUsage reports, so the endpoints agree. For a set of orgs and the reported hours H of the
 * asked month or day (future hours and hours beyond retention are not reported):
 *
 * Custom metrics. Let v(o,h) = `timeseries.num_custom_timeseries` of org o in hour h, and
 * T(o) = the mean of the non-null v(o,h) over H, rounded (the usage summary's `custom_ts_avg` of
 * the org; 0 without values). Each org shares T(o) out over the custom metrics it sends by its
 * integer weights w(o,m) (largest remainder), and
 *   avg_metric_hour(m) = Σ_o share(o,m),   so   Σ_m avg_metric_hour(m) = Σ_o T(o)
 * exactly: for a month and parent keys, the month's `custom_ts_avg` of GET /api/v1/usage/summary.
 * A metric's series in hour h is Σ_o ceil(v(o,h)·w(o,m)/W(o)) (W(o) = Σ_m w(o,m)), and
 *   max_metric_hour(m) = max(max over H of that, avg_metric_hour(m)).
 *
 * Standard metrics. Let S(h) = Σ_o of the non-null `infra_hosts.host_count` of hour h (over the
 * hours where some org reports one); a standard metric with `perHost` series per host has
 *   avg_metric_hour = perHost · round(mean of S(h)),   max_metric_hour = perHost · max of S(h).
 *
 * Metrics with max_metric_hour 0 did not occur and are not listed. Records are ordered by
 * avg_metric_hour descending, then metric_name ascending.
 */
import { HOUR_MS } from '../../../time/utcTime.js';
import { aggregateHourly } from './aggregateHourly.js';
import type { DatadogWorld, SimOrg } from './datadogWorld.js';
import { customMetricNames, customMetricWeights, standardMetrics, type MetricCategory } from './metricCatalog.js';
import { splitInteger } from './tagGroups.js';

/** One record as the upstream writes it (field order as recorded). */
export interface TopAvgMetricRecord {
  metric_category: MetricCategory;
  metric_name: string;
  max_metric_hour: number;
  avg_metric_hour: number;
}

/** The custom metrics an org sends: catalog indexes, weights, and their total. */
interface OrgMix {
  org: SimOrg;
  indexes: number[];
  weights: number[];
  total: number;
}

function orgMix(seed: string, org: SimOrg): OrgMix {
  const indexes: number[] = [];
  const weights: number[] = [];
  customMetricWeights(seed, org).forEach((w, i) => {
    if (w > 0) {
      indexes.push(i);
      weights.push(w);
    }
  });
  return { org, indexes, weights, total: weights.reduce((a, b) => a + b, 0) };
}

function customRecords(
  world: DatadogWorld,
  orgs: readonly SimOrg[],
  fromMs: number,
  toMs: number,
): TopAvgMetricRecord[] {
  const names = customMetricNames();
  const mixes = orgs.map((org) => orgMix(world.seed, org));
  const values = mixes.map((): number[] => []);
  const max = new Array<number>(names.length).fill(0);
  const hour = new Array<number>(names.length).fill(0);
  for (let t = fromMs; t < toMs; t += HOUR_MS) {
    hour.fill(0);
    mixes.forEach((mix, o) => {
      const v = world.value(mix.org.publicId, 'timeseries', 'num_custom_timeseries', new Date(t));
      if (typeof v !== 'number') return;
      (values[o] as number[]).push(v);
      mix.indexes.forEach((m, k) => {
        // ceil(v·w/W) in integers: exact for the magnitudes involved.
        hour[m] = (hour[m] as number) + Math.floor((v * (mix.weights[k] as number) + mix.total - 1) / mix.total);
      });
    });
    hour.forEach((n, m) => {
      if (n > (max[m] as number)) max[m] = n;
    });
  }
  const avg = new Array<number>(names.length).fill(0);
  mixes.forEach((mix, o) => {
    const orgAverage = Number(aggregateHourly(values[o] as number[], 'avg'));
    const shares = splitInteger(
      orgAverage,
      mix.weights.map((w) => w / mix.total),
    );
    mix.indexes.forEach((m, k) => {
      avg[m] = (avg[m] as number) + (shares[k] as number);
    });
  });
  return names.map((name, m) => ({
    metric_category: 'custom',
    metric_name: name,
    max_metric_hour: Math.max(max[m] as number, avg[m] as number),
    avg_metric_hour: avg[m] as number,
  }));
}

function standardRecords(
  world: DatadogWorld,
  orgs: readonly SimOrg[],
  fromMs: number,
  toMs: number,
): TopAvgMetricRecord[] {
  const hosts: number[] = [];
  for (let t = fromMs; t < toMs; t += HOUR_MS) {
    let sum = 0;
    let reported = false;
    for (const org of orgs) {
      const v = world.value(org.publicId, 'infra_hosts', 'host_count', new Date(t));
      if (typeof v !== 'number') continue;
      sum += v;
      reported = true;
    }
    if (reported) hosts.push(sum);
  }
  const average = Number(aggregateHourly(hosts, 'avg'));
  const peak = hosts.reduce((a, b) => Math.max(a, b), 0);
  return standardMetrics(world.seed).map(({ name, perHost }) => ({
    metric_category: 'standard',
    metric_name: name,
    max_metric_hour: perHost * peak,
    avg_metric_hour: perHost * average,
  }));
}

/** Every metric that occurred in the reported hours `[fromMs, toMs)` of `orgs`, in upstream order. */
export function topAverageMetrics(
  world: DatadogWorld,
  orgs: readonly SimOrg[],
  fromMs: number,
  toMs: number,
): TopAvgMetricRecord[] {
  return [...customRecords(world, orgs, fromMs, toMs), ...standardRecords(world, orgs, fromMs, toMs)]
    .filter((r) => r.max_metric_hour > 0)
    .sort(
      (a, b) =>
        b.avg_metric_hour - a.avg_metric_hour ||
        (a.metric_name < b.metric_name ? -1 : a.metric_name > b.metric_name ? 1 : 0),
    );
}
