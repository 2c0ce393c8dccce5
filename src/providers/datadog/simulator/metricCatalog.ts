/**
 * The metric names of the simulated account, for GET /api/v1/usage/top_avg_metrics. Standard
 * metrics (reported by the Agent and integrations, `system.cpu.user`...) scale with the hosts the
 * orgs run; custom metrics (`app.checkout.latency`...) share out each org's custom time series.
 * Every parameter here is a pure function of the seed (and the org); the hourly figures themselves
 * come from the world (see topAverageMetrics.ts).
 */
import type { SimOrg } from './datadogWorld.js';
import { hash32, mix32, unitFloat } from '../../../simulator/hashing.js';

/** `standard` or `custom`, as the upstream's `metric_category` says. */
export type MetricCategory = 'standard' | 'custom';

/** A standard metric: `perHost` time series for every host of `infra_hosts.host_count`. */
export interface StandardMetric {
  name: string;
  /** 1..12: the time series one host reports for it (tags such as `cpu`, `device`, `interface`). */
  perHost: number;
}

const STANDARD_NAMES: readonly string[] = [
  'system.cpu.user',
  'system.cpu.system',
  'system.cpu.idle',
  'system.cpu.iowait',
  'system.cpu.stolen',
  'system.load.1',
  'system.load.5',
  'system.load.15',
  'system.mem.used',
  'system.mem.free',
  'system.mem.total',
  'system.mem.usable',
  'system.swap.used',
  'system.disk.used',
  'system.disk.free',
  'system.disk.in_use',
  'system.io.r_s',
  'system.io.w_s',
  'system.io.util',
  'system.net.bytes_rcvd',
  'system.net.bytes_sent',
  'system.net.packets_in.count',
  'system.net.packets_out.count',
  'system.net.tcp.retrans_segs',
  'system.processes.number',
  'system.uptime',
  'datadog.agent.running',
  'datadog.agent.started',
  'docker.cpu.usage',
  'docker.mem.rss',
  'docker.containers.running',
  'container.cpu.usage',
  'container.memory.usage',
  'kubernetes.cpu.usage.total',
  'kubernetes.memory.usage',
  'kubernetes.pods.running',
  'kubernetes.containers.restarts',
  'ntp.offset',
  'process.stat.cpu.total_pct',
  'trace.http.request.hits',
];

const SERVICES = [
  'checkout',
  'cart',
  'search',
  'payments',
  'auth',
  'inventory',
  'shipping',
  'catalog',
  'recommendations',
  'notifications',
  'billing',
  'profile',
] as const;
const SERVICE_MEASURES = [
  'latency',
  'requests',
  'errors',
  'queue.depth',
  'cache.hits',
  'cache.misses',
  'db.query.time',
  'throughput',
  'retries',
  'timeouts',
  'active_users',
  'payload.size',
] as const;
const JOBS = ['etl.orders', 'etl.events', 'reindex', 'backup', 'report.daily', 'sync.crm', 'ml.training', 'cleanup'];
const JOB_MEASURES = ['duration', 'records', 'failures', 'lag', 'memory', 'cost'] as const;
const BUSINESS = [
  'business.orders.placed',
  'business.orders.cancelled',
  'business.revenue',
  'business.signups',
  'business.logins',
  'business.refunds',
  'business.cart.abandoned',
  'business.coupons.redeemed',
];

/** The standard metrics, in catalog order. */
export function standardMetrics(seed: string): StandardMetric[] {
  return STANDARD_NAMES.map((name) => ({
    name,
    perHost: 1 + Math.floor(unitFloat(hash32(`${seed}|std|${name}`)) * 12),
  }));
}

/** The custom metric names, in catalog order (200 of them). */
export function customMetricNames(): string[] {
  return [
    ...SERVICES.flatMap((s) => SERVICE_MEASURES.map((m) => `app.${s}.${m}`)),
    ...JOBS.flatMap((j) => JOB_MEASURES.map((m) => `jobs.${j}.${m}`)),
    ...BUSINESS,
  ];
}

/**
 * The org's weights over {@link customMetricNames} (same order): 0 for a metric the org does not
 * send, else 1..1000, heavy-tailed so that a few metrics dominate. Every org sends at least one.
 * The parent sends about 70 % of the catalog, children about 45 %.
 */
export function customMetricWeights(seed: string, org: SimOrg): number[] {
  const key = hash32(`${seed}|custom-metrics|${org.publicId}`);
  const share = org.parentPublicId === null ? 0.7 : 0.45;
  const weights = customMetricNames().map((_, i): number => {
    if (unitFloat(mix32(key, 2 * i)) >= share) return 0;
    return 1 + Math.floor(999 * Math.pow(unitFloat(mix32(key, 2 * i + 1)), 4));
  });
  if (!weights.some((w) => w > 0)) weights[0] = 1;
  return weights;
}
