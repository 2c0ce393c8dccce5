/**
 * How Datadog turns a month of hourly values of each usage type into the figure it bills and reports
 * in its usage summary (GET /api/v1/usage/summary): a fact about the upstream, declared once here
 * and read by the rollups (`usageRollup`'s default aggregation, `usageRollupAggregations`).
 *
 * - P99: host and device counts are billed by the 99th percentile of the month's hours, nearest
 *   rank, the top 1% of hours dropped (the summary's `*_top99p`).
 * - AVG: containers, Fargate tasks, serverless functions, custom metrics, DBM normalized queries and
 *   Cloud Cost Management hosts are billed by their hourly average (`*_avg`, `custom_ts_avg`,
 *   `aws_lambda_func_count`).
 * - MAX: committers, monthly active users, parallel-testing slots and the audit-trail flag are
 *   billed by their high-water mark (`*_hwm`).
 * - SUM: everything that accumulates (bytes, events, spans, sessions, invocations, check runs, RUM
 *   units, credits...), and the two counts Datadog bills by the hour: Data Jobs Monitoring host-hours
 *   (`data_jobs_monitoring_host_hr_sum`) and CSM Enterprise container-hours
 *   (`csm_container_enterprise_total_count_sum`).
 *
 * The rules are matched against `family.usage_type` in order; the first match wins. A usage type the
 * catalog does not know yet falls under the same rules by its name (a new `*_host_count` is P99).
 */

/** An aggregation of a period's hourly values (the GraphQL enum `RollupAggregation`). */
export type RollupAggregation = 'SUM' | 'AVG' | 'MIN' | 'MAX' | 'P99';

/** One rule: usage types whose `family.usage_type` matches `match` are billed by `aggregation`. */
export interface UsageTypeAggregationRule {
  match: RegExp;
  aggregation: RollupAggregation;
}

/** The rules, most specific first. */
export const USAGE_TYPE_AGGREGATION_RULES: readonly UsageTypeAggregationRule[] = [
  // Counts billed by the hour: their figure is the sum of the hours.
  { match: /^data_observability\.data_jobs_monitoring_host_count$/, aggregation: 'SUM' },
  { match: /^csm_container_enterprise\.container_count$/, aggregation: 'SUM' },
  // Billed by the hourly average.
  { match: /^cloud_cost_management\.host_count$/, aggregation: 'AVG' },
  { match: /\.(\w*container_count|\w*container_agent_count)$/, aggregation: 'AVG' },
  { match: /\.(tasks_count|apm_fargate_task_count|avg_profiled_fargate_tasks)$/, aggregation: 'AVG' },
  { match: /\.(func_count|dbm_queries_count|num_custom_\w*timeseries)$/, aggregation: 'AVG' },
  // Billed by the high-water mark.
  { match: /\.(\w*committers|monthly_active_users|slots|enabled)$/, aggregation: 'MAX' },
  // Hosts and devices: the 99th percentile of the hours.
  { match: /\.(\w*host_count|infra_azure_app_service|\w*device_count|snmp_devices)$/, aggregation: 'P99' },
];

/** What every other usage type is billed by: it accumulates. */
export const DEFAULT_USAGE_TYPE_AGGREGATION: RollupAggregation = 'SUM';

const known = new Map<string, RollupAggregation>();

/** The aggregation Datadog bills `usageType` of `family` by (see the rules above). */
export function billedAggregation(family: string, usageType: string): RollupAggregation {
  const key = `${family}.${usageType}`;
  let aggregation = known.get(key);
  if (aggregation === undefined) {
    aggregation = USAGE_TYPE_AGGREGATION_RULES.find((r) => r.match.test(key))?.aggregation;
    aggregation ??= DEFAULT_USAGE_TYPE_AGGREGATION;
    // Bounded: unknown types come from the upstream, a handful at most.
    if (known.size < 10_000) known.set(key, aggregation);
  }
  return aggregation;
}
