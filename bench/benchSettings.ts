/**
 * The bench's fixed settings: the simulated upstream, the budgets each stack runs under, and the
 * sizes of the load each scenario applies. Environment knobs: `BENCH_SECONDS` (the overhead arrival
 * test, default 30), `BENCH_THROUGHPUT_SECONDS` (each autocannon run, default 5) and `BENCH_ONLY`
 * (comma-separated scenario keys, e.g. `execution`: run only those).
 */

/** The simulated upstream latency per call: drawn per request from this range by the seed. */
export const LATENCY = { min: 40, max: 80 };
export const SEED = 'meterql';

/** The strict budget the BI pulls run under (per endpoint and org, calendar-aligned fixed windows). */
export const BI_RATE_LIMIT = { limit: 60, periodSeconds: 10 };
/** Generous: the overhead, call-count and cache figures are about the gateway, not the budget. */
export const OPEN_RATE_LIMIT = { limit: 1_000_000, periodSeconds: 10 };

/** The overhead arrival test: this many queries a second for `ARRIVAL_SECONDS`. */
export const ARRIVAL_PER_SECOND = 20;
export const ARRIVAL_SECONDS = positiveNumber('BENCH_SECONDS', 30);
/** Each autocannon run lasts this long. */
export const THROUGHPUT_SECONDS = positiveNumber('BENCH_THROUGHPUT_SECONDS', 5);
/** The connection counts autocannon runs at. */
export const THROUGHPUT_CONNECTIONS = [16, 64] as const;

/** The scenario keys `BENCH_ONLY` names; null: every scenario. */
export const ONLY_SCENARIOS: readonly string[] | null =
  process.env.BENCH_ONLY === undefined || process.env.BENCH_ONLY === ''
    ? null
    : process.env.BENCH_ONLY.split(',').map((k) => k.trim());

/** The product families of the BI pulls. */
export const BI_FAMILIES = ['infra_hosts', 'logs', 'timeseries', 'indexed_spans', 'rum'] as const;

/**
 * How many upstream calls the gateway may have in flight to one origin: the upstream client's
 * default keep-alive connections per origin (`connectionsPerOrigin`, src/upstream/upstreamHttpOptions.ts).
 * The pull floors assume this concurrency.
 */
export const ALLOWED_CONCURRENCY = 16;

function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!(n > 0)) throw new Error(`${name} must be a positive number of seconds, but got: ${JSON.stringify(raw)}`);
  return n;
}
