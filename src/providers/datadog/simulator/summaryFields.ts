/**
 * The usage summary's figures the simulator reports (GET /api/v1/usage/summary), each tied to the
 * hourly series GetHourlyUsage reports, so the two always agree. A figure has a name at each level
 * of the response where the upstream documents it: per org (`UsageSummaryDateOrg`), per month
 * (`UsageSummaryDate`) and over the whole range (`UsageSummaryResponse`); most follow the pattern
 * `x_top99p` / `x_top99p` / `x_top99p_sum` or `x_sum` / `x_sum` / `x_agg_sum`, a few do not.
 *
 * Left out on purpose: fields with no hourly series in the simulated catalog (ephemeral hosts, vCPU,
 * Flex Logs, serverless apps, cloud spend, ...), fields whose series would be a guess among several
 * families (security `host_count`, `csm_host_pro`, `network_monitoring`, `infrastructure_monitoring`,
 * `llm_observability_requests` vs "sessions", historical/live custom metrics), and the range-level
 * `profiling_container_agent_count_avg` (an average over the range, not a sum of months) and
 * `logs_by_retention` (an object).
 */
import type { HourlyAggregation } from './aggregateHourly.js';

/** How a month of hourly values becomes one figure: `hwm` is the high-water mark (maximum). */
export type SummaryAggregation = HourlyAggregation | 'hwm';

/** One figure and its hourly source. A null name means the upstream does not report it at that level. */
export interface SummaryField {
  /** Name in each org of a month (`UsageSummaryDateOrg`). */
  name: string | null;
  /** Name in a month (`UsageSummaryDate`): the sum of its orgs' figures. */
  monthName: string | null;
  /** Name at the top level (`UsageSummaryResponse`): the sum of the months' figures. */
  totalName: string | null;
  family: string;
  usageType: string;
  aggregation: SummaryAggregation;
}

type Names = Partial<Pick<SummaryField, 'name' | 'monthName' | 'totalName'>>;

/** A field named `name` in orgs and months; its total is `x_agg_sum` for `x_sum`, else `name_sum`. */
function field(
  name: string,
  family: string,
  usageType: string,
  aggregation: SummaryAggregation,
  names: Names = {},
): SummaryField {
  const totalName = name.endsWith('_sum') ? `${name.slice(0, -4)}_agg_sum` : `${name}_sum`;
  return { name, monthName: name, totalName, family, usageType, aggregation, ...names };
}

/** A field the upstream reports only at the top level. */
function totalOnly(
  totalName: string,
  family: string,
  usageType: string,
  aggregation: SummaryAggregation,
): SummaryField {
  return { name: null, monthName: null, totalName, family, usageType, aggregation };
}

/** Every figure the simulator reports, in the upstream's (alphabetical) order of org-level names. */
export const SUMMARY_FIELDS: readonly SummaryField[] = [
  field('agent_host_top99p', 'infra_hosts', 'agent_host_count', 'top99p'),
  field('ai_credits_sum', 'ai', 'ai_credits_count', 'sum'),
  field('apm_azure_app_service_host_top99p', 'infra_hosts', 'apm_azure_app_service_host_count', 'top99p'),
  field('apm_fargate_count_avg', 'application_performance_monitoring', 'apm_fargate_task_count', 'avg'),
  field('apm_host_top99p', 'infra_hosts', 'apm_host_count', 'top99p'),
  field('audit_logs_lines_indexed_sum', 'audit_logs', 'lines_indexed', 'sum'),
  field('audit_trail_enabled_hwm', 'audit_trail', 'enabled', 'hwm'),
  field('avg_profiled_fargate_tasks', 'fargate', 'avg_profiled_fargate_tasks', 'avg'),
  field('aws_host_top99p', 'infra_hosts', 'aws_host_count', 'top99p'),
  field('aws_lambda_func_count', 'serverless', 'func_count', 'avg', { totalName: 'aws_lambda_func_count' }),
  field('aws_lambda_invocations_sum', 'serverless', 'invocations_sum', 'sum', {
    totalName: 'aws_lambda_invocations_sum',
  }),
  field('azure_app_service_top99p', 'infra_hosts', 'infra_azure_app_service', 'top99p'),
  totalOnly('azure_host_top99p_sum', 'infra_hosts', 'azure_host_count', 'top99p'),
  field('billable_ingested_bytes_sum', 'logs', 'billable_ingested_bytes', 'sum'),
  field('bits_ai_investigations_sum', 'bits_ai', 'bits_ai_investigations', 'sum'),
  field('browser_rum_replay_session_count_sum', 'rum_browser_sessions', 'replay_session_count', 'sum'),
  field('browser_rum_units_sum', 'rum', 'browser_rum_units', 'sum'),
  field('ci_pipeline_indexed_spans_sum', 'ci_app', 'ci_pipeline_indexed_spans', 'sum'),
  field('ci_test_indexed_spans_sum', 'ci_app', 'ci_test_indexed_spans', 'sum'),
  field('ci_visibility_pipeline_committers_hwm', 'ci_app', 'ci_visibility_pipeline_committers', 'hwm'),
  field('ci_visibility_test_committers_hwm', 'ci_app', 'ci_visibility_test_committers', 'hwm'),
  field('cloud_cost_management_host_count_avg', 'cloud_cost_management', 'host_count', 'avg'),
  field('container_avg', 'infra_hosts', 'container_count', 'avg'),
  field('container_hwm', 'infra_hosts', 'container_count', 'hwm'),
  field('csm_container_enterprise_total_count_sum', 'csm_container_enterprise', 'container_count', 'sum'),
  field('csm_host_enterprise_total_host_count_top99p', 'csm_host_enterprise', 'host_count', 'top99p'),
  field('cspm_aas_host_top99p', 'cspm', 'aas_host_count', 'top99p'),
  field('cspm_azure_host_top99p', 'cspm', 'azure_host_count', 'top99p'),
  field('cspm_container_avg', 'cspm', 'container_count', 'avg'),
  field('cspm_container_hwm', 'cspm', 'container_count', 'hwm'),
  field('cspm_host_top99p', 'cspm', 'host_count', 'top99p'),
  field('custom_ts_avg', 'timeseries', 'num_custom_timeseries', 'avg', { totalName: 'custom_ts_sum' }),
  field('cws_container_count_avg', 'cws', 'cws_container_count', 'avg', { totalName: 'cws_container_avg_sum' }),
  field('cws_host_top99p', 'cws', 'cws_host_count', 'top99p'),
  field('data_jobs_monitoring_host_hr_sum', 'data_observability', 'data_jobs_monitoring_host_count', 'sum'),
  field('dbm_host_top99p_sum', 'dbm', 'dbm_host_count', 'top99p', {
    monthName: 'dbm_host_top99p',
    totalName: 'dbm_host_top99p_sum',
  }),
  field('dbm_queries_avg_sum', 'dbm', 'dbm_queries_count', 'avg', {
    monthName: 'dbm_queries_count_avg',
    totalName: 'dbm_queries_avg_sum',
  }),
  field('error_tracking_error_events_sum', 'error_tracking', 'error_events', 'sum'),
  field('fargate_tasks_count_avg', 'fargate', 'tasks_count', 'avg'),
  field('fargate_tasks_count_hwm', 'fargate', 'tasks_count', 'hwm'),
  field('gcp_host_top99p', 'infra_hosts', 'gcp_host_count', 'top99p'),
  field('heroku_host_top99p', 'infra_hosts', 'heroku_host_count', 'top99p'),
  field('incident_management_monthly_active_users_hwm', 'incident_management', 'monthly_active_users', 'hwm'),
  field('indexed_events_count_sum', 'logs', 'indexed_events_count', 'sum'),
  field('infra_host_top99p', 'infra_hosts', 'host_count', 'top99p'),
  field('ingested_events_bytes_sum', 'logs', 'ingested_events_bytes', 'sum'),
  field('iot_device_agg_sum', 'iot', 'iot_device_count', 'sum', {
    monthName: 'iot_device_sum',
    totalName: 'iot_device_agg_sum',
  }),
  field('iot_device_top99p_sum', 'iot', 'iot_device_count', 'top99p', {
    monthName: 'iot_device_top99p',
    totalName: 'iot_device_top99p_sum',
  }),
  totalOnly('live_indexed_events_agg_sum', 'logs', 'logs_live_indexed_count', 'sum'),
  totalOnly('live_ingested_bytes_agg_sum', 'logs', 'logs_live_ingested_bytes', 'sum'),
  field('mobile_rum_session_count_android_sum', 'rum_mobile_sessions', 'session_count_android', 'sum'),
  field('mobile_rum_session_count_ios_sum', 'rum_mobile_sessions', 'session_count_ios', 'sum'),
  field('mobile_rum_session_count_reactnative_sum', 'rum_mobile_sessions', 'session_count_reactnative', 'sum'),
  field('mobile_rum_session_count_sum', 'rum_mobile_sessions', 'session_count', 'sum'),
  field('mobile_rum_units_sum', 'rum', 'mobile_rum_units', 'sum'),
  field('netflow_indexed_events_count_sum', 'network_flows', 'indexed_events_count', 'sum'),
  field('npm_host_top99p', 'network_hosts', 'host_count', 'top99p'),
  field(
    'observability_pipelines_bytes_processed_sum',
    'observability_pipelines',
    'observability_pipelines_bytes_processed',
    'sum',
  ),
  field('online_archive_events_count_sum', 'online_archive', 'online_archive_events_count', 'sum'),
  field('opentelemetry_host_top99p', 'infra_hosts', 'opentelemetry_host_count', 'top99p'),
  field('product_analytics_sum', 'product_analytics', 'session_count', 'sum'),
  field('profiling_host_top99p', 'profiling', 'host_count', 'top99p', { totalName: 'profiling_host_count_top99p_sum' }),
  totalOnly('rehydrated_indexed_events_agg_sum', 'logs', 'logs_rehydrated_indexed_count', 'sum'),
  totalOnly('rehydrated_ingested_bytes_agg_sum', 'logs', 'logs_rehydrated_ingested_bytes', 'sum'),
  field('rum_session_count_sum', 'rum_browser_sessions', 'session_count', 'sum'),
  field('rum_units_sum', 'rum', 'rum_units', 'sum'),
  field('sds_logs_scanned_bytes_sum', 'sds', 'logs_scanned_bytes', 'sum', { totalName: 'sds_logs_scanned_bytes_sum' }),
  field('sds_total_scanned_bytes_sum', 'sds', 'total_scanned_bytes', 'sum', {
    totalName: 'sds_total_scanned_bytes_sum',
  }),
  field('siem_analyzed_logs_add_on_count_sum', 'cloud_siem', 'analyzed_logs', 'sum'),
  field('snmp_device_count_sum', 'snmp', 'snmp_devices', 'sum'),
  field('snmp_device_count_top99p', 'snmp', 'snmp_devices', 'top99p'),
  field('synthetics_browser_check_calls_count_sum', 'synthetics_browser', 'browser_check_calls_count', 'sum'),
  field('synthetics_check_calls_count_sum', 'synthetics_api', 'check_calls_count', 'sum'),
  field('synthetics_mobile_test_runs_sum', 'synthetics_mobile', 'test_runs', 'sum'),
  field('synthetics_parallel_testing_max_slots_hwm', 'synthetics_parallel_testing', 'slots', 'hwm'),
  field('trace_search_indexed_events_count_sum', 'indexed_spans', 'indexed_events_count', 'sum'),
  field('twol_ingested_events_bytes_sum', 'ingested_spans', 'ingested_events_bytes', 'sum'),
  field('vsphere_host_top99p', 'infra_hosts', 'vsphere_host_count', 'top99p'),
  field('vuln_management_host_count_top99p', 'vuln_management', 'host_count', 'top99p'),
  field('workflow_executions_usage_sum', 'workflow_executions', 'workflow_executions', 'sum'),
];
