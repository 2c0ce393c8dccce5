/**
 * Datadog Usage Metering API v1: the response contract of the operations the simulator serves (200 and
 * documented error answers, each with every schema it references), transcribed as data from the
 * components of Datadog's public OpenAPI spec (v1, Aug 2026). Only constraints are kept (types,
 * formats, enums, required, nullable, additionalProperties, $ref); descriptions and examples are not.
 * To be updated by hand when Datadog changes the spec; never read from the spec at run or test time.
 */
import type { OpenApiContract } from '../../../helpers/schemaValidator.js';

export const datadogV1Contract = {
  operations: {
    GetHourlyUsageAttribution: {
      method: 'GET',
      path: '/api/v1/usage/hourly-attribution',
      responses: {
        '200': 'HourlyUsageAttributionResponse',
        '403': 'APIErrorResponse',
        '429': 'APIErrorResponse',
      },
    },
    GetMonthlyUsageAttribution: {
      method: 'GET',
      path: '/api/v1/usage/monthly-attribution',
      responses: {
        '200': 'MonthlyUsageAttributionResponse',
        '403': 'APIErrorResponse',
        '429': 'APIErrorResponse',
      },
    },
    GetUsageBillableSummary: {
      method: 'GET',
      path: '/api/v1/usage/billable-summary',
      responses: {
        '200': 'UsageBillableSummaryResponse',
        '400': 'APIErrorResponse',
        '403': 'APIErrorResponse',
        '429': 'APIErrorResponse',
      },
    },
    GetUsageNetworkFlows: {
      method: 'GET',
      path: '/api/v1/usage/network_flows',
      responses: {
        '200': 'UsageNetworkFlowsResponse',
        '400': 'APIErrorResponse',
        '403': 'APIErrorResponse',
        '429': 'APIErrorResponse',
      },
    },
    GetUsageSummary: {
      method: 'GET',
      path: '/api/v1/usage/summary',
      responses: {
        '200': 'UsageSummaryResponse',
        '400': 'APIErrorResponse',
        '403': 'APIErrorResponse',
        '429': 'APIErrorResponse',
      },
    },
    GetUsageTopAvgMetrics: {
      method: 'GET',
      path: '/api/v1/usage/top_avg_metrics',
      responses: {
        '200': 'UsageTopAvgMetricsResponse',
        '400': 'APIErrorResponse',
        '403': 'APIErrorResponse',
        '429': 'APIErrorResponse',
      },
    },
  },
  schemas: {
    APIErrorResponse: {
      properties: {
        errors: {
          items: {
            type: 'string',
          },
          type: 'array',
        },
      },
      required: ['errors'],
      type: 'object',
    },
    HourlyUsageAttributionBody: {
      properties: {
        hour: {
          format: 'date-time',
          type: 'string',
        },
        org_name: {
          type: 'string',
        },
        public_id: {
          type: 'string',
        },
        region: {
          type: 'string',
        },
        tag_config_source: {
          type: 'string',
        },
        tags: {
          $ref: '#/components/schemas/UsageAttributionTagNames',
        },
        total_usage_sum: {
          format: 'double',
          type: 'number',
        },
        updated_at: {
          type: 'string',
        },
        usage_type: {
          $ref: '#/components/schemas/HourlyUsageAttributionUsageType',
        },
      },
      type: 'object',
    },
    HourlyUsageAttributionMetadata: {
      properties: {
        pagination: {
          $ref: '#/components/schemas/HourlyUsageAttributionPagination',
        },
      },
      type: 'object',
    },
    HourlyUsageAttributionPagination: {
      properties: {
        next_record_id: {
          nullable: true,
          type: 'string',
        },
      },
      type: 'object',
    },
    HourlyUsageAttributionResponse: {
      properties: {
        metadata: {
          $ref: '#/components/schemas/HourlyUsageAttributionMetadata',
        },
        usage: {
          items: {
            $ref: '#/components/schemas/HourlyUsageAttributionBody',
          },
          type: 'array',
        },
      },
      type: 'object',
    },
    HourlyUsageAttributionUsageType: {
      enum: [
        'api_usage',
        'apm_fargate_usage',
        'apm_host_usage',
        'apm_usm_usage',
        'appsec_fargate_usage',
        'appsec_usage',
        'asm_serverless_traced_invocations_usage',
        'asm_serverless_traced_invocations_percentage',
        'bits_ai_investigations_usage',
        'browser_usage',
        'ci_code_coverage_committers_percentage',
        'ci_code_coverage_committers_usage',
        'ci_pipeline_indexed_spans_usage',
        'ci_test_indexed_spans_usage',
        'ci_visibility_itr_usage',
        'cloud_siem_usage',
        'code_security_host_usage',
        'container_excl_agent_usage',
        'container_usage',
        'cspm_containers_usage',
        'cspm_hosts_usage',
        'custom_event_usage',
        'custom_ingested_timeseries_usage',
        'custom_timeseries_usage',
        'cws_containers_usage',
        'cws_fargate_task_usage',
        'cws_hosts_usage',
        'data_jobs_monitoring_usage',
        'data_stream_monitoring_usage',
        'dbm_hosts_usage',
        'dbm_queries_usage',
        'error_tracking_usage',
        'error_tracking_percentage',
        'estimated_indexed_spans_usage',
        'estimated_ingested_spans_usage',
        'fargate_usage',
        'flex_logs_starter',
        'flex_stored_logs',
        'functions_usage',
        'incident_management_monthly_active_users_usage',
        'indexed_spans_usage',
        'infra_host_usage',
        'infra_host_basic_usage',
        'ingested_logs_bytes_usage',
        'ingested_spans_bytes_usage',
        'invocations_usage',
        'lambda_traced_invocations_usage',
        'llm_observability_usage',
        'llm_spans_usage',
        'logs_indexed_15day_usage',
        'logs_indexed_180day_usage',
        'logs_indexed_1day_usage',
        'logs_indexed_30day_usage',
        'logs_indexed_360day_usage',
        'logs_indexed_3day_usage',
        'logs_indexed_45day_usage',
        'logs_indexed_60day_usage',
        'logs_indexed_7day_usage',
        'logs_indexed_90day_usage',
        'logs_indexed_custom_retention_usage',
        'mobile_app_testing_usage',
        'ndm_netflow_usage',
        'npm_host_usage',
        'network_device_wireless_usage',
        'obs_pipeline_bytes_usage',
        'obs_pipelines_vcpu_usage',
        'online_archive_usage',
        'product_analytics_session_usage',
        'profiled_container_usage',
        'profiled_fargate_usage',
        'profiled_host_usage',
        'published_app',
        'rum_browser_mobile_sessions_usage',
        'rum_ingested_usage',
        'rum_investigate_usage',
        'rum_replay_sessions_usage',
        'rum_session_replay_add_on_usage',
        'sca_fargate_usage',
        'sds_scanned_bytes_usage',
        'serverless_apps_usage',
        'serverless_apps_apm_usage',
        'siem_12mo_retention_usage',
        'siem_6mo_retention_usage',
        'siem_analyzed_logs_add_on_usage',
        'siem_ingested_bytes_usage',
        'snmp_usage',
        'universal_service_monitoring_usage',
        'vuln_management_hosts_usage',
        'workflow_executions_usage',
      ],
      type: 'string',
    },
    LogsByRetention: {
      properties: {
        orgs: {
          $ref: '#/components/schemas/LogsByRetentionOrgs',
        },
        usage: {
          items: {
            $ref: '#/components/schemas/LogsRetentionAggSumUsage',
          },
          type: 'array',
        },
        usage_by_month: {
          $ref: '#/components/schemas/LogsByRetentionMonthlyUsage',
        },
      },
      type: 'object',
    },
    LogsByRetentionMonthlyUsage: {
      properties: {
        date: {
          format: 'date-time',
          type: 'string',
        },
        usage: {
          items: {
            $ref: '#/components/schemas/LogsRetentionSumUsage',
          },
          type: 'array',
        },
      },
      type: 'object',
    },
    LogsByRetentionOrgUsage: {
      properties: {
        usage: {
          items: {
            $ref: '#/components/schemas/LogsRetentionSumUsage',
          },
          type: 'array',
        },
      },
      type: 'object',
    },
    LogsByRetentionOrgs: {
      properties: {
        usage: {
          items: {
            $ref: '#/components/schemas/LogsByRetentionOrgUsage',
          },
          type: 'array',
        },
      },
      type: 'object',
    },
    LogsRetentionAggSumUsage: {
      properties: {
        logs_indexed_logs_usage_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        logs_live_indexed_logs_usage_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        logs_rehydrated_indexed_logs_usage_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        retention: {
          type: 'string',
        },
      },
      type: 'object',
    },
    LogsRetentionSumUsage: {
      properties: {
        logs_indexed_logs_usage_sum: {
          format: 'int64',
          type: 'integer',
        },
        logs_live_indexed_logs_usage_sum: {
          format: 'int64',
          type: 'integer',
        },
        logs_rehydrated_indexed_logs_usage_sum: {
          format: 'int64',
          type: 'integer',
        },
        retention: {
          type: 'string',
        },
      },
      type: 'object',
    },
    MonthlyUsageAttributionBody: {
      properties: {
        month: {
          format: 'date-time',
          type: 'string',
        },
        org_name: {
          type: 'string',
        },
        public_id: {
          type: 'string',
        },
        region: {
          type: 'string',
        },
        tag_config_source: {
          type: 'string',
        },
        tags: {
          $ref: '#/components/schemas/UsageAttributionTagNames',
        },
        updated_at: {
          format: 'date-time',
          type: 'string',
        },
        values: {
          $ref: '#/components/schemas/MonthlyUsageAttributionValues',
        },
      },
      type: 'object',
    },
    MonthlyUsageAttributionMetadata: {
      properties: {
        aggregates: {
          $ref: '#/components/schemas/UsageAttributionAggregates',
        },
        pagination: {
          $ref: '#/components/schemas/MonthlyUsageAttributionPagination',
        },
      },
      type: 'object',
    },
    MonthlyUsageAttributionPagination: {
      properties: {
        next_record_id: {
          nullable: true,
          type: 'string',
        },
      },
      type: 'object',
    },
    MonthlyUsageAttributionResponse: {
      properties: {
        metadata: {
          $ref: '#/components/schemas/MonthlyUsageAttributionMetadata',
        },
        usage: {
          items: {
            $ref: '#/components/schemas/MonthlyUsageAttributionBody',
          },
          type: 'array',
        },
      },
      type: 'object',
    },
    MonthlyUsageAttributionValues: {
      properties: {
        api_percentage: {
          format: 'double',
          type: 'number',
        },
        api_usage: {
          format: 'double',
          type: 'number',
        },
        apm_fargate_percentage: {
          format: 'double',
          type: 'number',
        },
        apm_fargate_usage: {
          format: 'double',
          type: 'number',
        },
        apm_host_percentage: {
          format: 'double',
          type: 'number',
        },
        apm_host_usage: {
          format: 'double',
          type: 'number',
        },
        apm_usm_percentage: {
          format: 'double',
          type: 'number',
        },
        apm_usm_usage: {
          format: 'double',
          type: 'number',
        },
        appsec_fargate_percentage: {
          format: 'double',
          type: 'number',
        },
        appsec_fargate_usage: {
          format: 'double',
          type: 'number',
        },
        appsec_percentage: {
          format: 'double',
          type: 'number',
        },
        appsec_usage: {
          format: 'double',
          type: 'number',
        },
        asm_serverless_traced_invocations_percentage: {
          format: 'double',
          type: 'number',
        },
        asm_serverless_traced_invocations_usage: {
          format: 'double',
          type: 'number',
        },
        bits_ai_investigations_percentage: {
          format: 'double',
          type: 'number',
        },
        bits_ai_investigations_usage: {
          format: 'double',
          type: 'number',
        },
        browser_percentage: {
          format: 'double',
          type: 'number',
        },
        browser_usage: {
          format: 'double',
          type: 'number',
        },
        ci_code_coverage_committers_percentage: {
          format: 'double',
          type: 'number',
        },
        ci_code_coverage_committers_usage: {
          format: 'double',
          type: 'number',
        },
        ci_pipeline_indexed_spans_percentage: {
          format: 'double',
          type: 'number',
        },
        ci_pipeline_indexed_spans_usage: {
          format: 'double',
          type: 'number',
        },
        ci_test_indexed_spans_percentage: {
          format: 'double',
          type: 'number',
        },
        ci_test_indexed_spans_usage: {
          format: 'double',
          type: 'number',
        },
        ci_visibility_itr_percentage: {
          format: 'double',
          type: 'number',
        },
        ci_visibility_itr_usage: {
          format: 'double',
          type: 'number',
        },
        cloud_siem_percentage: {
          format: 'double',
          type: 'number',
        },
        cloud_siem_usage: {
          format: 'double',
          type: 'number',
        },
        code_security_host_percentage: {
          format: 'double',
          type: 'number',
        },
        code_security_host_usage: {
          format: 'double',
          type: 'number',
        },
        container_excl_agent_percentage: {
          format: 'double',
          type: 'number',
        },
        container_excl_agent_usage: {
          format: 'double',
          type: 'number',
        },
        container_percentage: {
          format: 'double',
          type: 'number',
        },
        container_usage: {
          format: 'double',
          type: 'number',
        },
        cspm_containers_percentage: {
          format: 'double',
          type: 'number',
        },
        cspm_containers_usage: {
          format: 'double',
          type: 'number',
        },
        cspm_hosts_percentage: {
          format: 'double',
          type: 'number',
        },
        cspm_hosts_usage: {
          format: 'double',
          type: 'number',
        },
        custom_event_percentage: {
          format: 'double',
          type: 'number',
        },
        custom_event_usage: {
          format: 'double',
          type: 'number',
        },
        custom_ingested_timeseries_percentage: {
          format: 'double',
          type: 'number',
        },
        custom_ingested_timeseries_usage: {
          format: 'double',
          type: 'number',
        },
        custom_timeseries_percentage: {
          format: 'double',
          type: 'number',
        },
        custom_timeseries_usage: {
          format: 'double',
          type: 'number',
        },
        cws_containers_percentage: {
          format: 'double',
          type: 'number',
        },
        cws_containers_usage: {
          format: 'double',
          type: 'number',
        },
        cws_fargate_task_percentage: {
          format: 'double',
          type: 'number',
        },
        cws_fargate_task_usage: {
          format: 'double',
          type: 'number',
        },
        cws_hosts_percentage: {
          format: 'double',
          type: 'number',
        },
        cws_hosts_usage: {
          format: 'double',
          type: 'number',
        },
        data_jobs_monitoring_usage: {
          format: 'double',
          type: 'number',
        },
        data_stream_monitoring_usage: {
          format: 'double',
          type: 'number',
        },
        dbm_hosts_percentage: {
          format: 'double',
          type: 'number',
        },
        dbm_hosts_usage: {
          format: 'double',
          type: 'number',
        },
        dbm_queries_percentage: {
          format: 'double',
          type: 'number',
        },
        dbm_queries_usage: {
          format: 'double',
          type: 'number',
        },
        error_tracking_percentage: {
          format: 'double',
          type: 'number',
        },
        error_tracking_usage: {
          format: 'double',
          type: 'number',
        },
        estimated_indexed_spans_percentage: {
          format: 'double',
          type: 'number',
        },
        estimated_indexed_spans_usage: {
          format: 'double',
          type: 'number',
        },
        estimated_ingested_spans_percentage: {
          format: 'double',
          type: 'number',
        },
        estimated_ingested_spans_usage: {
          format: 'double',
          type: 'number',
        },
        fargate_percentage: {
          format: 'double',
          type: 'number',
        },
        fargate_usage: {
          format: 'double',
          type: 'number',
        },
        flex_logs_starter_percentage: {
          format: 'double',
          type: 'number',
        },
        flex_logs_starter_usage: {
          format: 'double',
          type: 'number',
        },
        flex_stored_logs_percentage: {
          format: 'double',
          type: 'number',
        },
        flex_stored_logs_usage: {
          format: 'double',
          type: 'number',
        },
        functions_percentage: {
          format: 'double',
          type: 'number',
        },
        functions_usage: {
          format: 'double',
          type: 'number',
        },
        incident_management_monthly_active_users_percentage: {
          format: 'double',
          type: 'number',
        },
        incident_management_monthly_active_users_usage: {
          format: 'double',
          type: 'number',
        },
        indexed_spans_percentage: {
          format: 'double',
          type: 'number',
        },
        indexed_spans_usage: {
          format: 'double',
          type: 'number',
        },
        infra_host_basic_percentage: {
          format: 'double',
          type: 'number',
        },
        infra_host_basic_usage: {
          format: 'double',
          type: 'number',
        },
        infra_host_percentage: {
          format: 'double',
          type: 'number',
        },
        infra_host_usage: {
          format: 'double',
          type: 'number',
        },
        ingested_logs_bytes_percentage: {
          format: 'double',
          type: 'number',
        },
        ingested_logs_bytes_usage: {
          format: 'double',
          type: 'number',
        },
        ingested_spans_bytes_percentage: {
          format: 'double',
          type: 'number',
        },
        ingested_spans_bytes_usage: {
          format: 'double',
          type: 'number',
        },
        invocations_percentage: {
          format: 'double',
          type: 'number',
        },
        invocations_usage: {
          format: 'double',
          type: 'number',
        },
        lambda_traced_invocations_percentage: {
          format: 'double',
          type: 'number',
        },
        lambda_traced_invocations_usage: {
          format: 'double',
          type: 'number',
        },
        llm_observability_percentage: {
          format: 'double',
          type: 'number',
        },
        llm_observability_usage: {
          format: 'double',
          type: 'number',
        },
        llm_spans_percentage: {
          format: 'double',
          type: 'number',
        },
        llm_spans_usage: {
          format: 'double',
          type: 'number',
        },
        logs_indexed_15day_percentage: {
          format: 'double',
          type: 'number',
        },
        logs_indexed_15day_usage: {
          format: 'double',
          type: 'number',
        },
        logs_indexed_180day_percentage: {
          format: 'double',
          type: 'number',
        },
        logs_indexed_180day_usage: {
          format: 'double',
          type: 'number',
        },
        logs_indexed_1day_percentage: {
          format: 'double',
          type: 'number',
        },
        logs_indexed_1day_usage: {
          format: 'double',
          type: 'number',
        },
        logs_indexed_30day_percentage: {
          format: 'double',
          type: 'number',
        },
        logs_indexed_30day_usage: {
          format: 'double',
          type: 'number',
        },
        logs_indexed_360day_percentage: {
          format: 'double',
          type: 'number',
        },
        logs_indexed_360day_usage: {
          format: 'double',
          type: 'number',
        },
        logs_indexed_3day_percentage: {
          format: 'double',
          type: 'number',
        },
        logs_indexed_3day_usage: {
          format: 'double',
          type: 'number',
        },
        logs_indexed_45day_percentage: {
          format: 'double',
          type: 'number',
        },
        logs_indexed_45day_usage: {
          format: 'double',
          type: 'number',
        },
        logs_indexed_60day_percentage: {
          format: 'double',
          type: 'number',
        },
        logs_indexed_60day_usage: {
          format: 'double',
          type: 'number',
        },
        logs_indexed_7day_percentage: {
          format: 'double',
          type: 'number',
        },
        logs_indexed_7day_usage: {
          format: 'double',
          type: 'number',
        },
        logs_indexed_90day_percentage: {
          format: 'double',
          type: 'number',
        },
        logs_indexed_90day_usage: {
          format: 'double',
          type: 'number',
        },
        logs_indexed_custom_retention_percentage: {
          format: 'double',
          type: 'number',
        },
        logs_indexed_custom_retention_usage: {
          format: 'double',
          type: 'number',
        },
        mobile_app_testing_percentage: {
          format: 'double',
          type: 'number',
        },
        mobile_app_testing_usage: {
          format: 'double',
          type: 'number',
        },
        ndm_netflow_percentage: {
          format: 'double',
          type: 'number',
        },
        ndm_netflow_usage: {
          format: 'double',
          type: 'number',
        },
        network_device_wireless_percentage: {
          format: 'double',
          type: 'number',
        },
        network_device_wireless_usage: {
          format: 'double',
          type: 'number',
        },
        npm_host_percentage: {
          format: 'double',
          type: 'number',
        },
        npm_host_usage: {
          format: 'double',
          type: 'number',
        },
        obs_pipeline_bytes_percentage: {
          format: 'double',
          type: 'number',
        },
        obs_pipeline_bytes_usage: {
          format: 'double',
          type: 'number',
        },
        obs_pipelines_vcpu_percentage: {
          format: 'double',
          type: 'number',
        },
        obs_pipelines_vcpu_usage: {
          format: 'double',
          type: 'number',
        },
        online_archive_percentage: {
          format: 'double',
          type: 'number',
        },
        online_archive_usage: {
          format: 'double',
          type: 'number',
        },
        product_analytics_session_percentage: {
          format: 'double',
          type: 'number',
        },
        product_analytics_session_usage: {
          format: 'double',
          type: 'number',
        },
        profiled_container_percentage: {
          format: 'double',
          type: 'number',
        },
        profiled_container_usage: {
          format: 'double',
          type: 'number',
        },
        profiled_fargate_percentage: {
          format: 'double',
          type: 'number',
        },
        profiled_fargate_usage: {
          format: 'double',
          type: 'number',
        },
        profiled_host_percentage: {
          format: 'double',
          type: 'number',
        },
        profiled_host_usage: {
          format: 'double',
          type: 'number',
        },
        published_app_percentage: {
          format: 'double',
          type: 'number',
        },
        published_app_usage: {
          format: 'double',
          type: 'number',
        },
        rum_browser_mobile_sessions_percentage: {
          format: 'double',
          type: 'number',
        },
        rum_browser_mobile_sessions_usage: {
          format: 'double',
          type: 'number',
        },
        rum_ingested_percentage: {
          format: 'double',
          type: 'number',
        },
        rum_ingested_usage: {
          format: 'double',
          type: 'number',
        },
        rum_investigate_percentage: {
          format: 'double',
          type: 'number',
        },
        rum_investigate_usage: {
          format: 'double',
          type: 'number',
        },
        rum_replay_sessions_percentage: {
          format: 'double',
          type: 'number',
        },
        rum_replay_sessions_usage: {
          format: 'double',
          type: 'number',
        },
        rum_session_replay_add_on_percentage: {
          format: 'double',
          type: 'number',
        },
        rum_session_replay_add_on_usage: {
          format: 'double',
          type: 'number',
        },
        sca_fargate_percentage: {
          format: 'double',
          type: 'number',
        },
        sca_fargate_usage: {
          format: 'double',
          type: 'number',
        },
        sds_scanned_bytes_percentage: {
          format: 'double',
          type: 'number',
        },
        sds_scanned_bytes_usage: {
          format: 'double',
          type: 'number',
        },
        serverless_apps_apm_percentage: {
          format: 'double',
          type: 'number',
        },
        serverless_apps_apm_usage: {
          format: 'double',
          type: 'number',
        },
        serverless_apps_percentage: {
          format: 'double',
          type: 'number',
        },
        serverless_apps_usage: {
          format: 'double',
          type: 'number',
        },
        siem_12mo_retention_percentage: {
          format: 'double',
          type: 'number',
        },
        siem_12mo_retention_usage: {
          format: 'double',
          type: 'number',
        },
        siem_6mo_retention_percentage: {
          format: 'double',
          type: 'number',
        },
        siem_6mo_retention_usage: {
          format: 'double',
          type: 'number',
        },
        siem_analyzed_logs_add_on_percentage: {
          format: 'double',
          type: 'number',
        },
        siem_analyzed_logs_add_on_usage: {
          format: 'double',
          type: 'number',
        },
        siem_ingested_bytes_percentage: {
          format: 'double',
          type: 'number',
        },
        siem_ingested_bytes_usage: {
          format: 'double',
          type: 'number',
        },
        snmp_percentage: {
          format: 'double',
          type: 'number',
        },
        snmp_usage: {
          format: 'double',
          type: 'number',
        },
        universal_service_monitoring_percentage: {
          format: 'double',
          type: 'number',
        },
        universal_service_monitoring_usage: {
          format: 'double',
          type: 'number',
        },
        vuln_management_hosts_percentage: {
          format: 'double',
          type: 'number',
        },
        vuln_management_hosts_usage: {
          format: 'double',
          type: 'number',
        },
        workflow_executions_percentage: {
          format: 'double',
          type: 'number',
        },
        workflow_executions_usage: {
          format: 'double',
          type: 'number',
        },
      },
      type: 'object',
    },
    UsageAttributionAggregates: {
      items: {
        $ref: '#/components/schemas/UsageAttributionAggregatesBody',
      },
      type: 'array',
    },
    UsageAttributionAggregatesBody: {
      properties: {
        agg_type: {
          type: 'string',
        },
        field: {
          type: 'string',
        },
        value: {
          format: 'double',
          type: 'number',
        },
      },
      type: 'object',
    },
    UsageAttributionTagNames: {
      additionalProperties: {
        items: {
          type: 'string',
        },
        type: 'array',
      },
      nullable: true,
      type: 'object',
    },
    UsageBillableSummaryBody: {
      properties: {
        account_billable_usage: {
          format: 'int64',
          type: 'integer',
        },
        account_committed_usage: {
          format: 'int64',
          type: 'integer',
        },
        account_on_demand_usage: {
          format: 'int64',
          type: 'integer',
        },
        elapsed_usage_hours: {
          format: 'int64',
          type: 'integer',
        },
        first_billable_usage_hour: {
          format: 'date-time',
          type: 'string',
        },
        last_billable_usage_hour: {
          format: 'date-time',
          type: 'string',
        },
        org_billable_usage: {
          format: 'int64',
          type: 'integer',
        },
        percentage_in_account: {
          format: 'double',
          type: 'number',
        },
        usage_unit: {
          type: 'string',
        },
      },
      type: 'object',
    },
    UsageBillableSummaryHour: {
      properties: {
        account_name: {
          type: 'string',
        },
        account_public_id: {
          type: 'string',
        },
        billing_plan: {
          type: 'string',
        },
        end_date: {
          format: 'date-time',
          type: 'string',
        },
        num_orgs: {
          format: 'int64',
          type: 'integer',
        },
        org_name: {
          type: 'string',
        },
        public_id: {
          type: 'string',
        },
        ratio_in_month: {
          format: 'double',
          type: 'number',
        },
        region: {
          type: 'string',
        },
        start_date: {
          format: 'date-time',
          type: 'string',
        },
        usage: {
          $ref: '#/components/schemas/UsageBillableSummaryKeys',
        },
      },
      type: 'object',
    },
    UsageBillableSummaryKeys: {
      properties: {
        apm_fargate_average: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        apm_fargate_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        apm_host_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        apm_host_top99p: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        apm_profiler_host_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        apm_profiler_host_top99p: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        apm_trace_search_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        application_security_fargate_average: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        application_security_host_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        application_security_host_top99p: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        ci_pipeline_indexed_spans_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        ci_pipeline_maximum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        ci_pipeline_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        ci_test_indexed_spans_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        ci_testing_maximum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        ci_testing_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        cloud_cost_management_average: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        cloud_cost_management_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        cspm_container_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        cspm_host_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        cspm_host_top99p: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        custom_event_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        cws_container_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        cws_host_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        cws_host_top99p: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        dbm_host_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        dbm_host_top99p: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        dbm_normalized_queries_average: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        dbm_normalized_queries_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        fargate_container_apm_and_profiler_average: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        fargate_container_apm_and_profiler_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        fargate_container_average: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        fargate_container_profiler_average: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        fargate_container_profiler_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        fargate_container_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        incident_management_maximum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        incident_management_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        infra_and_apm_host_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        infra_and_apm_host_top99p: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        infra_container_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        infra_host_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        infra_host_top99p: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        ingested_spans_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        ingested_timeseries_average: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        ingested_timeseries_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        iot_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        iot_top99p: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        lambda_function_average: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        lambda_function_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        logs_forwarding_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        logs_indexed_15day_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        logs_indexed_180day_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        logs_indexed_1day_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        logs_indexed_30day_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        logs_indexed_360day_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        logs_indexed_3day_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        logs_indexed_45day_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        logs_indexed_60day_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        logs_indexed_7day_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        logs_indexed_90day_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        logs_indexed_custom_retention_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        logs_indexed_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        logs_ingested_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        network_device_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        network_device_top99p: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        npm_flow_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        npm_host_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        npm_host_top99p: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        observability_pipeline_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        online_archive_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        prof_container_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        prof_host_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        prof_host_top99p: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        rum_lite_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        rum_replay_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        rum_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        rum_units_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        sensitive_data_scanner_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        serverless_apm_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        serverless_infra_average: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        serverless_infra_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        serverless_invocation_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        siem_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        standard_timeseries_average: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        synthetics_api_tests_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        synthetics_app_testing_maximum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        synthetics_browser_checks_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        timeseries_average: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
        timeseries_sum: {
          $ref: '#/components/schemas/UsageBillableSummaryBody',
        },
      },
      type: 'object',
    },
    UsageBillableSummaryResponse: {
      properties: {
        usage: {
          items: {
            $ref: '#/components/schemas/UsageBillableSummaryHour',
          },
          type: 'array',
        },
      },
      type: 'object',
    },
    UsageMetricCategory: {
      enum: ['standard', 'custom'],
      type: 'string',
    },
    UsageNetworkFlowsHour: {
      properties: {
        hour: {
          format: 'date-time',
          type: 'string',
        },
        indexed_events_count: {
          format: 'int64',
          nullable: true,
          type: 'integer',
        },
        org_name: {
          type: 'string',
        },
        public_id: {
          type: 'string',
        },
      },
      type: 'object',
    },
    UsageNetworkFlowsResponse: {
      properties: {
        usage: {
          items: {
            $ref: '#/components/schemas/UsageNetworkFlowsHour',
          },
          type: 'array',
        },
      },
      type: 'object',
    },
    UsageSummaryDate: {
      properties: {
        agent_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        ai_credits_agent_builder_ai_credits_sum: {
          format: 'int64',
          type: 'integer',
        },
        ai_credits_bits_assistant_ai_credits_sum: {
          format: 'int64',
          type: 'integer',
        },
        ai_credits_bits_dev_ai_credits_sum: {
          format: 'int64',
          type: 'integer',
        },
        ai_credits_bits_sre_ai_credits_sum: {
          format: 'int64',
          type: 'integer',
        },
        ai_credits_sum: {
          format: 'int64',
          type: 'integer',
        },
        apm_azure_app_service_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        apm_devsecops_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        apm_enterprise_standalone_hosts_top99p: {
          format: 'int64',
          type: 'integer',
        },
        apm_fargate_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        apm_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        apm_pro_standalone_hosts_top99p: {
          format: 'int64',
          type: 'integer',
        },
        appsec_fargate_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        asm_serverless_sum: {
          format: 'int64',
          type: 'integer',
        },
        audit_logs_lines_indexed_sum: {
          format: 'int64',
          type: 'integer',
        },
        audit_trail_enabled_hwm: {
          format: 'int64',
          type: 'integer',
        },
        audit_trail_event_forwarding_events_sum: {
          format: 'int64',
          type: 'integer',
        },
        avg_profiled_fargate_tasks: {
          format: 'int64',
          type: 'integer',
        },
        aws_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        aws_lambda_func_count: {
          format: 'int64',
          type: 'integer',
        },
        aws_lambda_invocations_sum: {
          format: 'int64',
          type: 'integer',
        },
        azure_app_service_top99p: {
          format: 'int64',
          type: 'integer',
        },
        billable_ingested_bytes_sum: {
          format: 'int64',
          type: 'integer',
        },
        bits_ai_investigations_sum: {
          format: 'int64',
          type: 'integer',
        },
        browser_rum_lite_session_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        browser_rum_replay_session_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        browser_rum_units_sum: {
          format: 'int64',
          type: 'integer',
        },
        ccm_anthropic_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_aws_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_azure_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_confluent_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_databricks_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_elastic_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_fastly_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_gcp_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_github_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_mongodb_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_oci_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_openai_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_snowflake_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_spend_monitored_ent_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_spend_monitored_pro_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_twilio_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ci_pipeline_indexed_spans_sum: {
          format: 'int64',
          type: 'integer',
        },
        ci_test_indexed_spans_sum: {
          format: 'int64',
          type: 'integer',
        },
        ci_visibility_itr_committers_hwm: {
          format: 'int64',
          type: 'integer',
        },
        ci_visibility_pipeline_committers_hwm: {
          format: 'int64',
          type: 'integer',
        },
        ci_visibility_test_committers_hwm: {
          format: 'int64',
          type: 'integer',
        },
        cloud_cost_management_aws_host_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        cloud_cost_management_azure_host_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        cloud_cost_management_gcp_host_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        cloud_cost_management_host_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        cloud_cost_management_oci_host_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        cloud_siem_events_sum: {
          format: 'int64',
          type: 'integer',
        },
        cloud_siem_indexed_logs_sum: {
          format: 'int64',
          type: 'integer',
        },
        code_analysis_sa_committers_hwm: {
          format: 'int64',
          type: 'integer',
        },
        code_analysis_sca_committers_hwm: {
          format: 'int64',
          type: 'integer',
        },
        code_security_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        container_avg: {
          format: 'int64',
          type: 'integer',
        },
        container_excl_agent_avg: {
          format: 'int64',
          type: 'integer',
        },
        container_hwm: {
          format: 'int64',
          type: 'integer',
        },
        csm_container_enterprise_compliance_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        csm_container_enterprise_cws_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        csm_container_enterprise_total_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_enterprise_aas_host_count_top99p: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_enterprise_aws_host_count_top99p: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_enterprise_azure_host_count_top99p: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_enterprise_compliance_host_count_top99p: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_enterprise_cws_host_count_top99p: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_enterprise_gcp_host_count_top99p: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_enterprise_oci_host_count_top99p: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_enterprise_total_host_count_top99p: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_pro_hosts_agentless_scanners_sum: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_pro_hosts_agentless_scanners_top99p: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_pro_oci_host_count_top99p: {
          format: 'int64',
          type: 'integer',
        },
        cspm_aas_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        cspm_aws_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        cspm_azure_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        cspm_container_avg: {
          format: 'int64',
          type: 'integer',
        },
        cspm_container_hwm: {
          format: 'int64',
          type: 'integer',
        },
        cspm_gcp_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        cspm_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        cspm_hosts_agentless_scanners_sum: {
          format: 'int64',
          type: 'integer',
        },
        cspm_hosts_agentless_scanners_top99p: {
          format: 'int64',
          type: 'integer',
        },
        custom_ts_avg: {
          format: 'int64',
          type: 'integer',
        },
        cws_container_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        cws_fargate_task_avg: {
          format: 'int64',
          type: 'integer',
        },
        cws_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        data_jobs_monitoring_host_hr_sum: {
          format: 'int64',
          type: 'integer',
        },
        data_stream_monitoring_host_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        data_stream_monitoring_host_count_top99p: {
          format: 'int64',
          type: 'integer',
        },
        date: {
          format: 'date-time',
          type: 'string',
        },
        dbm_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        dbm_queries_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        do_jobs_monitoring_orchestrators_job_hours_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_agent_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_alibaba_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_aws_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_azure_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_basic_infra_basic_agent_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_basic_infra_basic_vsphere_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_basic_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_ent_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_gcp_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_heroku_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_only_aas_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_only_vsphere_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_opentelemetry_apm_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_opentelemetry_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_pro_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_proplus_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_proxmox_sum: {
          format: 'int64',
          type: 'integer',
        },
        error_tracking_apm_error_events_sum: {
          format: 'int64',
          type: 'integer',
        },
        error_tracking_error_events_sum: {
          format: 'int64',
          type: 'integer',
        },
        error_tracking_events_sum: {
          format: 'int64',
          type: 'integer',
        },
        error_tracking_rum_error_events_sum: {
          format: 'int64',
          type: 'integer',
        },
        event_management_correlation_correlated_events_sum: {
          format: 'int64',
          type: 'integer',
        },
        event_management_correlation_correlated_related_events_sum: {
          format: 'int64',
          type: 'integer',
        },
        event_management_correlation_sum: {
          format: 'int64',
          type: 'integer',
        },
        fargate_container_profiler_profiling_fargate_avg: {
          format: 'int64',
          type: 'integer',
        },
        fargate_container_profiler_profiling_fargate_eks_avg: {
          format: 'int64',
          type: 'integer',
        },
        fargate_tasks_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        fargate_tasks_count_hwm: {
          format: 'int64',
          type: 'integer',
        },
        feature_flags_config_requests_sum: {
          format: 'int64',
          type: 'integer',
        },
        flex_logs_compute_large_avg: {
          format: 'int64',
          type: 'integer',
        },
        flex_logs_compute_medium_avg: {
          format: 'int64',
          type: 'integer',
        },
        flex_logs_compute_small_avg: {
          format: 'int64',
          type: 'integer',
        },
        flex_logs_compute_xlarge_avg: {
          format: 'int64',
          type: 'integer',
        },
        flex_logs_compute_xsmall_avg: {
          format: 'int64',
          type: 'integer',
        },
        flex_logs_starter_avg: {
          format: 'int64',
          type: 'integer',
        },
        flex_logs_starter_storage_index_avg: {
          format: 'int64',
          type: 'integer',
        },
        flex_logs_starter_storage_retention_adjustment_avg: {
          format: 'int64',
          type: 'integer',
        },
        flex_stored_logs_avg: {
          format: 'int64',
          type: 'integer',
        },
        forwarding_events_bytes_sum: {
          format: 'int64',
          type: 'integer',
        },
        gcp_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        heroku_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        incident_management_monthly_active_users_hwm: {
          format: 'int64',
          type: 'integer',
        },
        incident_management_seats_hwm: {
          format: 'int64',
          type: 'integer',
        },
        indexed_events_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        indexed_points_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_agent_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_agent_basic_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_agent_basic_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_agent_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_aws_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_aws_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_azure_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_azure_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_gcp_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_gcp_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_nutanix_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_nutanix_basic_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_nutanix_basic_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_nutanix_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_opentelemetry_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_opentelemetry_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_agent_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_agent_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_aws_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_aws_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_azure_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_azure_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_gcp_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_gcp_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_nutanix_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_nutanix_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_opentelemetry_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_opentelemetry_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_edge_monitoring_devices_top99p: {
          format: 'int64',
          type: 'integer',
        },
        infra_host_basic_infra_basic_agent_top99p: {
          format: 'int64',
          type: 'integer',
        },
        infra_host_basic_infra_basic_vsphere_top99p: {
          format: 'int64',
          type: 'integer',
        },
        infra_host_basic_top99p: {
          format: 'int64',
          type: 'integer',
        },
        infra_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        infra_storage_mgmt_objects_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        ingest_points_sum: {
          format: 'int64',
          type: 'integer',
        },
        ingested_events_bytes_sum: {
          format: 'int64',
          type: 'integer',
        },
        iot_apm_host_sum: {
          format: 'int64',
          type: 'integer',
        },
        iot_apm_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        iot_device_sum: {
          format: 'int64',
          type: 'integer',
        },
        iot_device_top99p: {
          format: 'int64',
          type: 'integer',
        },
        llm_observability_15day_retention_spans_sum: {
          format: 'int64',
          type: 'integer',
        },
        llm_observability_30day_retention_spans_sum: {
          format: 'int64',
          type: 'integer',
        },
        llm_observability_60day_retention_spans_sum: {
          format: 'int64',
          type: 'integer',
        },
        llm_observability_90day_retention_spans_sum: {
          format: 'int64',
          type: 'integer',
        },
        llm_observability_min_spend_sum: {
          format: 'int64',
          type: 'integer',
        },
        llm_observability_sum: {
          format: 'int64',
          type: 'integer',
        },
        logs_archive_search_gb_scanned_sum: {
          format: 'int64',
          type: 'integer',
        },
        metric_names_sum: {
          format: 'int64',
          type: 'integer',
        },
        mobile_rum_lite_session_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        mobile_rum_session_count_android_sum: {
          format: 'int64',
          type: 'integer',
        },
        mobile_rum_session_count_flutter_sum: {
          format: 'int64',
          type: 'integer',
        },
        mobile_rum_session_count_ios_sum: {
          format: 'int64',
          type: 'integer',
        },
        mobile_rum_session_count_reactnative_sum: {
          format: 'int64',
          type: 'integer',
        },
        mobile_rum_session_count_roku_sum: {
          format: 'int64',
          type: 'integer',
        },
        mobile_rum_session_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        mobile_rum_units_sum: {
          format: 'int64',
          type: 'integer',
        },
        ndm_netflow_events_sum: {
          format: 'int64',
          type: 'integer',
        },
        netflow_indexed_events_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        network_device_wireless_top99p: {
          format: 'int64',
          type: 'integer',
        },
        network_path_sum: {
          format: 'int64',
          type: 'integer',
        },
        npm_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        observability_pipelines_bytes_processed_sum: {
          format: 'int64',
          type: 'integer',
        },
        oci_host_sum: {
          format: 'int64',
          type: 'integer',
        },
        oci_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        on_call_seat_hwm: {
          format: 'int64',
          type: 'integer',
        },
        online_archive_events_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        opentelemetry_apm_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        opentelemetry_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        orgs: {
          items: {
            $ref: '#/components/schemas/UsageSummaryDateOrg',
          },
          type: 'array',
        },
        product_analytics_sum: {
          format: 'int64',
          type: 'integer',
        },
        profiling_aas_count_top99p: {
          format: 'int64',
          type: 'integer',
        },
        profiling_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        proxmox_host_sum: {
          format: 'int64',
          type: 'integer',
        },
        proxmox_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        published_app_hwm: {
          format: 'int64',
          type: 'integer',
        },
        rum_browser_and_mobile_session_count: {
          format: 'int64',
          type: 'integer',
        },
        rum_browser_legacy_session_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_browser_lite_session_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_browser_replay_session_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_indexed_sessions_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_ingested_sessions_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_lite_session_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_legacy_session_count_android_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_legacy_session_count_flutter_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_legacy_session_count_ios_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_legacy_session_count_reactnative_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_legacy_session_count_roku_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_lite_session_count_android_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_lite_session_count_flutter_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_lite_session_count_ios_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_lite_session_count_kotlinmultiplatform_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_lite_session_count_reactnative_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_lite_session_count_roku_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_lite_session_count_unity_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_replay_session_count_android_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_replay_session_count_ios_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_replay_session_count_kotlinmultiplatform_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_replay_session_count_reactnative_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_replay_session_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_session_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_session_replay_add_on_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_total_session_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_units_sum: {
          format: 'int64',
          type: 'integer',
        },
        sca_fargate_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        sca_fargate_count_hwm: {
          format: 'int64',
          type: 'integer',
        },
        sds_apm_scanned_bytes_sum: {
          format: 'int64',
          type: 'integer',
        },
        sds_events_scanned_bytes_sum: {
          format: 'int64',
          type: 'integer',
        },
        sds_logs_scanned_bytes_sum: {
          format: 'int64',
          type: 'integer',
        },
        sds_rum_scanned_bytes_sum: {
          format: 'int64',
          type: 'integer',
        },
        sds_total_scanned_bytes_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_apm_azure_appservice_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_apm_azure_azurefunction_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_apm_azure_containerapp_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_apm_fargate_ecs_tasks_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_apm_gcp_cloudfunction_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_apm_gcp_cloudrun_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_apm_gcp_gke_autopilot_pods_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_excl_fargate_apm_azure_appservice_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_excl_fargate_apm_azure_azurefunction_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_excl_fargate_apm_azure_containerapp_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_excl_fargate_apm_gcp_cloudfunction_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_excl_fargate_apm_gcp_cloudrun_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_excl_fargate_apm_gcp_gke_autopilot_pods_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_excl_fargate_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_azure_container_app_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_azure_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_azure_function_app_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_azure_web_app_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_dsm_fargate_tasks_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_ecs_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_eks_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_excl_fargate_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_excl_fargate_azure_container_app_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_excl_fargate_azure_function_app_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_excl_fargate_azure_web_app_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_excl_fargate_google_cloud_functions_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_excl_fargate_google_cloud_run_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_excl_fargate_infra_gcp_gke_autopilot_pods_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_google_cloud_functions_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_google_cloud_run_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_google_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_infra_gcp_gke_autopilot_pods_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_total_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        siem_12mo_retention_sum: {
          format: 'int64',
          type: 'integer',
        },
        siem_6mo_retention_sum: {
          format: 'int64',
          type: 'integer',
        },
        siem_analyzed_logs_add_on_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        snmp_device_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        snmp_device_count_top99p: {
          format: 'int64',
          type: 'integer',
        },
        synthetics_browser_check_calls_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        synthetics_check_calls_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        synthetics_mobile_test_runs_sum: {
          format: 'int64',
          type: 'integer',
        },
        synthetics_parallel_testing_max_slots_hwm: {
          format: 'int64',
          type: 'integer',
        },
        trace_search_indexed_events_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        twol_ingested_events_bytes_sum: {
          format: 'int64',
          type: 'integer',
        },
        universal_service_monitoring_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        vsphere_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        vuln_management_host_count_top99p: {
          format: 'int64',
          type: 'integer',
        },
        workflow_executions_usage_sum: {
          format: 'int64',
          type: 'integer',
        },
      },
      type: 'object',
    },
    UsageSummaryDateOrg: {
      properties: {
        account_name: {
          type: 'string',
        },
        account_public_id: {
          type: 'string',
        },
        agent_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        ai_credits_agent_builder_ai_credits_sum: {
          format: 'int64',
          type: 'integer',
        },
        ai_credits_bits_assistant_ai_credits_sum: {
          format: 'int64',
          type: 'integer',
        },
        ai_credits_bits_dev_ai_credits_sum: {
          format: 'int64',
          type: 'integer',
        },
        ai_credits_bits_sre_ai_credits_sum: {
          format: 'int64',
          type: 'integer',
        },
        ai_credits_sum: {
          format: 'int64',
          type: 'integer',
        },
        apm_azure_app_service_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        apm_devsecops_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        apm_enterprise_standalone_hosts_top99p: {
          format: 'int64',
          type: 'integer',
        },
        apm_fargate_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        apm_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        apm_pro_standalone_hosts_top99p: {
          format: 'int64',
          type: 'integer',
        },
        appsec_fargate_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        asm_serverless_sum: {
          format: 'int64',
          type: 'integer',
        },
        audit_logs_lines_indexed_sum: {
          format: 'int64',
          type: 'integer',
        },
        audit_trail_enabled_hwm: {
          format: 'int64',
          type: 'integer',
        },
        audit_trail_event_forwarding_events_sum: {
          format: 'int64',
          type: 'integer',
        },
        avg_profiled_fargate_tasks: {
          format: 'int64',
          type: 'integer',
        },
        aws_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        aws_lambda_func_count: {
          format: 'int64',
          type: 'integer',
        },
        aws_lambda_invocations_sum: {
          format: 'int64',
          type: 'integer',
        },
        azure_app_service_top99p: {
          format: 'int64',
          type: 'integer',
        },
        billable_ingested_bytes_sum: {
          format: 'int64',
          type: 'integer',
        },
        bits_ai_investigations_sum: {
          format: 'int64',
          type: 'integer',
        },
        browser_rum_lite_session_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        browser_rum_replay_session_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        browser_rum_units_sum: {
          format: 'int64',
          type: 'integer',
        },
        ccm_anthropic_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_aws_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_azure_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_confluent_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_databricks_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_elastic_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_fastly_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_gcp_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_github_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_mongodb_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_oci_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_openai_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_snowflake_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_spend_monitored_ent_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_spend_monitored_pro_last: {
          format: 'int64',
          type: 'integer',
        },
        ccm_twilio_spend_last: {
          format: 'int64',
          type: 'integer',
        },
        ci_pipeline_indexed_spans_sum: {
          format: 'int64',
          type: 'integer',
        },
        ci_test_indexed_spans_sum: {
          format: 'int64',
          type: 'integer',
        },
        ci_visibility_itr_committers_hwm: {
          format: 'int64',
          type: 'integer',
        },
        ci_visibility_pipeline_committers_hwm: {
          format: 'int64',
          type: 'integer',
        },
        ci_visibility_test_committers_hwm: {
          format: 'int64',
          type: 'integer',
        },
        cloud_cost_management_aws_host_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        cloud_cost_management_azure_host_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        cloud_cost_management_gcp_host_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        cloud_cost_management_host_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        cloud_cost_management_oci_host_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        cloud_siem_events_sum: {
          format: 'int64',
          type: 'integer',
        },
        cloud_siem_indexed_logs_sum: {
          format: 'int64',
          type: 'integer',
        },
        code_analysis_sa_committers_hwm: {
          format: 'int64',
          type: 'integer',
        },
        code_analysis_sca_committers_hwm: {
          format: 'int64',
          type: 'integer',
        },
        code_security_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        container_avg: {
          format: 'int64',
          type: 'integer',
        },
        container_excl_agent_avg: {
          format: 'int64',
          type: 'integer',
        },
        container_hwm: {
          format: 'int64',
          type: 'integer',
        },
        csm_container_enterprise_compliance_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        csm_container_enterprise_cws_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        csm_container_enterprise_total_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_enterprise_aas_host_count_top99p: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_enterprise_aws_host_count_top99p: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_enterprise_azure_host_count_top99p: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_enterprise_compliance_host_count_top99p: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_enterprise_cws_host_count_top99p: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_enterprise_gcp_host_count_top99p: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_enterprise_oci_host_count_top99p: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_enterprise_total_host_count_top99p: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_pro_hosts_agentless_scanners_sum: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_pro_hosts_agentless_scanners_top99p: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_pro_oci_host_count_top99p: {
          format: 'int64',
          type: 'integer',
        },
        cspm_aas_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        cspm_aws_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        cspm_azure_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        cspm_container_avg: {
          format: 'int64',
          type: 'integer',
        },
        cspm_container_hwm: {
          format: 'int64',
          type: 'integer',
        },
        cspm_gcp_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        cspm_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        cspm_hosts_agentless_scanners_sum: {
          format: 'int64',
          type: 'integer',
        },
        cspm_hosts_agentless_scanners_top99p: {
          format: 'int64',
          type: 'integer',
        },
        custom_historical_ts_avg: {
          format: 'int64',
          type: 'integer',
        },
        custom_live_ts_avg: {
          format: 'int64',
          type: 'integer',
        },
        custom_ts_avg: {
          format: 'int64',
          type: 'integer',
        },
        cws_container_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        cws_fargate_task_avg: {
          format: 'int64',
          type: 'integer',
        },
        cws_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        data_jobs_monitoring_host_hr_sum: {
          format: 'int64',
          type: 'integer',
        },
        data_stream_monitoring_host_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        data_stream_monitoring_host_count_top99p: {
          format: 'int64',
          type: 'integer',
        },
        dbm_host_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        dbm_queries_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        do_jobs_monitoring_orchestrators_job_hours_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_agent_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_alibaba_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_aws_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_azure_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_basic_infra_basic_agent_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_basic_infra_basic_vsphere_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_basic_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_ent_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_gcp_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_heroku_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_only_aas_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_only_vsphere_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_opentelemetry_apm_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_opentelemetry_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_pro_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_proplus_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_proxmox_sum: {
          format: 'int64',
          type: 'integer',
        },
        error_tracking_apm_error_events_sum: {
          format: 'int64',
          type: 'integer',
        },
        error_tracking_error_events_sum: {
          format: 'int64',
          type: 'integer',
        },
        error_tracking_events_sum: {
          format: 'int64',
          type: 'integer',
        },
        error_tracking_rum_error_events_sum: {
          format: 'int64',
          type: 'integer',
        },
        event_management_correlation_correlated_events_sum: {
          format: 'int64',
          type: 'integer',
        },
        event_management_correlation_correlated_related_events_sum: {
          format: 'int64',
          type: 'integer',
        },
        event_management_correlation_sum: {
          format: 'int64',
          type: 'integer',
        },
        fargate_container_profiler_profiling_fargate_avg: {
          format: 'int64',
          type: 'integer',
        },
        fargate_container_profiler_profiling_fargate_eks_avg: {
          format: 'int64',
          type: 'integer',
        },
        fargate_tasks_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        fargate_tasks_count_hwm: {
          format: 'int64',
          type: 'integer',
        },
        feature_flags_config_requests_sum: {
          format: 'int64',
          type: 'integer',
        },
        flex_logs_compute_large_avg: {
          format: 'int64',
          type: 'integer',
        },
        flex_logs_compute_medium_avg: {
          format: 'int64',
          type: 'integer',
        },
        flex_logs_compute_small_avg: {
          format: 'int64',
          type: 'integer',
        },
        flex_logs_compute_xlarge_avg: {
          format: 'int64',
          type: 'integer',
        },
        flex_logs_compute_xsmall_avg: {
          format: 'int64',
          type: 'integer',
        },
        flex_logs_starter_avg: {
          format: 'int64',
          type: 'integer',
        },
        flex_logs_starter_storage_index_avg: {
          format: 'int64',
          type: 'integer',
        },
        flex_logs_starter_storage_retention_adjustment_avg: {
          format: 'int64',
          type: 'integer',
        },
        flex_stored_logs_avg: {
          format: 'int64',
          type: 'integer',
        },
        forwarding_events_bytes_sum: {
          format: 'int64',
          type: 'integer',
        },
        gcp_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        heroku_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        id: {
          type: 'string',
        },
        incident_management_monthly_active_users_hwm: {
          format: 'int64',
          type: 'integer',
        },
        incident_management_seats_hwm: {
          format: 'int64',
          type: 'integer',
        },
        indexed_events_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        indexed_points_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_agent_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_agent_basic_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_agent_basic_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_agent_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_aws_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_aws_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_azure_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_azure_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_gcp_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_gcp_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_nutanix_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_nutanix_basic_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_nutanix_basic_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_nutanix_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_opentelemetry_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_opentelemetry_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_agent_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_agent_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_aws_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_aws_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_azure_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_azure_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_gcp_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_gcp_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_nutanix_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_nutanix_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_opentelemetry_avg: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_opentelemetry_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_edge_monitoring_devices_top99p: {
          format: 'int64',
          type: 'integer',
        },
        infra_host_basic_infra_basic_agent_top99p: {
          format: 'int64',
          type: 'integer',
        },
        infra_host_basic_infra_basic_vsphere_top99p: {
          format: 'int64',
          type: 'integer',
        },
        infra_host_basic_top99p: {
          format: 'int64',
          type: 'integer',
        },
        infra_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        infra_storage_mgmt_objects_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        ingest_points_sum: {
          format: 'int64',
          type: 'integer',
        },
        ingested_events_bytes_sum: {
          format: 'int64',
          type: 'integer',
        },
        iot_apm_host_sum: {
          format: 'int64',
          type: 'integer',
        },
        iot_apm_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        iot_device_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        iot_device_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        llm_observability_15day_retention_spans_sum: {
          format: 'int64',
          type: 'integer',
        },
        llm_observability_30day_retention_spans_sum: {
          format: 'int64',
          type: 'integer',
        },
        llm_observability_60day_retention_spans_sum: {
          format: 'int64',
          type: 'integer',
        },
        llm_observability_90day_retention_spans_sum: {
          format: 'int64',
          type: 'integer',
        },
        llm_observability_min_spend_sum: {
          format: 'int64',
          type: 'integer',
        },
        llm_observability_sum: {
          format: 'int64',
          type: 'integer',
        },
        logs_archive_search_gb_scanned_sum: {
          format: 'int64',
          type: 'integer',
        },
        metric_names_sum: {
          format: 'int64',
          type: 'integer',
        },
        mobile_rum_lite_session_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        mobile_rum_session_count_android_sum: {
          format: 'int64',
          type: 'integer',
        },
        mobile_rum_session_count_flutter_sum: {
          format: 'int64',
          type: 'integer',
        },
        mobile_rum_session_count_ios_sum: {
          format: 'int64',
          type: 'integer',
        },
        mobile_rum_session_count_reactnative_sum: {
          format: 'int64',
          type: 'integer',
        },
        mobile_rum_session_count_roku_sum: {
          format: 'int64',
          type: 'integer',
        },
        mobile_rum_session_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        mobile_rum_units_sum: {
          format: 'int64',
          type: 'integer',
        },
        name: {
          type: 'string',
        },
        ndm_netflow_events_sum: {
          format: 'int64',
          type: 'integer',
        },
        netflow_indexed_events_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        network_device_wireless_top99p: {
          format: 'int64',
          type: 'integer',
        },
        network_path_sum: {
          format: 'int64',
          type: 'integer',
        },
        npm_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        observability_pipelines_bytes_processed_sum: {
          format: 'int64',
          type: 'integer',
        },
        oci_host_sum: {
          format: 'int64',
          type: 'integer',
        },
        oci_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        on_call_seat_hwm: {
          format: 'int64',
          type: 'integer',
        },
        online_archive_events_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        opentelemetry_apm_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        opentelemetry_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        product_analytics_sum: {
          format: 'int64',
          type: 'integer',
        },
        profiling_aas_count_top99p: {
          format: 'int64',
          type: 'integer',
        },
        profiling_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        proxmox_host_sum: {
          format: 'int64',
          type: 'integer',
        },
        proxmox_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        public_id: {
          type: 'string',
        },
        published_app_hwm: {
          format: 'int64',
          type: 'integer',
        },
        region: {
          type: 'string',
        },
        rum_browser_and_mobile_session_count: {
          format: 'int64',
          type: 'integer',
        },
        rum_browser_legacy_session_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_browser_lite_session_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_browser_replay_session_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_indexed_sessions_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_ingested_sessions_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_lite_session_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_legacy_session_count_android_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_legacy_session_count_flutter_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_legacy_session_count_ios_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_legacy_session_count_reactnative_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_legacy_session_count_roku_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_lite_session_count_android_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_lite_session_count_flutter_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_lite_session_count_ios_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_lite_session_count_kotlinmultiplatform_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_lite_session_count_reactnative_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_lite_session_count_roku_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_lite_session_count_unity_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_replay_session_count_android_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_replay_session_count_ios_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_replay_session_count_kotlinmultiplatform_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_replay_session_count_reactnative_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_replay_session_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_session_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_session_replay_add_on_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_total_session_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_units_sum: {
          format: 'int64',
          type: 'integer',
        },
        sca_fargate_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        sca_fargate_count_hwm: {
          format: 'int64',
          type: 'integer',
        },
        sds_apm_scanned_bytes_sum: {
          format: 'int64',
          type: 'integer',
        },
        sds_events_scanned_bytes_sum: {
          format: 'int64',
          type: 'integer',
        },
        sds_logs_scanned_bytes_sum: {
          format: 'int64',
          type: 'integer',
        },
        sds_rum_scanned_bytes_sum: {
          format: 'int64',
          type: 'integer',
        },
        sds_total_scanned_bytes_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_apm_azure_appservice_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_apm_azure_azurefunction_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_apm_azure_containerapp_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_apm_fargate_ecs_tasks_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_apm_gcp_cloudfunction_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_apm_gcp_cloudrun_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_apm_gcp_gke_autopilot_pods_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_excl_fargate_apm_azure_appservice_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_excl_fargate_apm_azure_azurefunction_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_excl_fargate_apm_azure_containerapp_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_excl_fargate_apm_gcp_cloudfunction_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_excl_fargate_apm_gcp_cloudrun_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_excl_fargate_apm_gcp_gke_autopilot_pods_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_excl_fargate_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_azure_container_app_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_azure_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_azure_function_app_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_azure_web_app_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_dsm_fargate_tasks_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_ecs_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_eks_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_excl_fargate_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_excl_fargate_azure_container_app_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_excl_fargate_azure_function_app_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_excl_fargate_azure_web_app_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_excl_fargate_google_cloud_functions_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_excl_fargate_google_cloud_run_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_excl_fargate_infra_gcp_gke_autopilot_pods_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_google_cloud_functions_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_google_cloud_run_instances_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_google_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_infra_gcp_gke_autopilot_pods_avg: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_total_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        siem_12mo_retention_sum: {
          format: 'int64',
          type: 'integer',
        },
        siem_6mo_retention_sum: {
          format: 'int64',
          type: 'integer',
        },
        siem_analyzed_logs_add_on_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        snmp_device_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        snmp_device_count_top99p: {
          format: 'int64',
          type: 'integer',
        },
        synthetics_browser_check_calls_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        synthetics_check_calls_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        synthetics_mobile_test_runs_sum: {
          format: 'int64',
          type: 'integer',
        },
        synthetics_parallel_testing_max_slots_hwm: {
          format: 'int64',
          type: 'integer',
        },
        trace_search_indexed_events_count_sum: {
          format: 'int64',
          type: 'integer',
        },
        twol_ingested_events_bytes_sum: {
          format: 'int64',
          type: 'integer',
        },
        universal_service_monitoring_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        vsphere_host_top99p: {
          format: 'int64',
          type: 'integer',
        },
        vuln_management_host_count_top99p: {
          format: 'int64',
          type: 'integer',
        },
        workflow_executions_usage_sum: {
          format: 'int64',
          type: 'integer',
        },
      },
      type: 'object',
    },
    UsageSummaryResponse: {
      properties: {
        agent_host_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        ai_credits_agent_builder_ai_credits_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        ai_credits_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        ai_credits_bits_assistant_ai_credits_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        ai_credits_bits_dev_ai_credits_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        ai_credits_bits_sre_ai_credits_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        apm_azure_app_service_host_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        apm_devsecops_host_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        apm_enterprise_standalone_hosts_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        apm_fargate_count_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        apm_host_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        apm_pro_standalone_hosts_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        appsec_fargate_count_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        asm_serverless_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        audit_logs_lines_indexed_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        audit_trail_enabled_hwm_sum: {
          format: 'int64',
          type: 'integer',
        },
        audit_trail_event_forwarding_events_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        avg_profiled_fargate_tasks_sum: {
          format: 'int64',
          type: 'integer',
        },
        aws_host_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        aws_lambda_func_count: {
          format: 'int64',
          type: 'integer',
        },
        aws_lambda_invocations_sum: {
          format: 'int64',
          type: 'integer',
        },
        azure_app_service_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        azure_host_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        billable_ingested_bytes_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        bits_ai_investigations_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        browser_rum_lite_session_count_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        browser_rum_replay_session_count_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        browser_rum_units_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        ccm_anthropic_spend_last_sum: {
          format: 'int64',
          type: 'integer',
        },
        ccm_aws_spend_last_sum: {
          format: 'int64',
          type: 'integer',
        },
        ccm_azure_spend_last_sum: {
          format: 'int64',
          type: 'integer',
        },
        ccm_confluent_spend_last_sum: {
          format: 'int64',
          type: 'integer',
        },
        ccm_databricks_spend_last_sum: {
          format: 'int64',
          type: 'integer',
        },
        ccm_elastic_spend_last_sum: {
          format: 'int64',
          type: 'integer',
        },
        ccm_fastly_spend_last_sum: {
          format: 'int64',
          type: 'integer',
        },
        ccm_gcp_spend_last_sum: {
          format: 'int64',
          type: 'integer',
        },
        ccm_github_spend_last_sum: {
          format: 'int64',
          type: 'integer',
        },
        ccm_mongodb_spend_last_sum: {
          format: 'int64',
          type: 'integer',
        },
        ccm_oci_spend_last_sum: {
          format: 'int64',
          type: 'integer',
        },
        ccm_openai_spend_last_sum: {
          format: 'int64',
          type: 'integer',
        },
        ccm_snowflake_spend_last_sum: {
          format: 'int64',
          type: 'integer',
        },
        ccm_spend_monitored_ent_last_sum: {
          format: 'int64',
          type: 'integer',
        },
        ccm_spend_monitored_pro_last_sum: {
          format: 'int64',
          type: 'integer',
        },
        ccm_twilio_spend_last_sum: {
          format: 'int64',
          type: 'integer',
        },
        ci_pipeline_indexed_spans_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        ci_test_indexed_spans_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        ci_visibility_itr_committers_hwm_sum: {
          format: 'int64',
          type: 'integer',
        },
        ci_visibility_pipeline_committers_hwm_sum: {
          format: 'int64',
          type: 'integer',
        },
        ci_visibility_test_committers_hwm_sum: {
          format: 'int64',
          type: 'integer',
        },
        cloud_cost_management_aws_host_count_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        cloud_cost_management_azure_host_count_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        cloud_cost_management_gcp_host_count_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        cloud_cost_management_host_count_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        cloud_cost_management_oci_host_count_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        cloud_siem_events_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        cloud_siem_indexed_logs_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        code_analysis_sa_committers_hwm_sum: {
          format: 'int64',
          type: 'integer',
        },
        code_analysis_sca_committers_hwm_sum: {
          format: 'int64',
          type: 'integer',
        },
        code_security_host_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        container_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        container_excl_agent_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        container_hwm_sum: {
          format: 'int64',
          type: 'integer',
        },
        csm_container_enterprise_compliance_count_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        csm_container_enterprise_cws_count_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        csm_container_enterprise_total_count_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_enterprise_aas_host_count_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_enterprise_aws_host_count_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_enterprise_azure_host_count_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_enterprise_compliance_host_count_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_enterprise_cws_host_count_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_enterprise_gcp_host_count_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_enterprise_oci_host_count_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_enterprise_total_host_count_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_pro_hosts_agentless_scanners_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_pro_hosts_agentless_scanners_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        csm_host_pro_oci_host_count_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        cspm_aas_host_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        cspm_aws_host_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        cspm_azure_host_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        cspm_container_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        cspm_container_hwm_sum: {
          format: 'int64',
          type: 'integer',
        },
        cspm_gcp_host_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        cspm_host_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        cspm_hosts_agentless_scanners_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        cspm_hosts_agentless_scanners_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        custom_historical_ts_sum: {
          format: 'int64',
          type: 'integer',
        },
        custom_live_ts_sum: {
          format: 'int64',
          type: 'integer',
        },
        custom_ts_sum: {
          format: 'int64',
          type: 'integer',
        },
        cws_container_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        cws_fargate_task_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        cws_host_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        data_jobs_monitoring_host_hr_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        data_stream_monitoring_host_count_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        data_stream_monitoring_host_count_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        dbm_host_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        dbm_queries_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        do_jobs_monitoring_orchestrators_job_hours_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        end_date: {
          format: 'date-time',
          type: 'string',
        },
        eph_infra_host_agent_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_alibaba_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_aws_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_azure_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_basic_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_basic_infra_basic_agent_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_basic_infra_basic_vsphere_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_ent_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_gcp_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_heroku_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_only_aas_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_only_vsphere_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_opentelemetry_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_opentelemetry_apm_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_pro_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_proplus_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        eph_infra_host_proxmox_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        error_tracking_apm_error_events_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        error_tracking_error_events_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        error_tracking_events_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        error_tracking_rum_error_events_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        event_management_correlation_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        event_management_correlation_correlated_events_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        event_management_correlation_correlated_related_events_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        fargate_container_profiler_profiling_fargate_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        fargate_container_profiler_profiling_fargate_eks_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        fargate_tasks_count_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        fargate_tasks_count_hwm_sum: {
          format: 'int64',
          type: 'integer',
        },
        feature_flags_config_requests_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        flex_logs_compute_large_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        flex_logs_compute_medium_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        flex_logs_compute_small_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        flex_logs_compute_xlarge_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        flex_logs_compute_xsmall_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        flex_logs_starter_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        flex_logs_starter_storage_index_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        flex_logs_starter_storage_retention_adjustment_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        flex_stored_logs_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        forwarding_events_bytes_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        gcp_host_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        heroku_host_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        incident_management_monthly_active_users_hwm_sum: {
          format: 'int64',
          type: 'integer',
        },
        incident_management_seats_hwm_sum: {
          format: 'int64',
          type: 'integer',
        },
        indexed_events_count_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        indexed_points_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_agent_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_agent_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_agent_basic_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_agent_basic_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_aws_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_aws_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_azure_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_azure_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_gcp_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_gcp_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_nutanix_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_nutanix_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_nutanix_basic_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_nutanix_basic_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_opentelemetry_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_default_infra_host_vcpu_opentelemetry_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_agent_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_agent_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_aws_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_aws_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_azure_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_azure_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_gcp_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_gcp_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_nutanix_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_nutanix_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_opentelemetry_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_cpu_observed_infra_host_vcpu_opentelemetry_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_edge_monitoring_devices_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_host_basic_infra_basic_agent_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_host_basic_infra_basic_vsphere_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_host_basic_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_host_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        infra_storage_mgmt_objects_count_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        ingest_points_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        ingested_events_bytes_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        iot_apm_host_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        iot_apm_host_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        iot_device_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        iot_device_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        last_updated: {
          format: 'date-time',
          type: 'string',
        },
        live_indexed_events_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        live_ingested_bytes_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        llm_observability_15day_retention_spans_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        llm_observability_30day_retention_spans_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        llm_observability_60day_retention_spans_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        llm_observability_90day_retention_spans_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        llm_observability_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        llm_observability_min_spend_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        logs_archive_search_gb_scanned_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        logs_by_retention: {
          $ref: '#/components/schemas/LogsByRetention',
        },
        metric_names_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        mobile_rum_lite_session_count_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        mobile_rum_session_count_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        mobile_rum_session_count_android_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        mobile_rum_session_count_flutter_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        mobile_rum_session_count_ios_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        mobile_rum_session_count_reactnative_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        mobile_rum_session_count_roku_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        mobile_rum_units_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        ndm_netflow_events_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        netflow_indexed_events_count_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        network_device_wireless_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        network_path_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        npm_host_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        observability_pipelines_bytes_processed_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        oci_host_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        oci_host_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        on_call_seat_hwm_sum: {
          format: 'int64',
          type: 'integer',
        },
        online_archive_events_count_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        opentelemetry_apm_host_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        opentelemetry_host_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        product_analytics_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        profiling_aas_count_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        profiling_container_agent_count_avg: {
          format: 'int64',
          type: 'integer',
        },
        profiling_host_count_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        proxmox_host_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        proxmox_host_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        published_app_hwm_sum: {
          format: 'int64',
          type: 'integer',
        },
        rehydrated_indexed_events_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rehydrated_ingested_bytes_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_browser_and_mobile_session_count: {
          format: 'int64',
          type: 'integer',
        },
        rum_browser_legacy_session_count_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_browser_lite_session_count_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_browser_replay_session_count_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_indexed_sessions_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_ingested_sessions_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_lite_session_count_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_legacy_session_count_android_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_legacy_session_count_flutter_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_legacy_session_count_ios_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_legacy_session_count_reactnative_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_legacy_session_count_roku_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_lite_session_count_android_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_lite_session_count_flutter_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_lite_session_count_ios_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_lite_session_count_kotlinmultiplatform_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_lite_session_count_reactnative_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_lite_session_count_roku_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_lite_session_count_unity_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_replay_session_count_android_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_replay_session_count_ios_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_replay_session_count_kotlinmultiplatform_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_mobile_replay_session_count_reactnative_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_replay_session_count_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_session_count_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_session_replay_add_on_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_total_session_count_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        rum_units_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        sca_fargate_count_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        sca_fargate_count_hwm_sum: {
          format: 'int64',
          type: 'integer',
        },
        sds_apm_scanned_bytes_sum: {
          format: 'int64',
          type: 'integer',
        },
        sds_events_scanned_bytes_sum: {
          format: 'int64',
          type: 'integer',
        },
        sds_logs_scanned_bytes_sum: {
          format: 'int64',
          type: 'integer',
        },
        sds_rum_scanned_bytes_sum: {
          format: 'int64',
          type: 'integer',
        },
        sds_total_scanned_bytes_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_apm_azure_appservice_instances_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_apm_azure_azurefunction_instances_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_apm_azure_containerapp_instances_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_apm_fargate_ecs_tasks_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_apm_gcp_cloudfunction_instances_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_apm_gcp_cloudrun_instances_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_apm_gcp_gke_autopilot_pods_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_excl_fargate_apm_azure_appservice_instances_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_excl_fargate_apm_azure_azurefunction_instances_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_excl_fargate_apm_azure_containerapp_instances_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_excl_fargate_apm_gcp_cloudfunction_instances_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_excl_fargate_apm_gcp_cloudrun_instances_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_excl_fargate_apm_gcp_gke_autopilot_pods_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_apm_excl_fargate_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_azure_container_app_instances_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_azure_count_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_azure_function_app_instances_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_azure_web_app_instances_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_dsm_fargate_tasks_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_ecs_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_eks_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_excl_fargate_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_excl_fargate_azure_container_app_instances_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_excl_fargate_azure_function_app_instances_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_excl_fargate_azure_web_app_instances_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_excl_fargate_google_cloud_functions_instances_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_excl_fargate_google_cloud_run_instances_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_excl_fargate_infra_gcp_gke_autopilot_pods_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_google_cloud_functions_instances_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_google_cloud_run_instances_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_google_count_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_infra_gcp_gke_autopilot_pods_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        serverless_apps_total_count_avg_sum: {
          format: 'int64',
          type: 'integer',
        },
        siem_12mo_retention_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        siem_6mo_retention_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        siem_analyzed_logs_add_on_count_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        snmp_device_count_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        snmp_device_count_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        start_date: {
          format: 'date-time',
          type: 'string',
        },
        synthetics_browser_check_calls_count_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        synthetics_check_calls_count_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        synthetics_mobile_test_runs_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        synthetics_parallel_testing_max_slots_hwm_sum: {
          format: 'int64',
          type: 'integer',
        },
        trace_search_indexed_events_count_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        twol_ingested_events_bytes_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
        universal_service_monitoring_host_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        usage: {
          items: {
            $ref: '#/components/schemas/UsageSummaryDate',
          },
          type: 'array',
        },
        vsphere_host_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        vuln_management_host_count_top99p_sum: {
          format: 'int64',
          type: 'integer',
        },
        workflow_executions_usage_agg_sum: {
          format: 'int64',
          type: 'integer',
        },
      },
      type: 'object',
    },
    UsageTopAvgMetricsHour: {
      properties: {
        avg_metric_hour: {
          format: 'int64',
          type: 'integer',
        },
        max_metric_hour: {
          format: 'int64',
          type: 'integer',
        },
        metric_category: {
          $ref: '#/components/schemas/UsageMetricCategory',
        },
        metric_name: {
          type: 'string',
        },
      },
      type: 'object',
    },
    UsageTopAvgMetricsMetadata: {
      properties: {
        day: {
          format: 'date-time',
          type: 'string',
        },
        month: {
          format: 'date-time',
          type: 'string',
        },
        pagination: {
          $ref: '#/components/schemas/UsageTopAvgMetricsPagination',
        },
      },
      type: 'object',
    },
    UsageTopAvgMetricsPagination: {
      properties: {
        limit: {
          format: 'int64',
          type: 'integer',
        },
        next_record_id: {
          nullable: true,
          type: 'string',
        },
        total_number_of_records: {
          format: 'int64',
          nullable: true,
          type: 'integer',
        },
      },
      type: 'object',
    },
    UsageTopAvgMetricsResponse: {
      properties: {
        metadata: {
          $ref: '#/components/schemas/UsageTopAvgMetricsMetadata',
        },
        usage: {
          items: {
            $ref: '#/components/schemas/UsageTopAvgMetricsHour',
          },
          type: 'array',
        },
      },
      type: 'object',
    },
  },
} satisfies OpenApiContract;
