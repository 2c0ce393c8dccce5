/**
 * Datadog's v2 hourly-usage product families and the usage types each reports. This is a fact about
 * the upstream API, shared by the gateway (input validation, the `ProductFamily` enum) and the
 * simulator (what it generates). The upstream adds families over time: the gateway passes unknown
 * families and usage types coming back through untouched and never fails on them.
 *
 * Usage types are from Datadog's v1-to-v2 migration guide; families the guide does not cover carry
 * the usage types their billing dimensions are named after.
 */

const RETENTIONS = ['3', '7', '15', '30', '45', '60', '90', '180', '360', 'custom'] as const;
const indexedLogTypes = ['indexed', 'live_indexed', 'rehydrated_indexed'].flatMap((kind) =>
  RETENTIONS.map((r) => `logs_${kind}_events_${r}_day_count`),
);

/** Product family -> the usage types it reports, in the order the upstream lists them. */
export const PRODUCT_FAMILY_USAGE_TYPES: Readonly<Record<string, readonly string[]>> = {
  ai: ['ai_credits_count'],
  analyzed_logs: ['analyzed_logs'],
  application_performance_monitoring: ['apm_host_count', 'apm_fargate_task_count'],
  application_security: ['app_sec_host_count'],
  audit_trail: ['enabled'],
  bits_ai: ['bits_ai_investigations'],
  serverless: ['func_count', 'invocations_sum'],
  ci_app: [
    'ci_pipeline_indexed_spans',
    'ci_test_indexed_spans',
    'ci_visibility_pipeline_committers',
    'ci_visibility_test_committers',
  ],
  cloud_cost_management: ['host_count'],
  cloud_siem: ['analyzed_logs'],
  csm_container_enterprise: ['container_count'],
  csm_host_enterprise: ['host_count'],
  csm_host_pro: ['host_count'],
  cspm: ['aas_host_count', 'azure_host_count', 'compliance_host_count', 'container_count', 'host_count'],
  custom_events: ['num_custom_events'],
  cws: ['cws_container_count', 'cws_host_count'],
  data_observability: ['data_jobs_monitoring_host_count'],
  dbm: ['dbm_host_count', 'dbm_queries_count'],
  digital_experience_management: ['session_count'],
  error_tracking: ['error_events'],
  fargate: ['avg_profiled_fargate_tasks', 'tasks_count'],
  infra_hosts: [
    'agent_host_count',
    'alibaba_host_count',
    'apm_azure_app_service_host_count',
    'apm_host_count',
    'aws_host_count',
    'azure_host_count',
    'container_count',
    'gcp_host_count',
    'heroku_host_count',
    'host_count',
    'infra_azure_app_service',
    'opentelemetry_host_count',
    'vsphere_host_count',
  ],
  incident_management: ['monthly_active_users'],
  indexed_logs: indexedLogTypes,
  indexed_spans: ['indexed_events_count'],
  infrastructure_monitoring: ['host_count', 'container_count'],
  ingested_spans: ['ingested_events_bytes'],
  iot: ['iot_device_count'],
  lambda_traced_invocations: ['lambda_traced_invocations_count'],
  llm_observability: ['llm_observability_requests'],
  log_management: ['billable_ingested_bytes'],
  logs: [
    'billable_ingested_bytes',
    'indexed_events_count',
    'ingested_events_bytes',
    'logs_live_indexed_count',
    'logs_live_ingested_bytes',
    'logs_rehydrated_indexed_count',
    'logs_rehydrated_ingested_bytes',
  ],
  network_flows: ['indexed_events_count'],
  network_hosts: ['host_count'],
  network_monitoring: ['host_count', 'netflow_indexed_events_count'],
  observability_pipelines: ['observability_pipelines_bytes_processed'],
  online_archive: ['online_archive_events_count'],
  platform_capabilities: ['workflow_executions'],
  product_analytics: ['session_count'],
  profiling: ['avg_container_agent_count', 'host_count'],
  rum: ['browser_rum_units', 'mobile_rum_units', 'rum_units'],
  rum_browser_sessions: ['replay_session_count', 'session_count'],
  rum_mobile_sessions: ['session_count', 'session_count_android', 'session_count_ios', 'session_count_reactnative'],
  sds: ['logs_scanned_bytes', 'total_scanned_bytes'],
  security: ['host_count'],
  snmp: ['snmp_devices'],
  software_delivery: ['ci_visibility_committers'],
  synthetics_api: ['check_calls_count'],
  synthetics_browser: ['browser_check_calls_count'],
  synthetics_mobile: ['test_runs'],
  synthetics_parallel_testing: ['slots'],
  timeseries: ['num_custom_input_timeseries', 'num_custom_output_timeseries', 'num_custom_timeseries'],
  vuln_management: ['host_count'],
  workflow_executions: ['workflow_executions'],
  audit_logs: ['lines_indexed'],
};

/** Every family the upstream accepts in `filter[product_families]`, apart from `all`. */
export const PRODUCT_FAMILIES: readonly string[] = Object.keys(PRODUCT_FAMILY_USAGE_TYPES);

/** Families the upstream still accepts but has deprecated, with the reason it gives. */
export const DEPRECATED_PRODUCT_FAMILIES: Readonly<Record<string, string>> = {
  audit_logs: 'Deprecated upstream: use `audit_trail`.',
};

/** True when `name` is a product family the upstream documents (not counting `all`). */
export function isProductFamily(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(PRODUCT_FAMILY_USAGE_TYPES, name);
}
