/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/**
 * A Datadog product family, as `GET /api/v2/usage/hourly_usage` names it. Values are the upstream's own
 * names. Families the upstream adds later still come back in results (as `HourlyUsage.productFamily`
 * strings) even before this enum lists them.
 */
export type ProductFamily =
  /** AI credits. */
  | 'ai'
  /** Analyzed logs (security). */
  | 'analyzed_logs'
  /** APM hosts and Fargate tasks. */
  | 'application_performance_monitoring'
  /** Application Security Management hosts. */
  | 'application_security'
  /** Audit logs (deprecated upstream). */
  | 'audit_logs'
  /** Audit Trail. */
  | 'audit_trail'
  /** Bits AI investigations. */
  | 'bits_ai'
  /** CI Visibility pipelines, tests and committers. */
  | 'ci_app'
  /** Cloud Cost Management hosts. */
  | 'cloud_cost_management'
  /** Cloud SIEM analyzed logs. */
  | 'cloud_siem'
  /** Cloud Security Management Enterprise containers. */
  | 'csm_container_enterprise'
  /** Cloud Security Management Enterprise hosts. */
  | 'csm_host_enterprise'
  /** Cloud Security Management Pro hosts. */
  | 'csm_host_pro'
  /** Cloud Security Posture Management hosts and containers. */
  | 'cspm'
  /** Custom events. */
  | 'custom_events'
  /** Cloud Workload Security hosts and containers. */
  | 'cws'
  /** Data Observability (Data Jobs Monitoring). */
  | 'data_observability'
  /** Database Monitoring hosts and normalized queries. */
  | 'dbm'
  /** Digital Experience Management sessions. */
  | 'digital_experience_management'
  /** Error Tracking events. */
  | 'error_tracking'
  /** Fargate tasks. */
  | 'fargate'
  /** Incident Management monthly active users. */
  | 'incident_management'
  /** Indexed log events by retention period. */
  | 'indexed_logs'
  /** Indexed APM spans. */
  | 'indexed_spans'
  /** Infrastructure hosts, by cloud and agent, and containers. */
  | 'infra_hosts'
  /** Infrastructure Monitoring hosts and containers. */
  | 'infrastructure_monitoring'
  /** Ingested APM span bytes. */
  | 'ingested_spans'
  /** IoT devices. */
  | 'iot'
  /** Traced Lambda invocations. */
  | 'lambda_traced_invocations'
  /** LLM Observability requests. */
  | 'llm_observability'
  /** Log Management billable ingestion. */
  | 'log_management'
  /** Log ingestion, indexing, live and rehydrated logs. */
  | 'logs'
  /** Network flows (indexed NetFlow events). */
  | 'network_flows'
  /** Network Performance Monitoring hosts. */
  | 'network_hosts'
  /** Network Monitoring hosts and NetFlow events. */
  | 'network_monitoring'
  /** Observability Pipelines bytes processed. */
  | 'observability_pipelines'
  /** Online Archive events. */
  | 'online_archive'
  /** Platform capabilities such as workflow executions. */
  | 'platform_capabilities'
  /** Product Analytics sessions. */
  | 'product_analytics'
  /** Continuous Profiler hosts and container agents. */
  | 'profiling'
  /** Real User Monitoring units. */
  | 'rum'
  /** RUM browser and replay sessions. */
  | 'rum_browser_sessions'
  /** RUM mobile sessions by platform. */
  | 'rum_mobile_sessions'
  /** Sensitive Data Scanner scanned bytes. */
  | 'sds'
  /** Security hosts. */
  | 'security'
  /** Serverless functions and invocations. */
  | 'serverless'
  /** SNMP (Network Device Monitoring) devices. */
  | 'snmp'
  /** Software Delivery committers. */
  | 'software_delivery'
  /** Synthetic API test runs. */
  | 'synthetics_api'
  /** Synthetic browser test runs. */
  | 'synthetics_browser'
  /** Synthetic mobile test runs. */
  | 'synthetics_mobile'
  /** Synthetic parallel testing slots. */
  | 'synthetics_parallel_testing'
  /** Custom metrics (time series). */
  | 'timeseries'
  /** Vulnerability Management hosts. */
  | 'vuln_management'
  /** Workflow Automation executions. */
  | 'workflow_executions';

/** The upstream systems meterql reads, one value per provider it was built with. */
export type ProviderName =
  /** Datadog Usage Metering. */
  | 'DATADOG'
  /** F5 Distributed Cloud: usage by namespace, its hourly breakdown, monthly charges and the open period. */
  | 'F5XC'
  /** Fastly billing: usage metrics, service usage and invoices. */
  | 'FASTLY';

/** How the hourly values of a period are combined. */
export type RollupAggregation =
  /** The mean of the hourly values, exact (a decimal; at most 12 decimal places, rounded half to even beyond). */
  | 'AVG'
  /** The largest hourly value. */
  | 'MAX'
  /** The smallest hourly value. */
  | 'MIN'
  /**
   * The 99th percentile of the hourly values, as Datadog bills host counts: the hours are ranked and the
   * top 1% dropped (nearest rank), so the figure equals the usage summary's `*_top99p` for a month.
   */
  | 'P99'
  /** The sum of the hourly values (how bytes, events and sessions are billed). */
  | 'SUM';

/** The length of a rollup period. Periods are UTC and aligned: hours, days, ISO weeks (Monday 00:00 UTC), calendar months. */
export type RollupGranularity =
  /** One row per UTC day. */
  | 'DAY'
  /** One row per hour (the hourly values themselves, aggregated over the groups a row merges). */
  | 'HOUR'
  /** One row per calendar month (UTC). */
  | 'MONTH'
  /** One row per ISO week, starting Monday 00:00 UTC. */
  | 'WEEK';

export type ExplorerSpendByProviderQueryVariables = Exact<{
  billingPeriodStart: string;
  billingPeriodEnd: string;
}>;


export type ExplorerSpendByProviderQuery = { focusSummary: { groups: Array<{ providerName: string | null, billingPeriodStart: string | null, billingCurrency: string, billedCost: string }>, failures: Array<{ provider: ProviderName, code: string, message: string }> } | null };

export type ExplorerSpendBySubAccountQueryVariables = Exact<{
  billingPeriodStart: string;
  billingPeriodEnd: string;
}>;


export type ExplorerSpendBySubAccountQuery = { focusSummary: { groups: Array<{ providerName: string | null, subAccountId: string | null, subAccountName: string | null, billingCurrency: string, billedCost: string }>, failures: Array<{ provider: ProviderName, code: string, message: string }> } | null };

export type ExplorerSpendByServiceQueryVariables = Exact<{
  billingPeriodStart: string;
  billingPeriodEnd: string;
}>;


export type ExplorerSpendByServiceQuery = { focusSummary: { groups: Array<{ serviceName: string | null, billingCurrency: string, billedCost: string }>, failures: Array<{ provider: ProviderName, code: string, message: string }> } | null };

export type ExplorerOrgSpendQueryVariables = Exact<{
  orgs: Array<string> | string;
  billingPeriodStart: string;
  billingPeriodEnd: string;
}>;


export type ExplorerOrgSpendQuery = { focusSummary: { groups: Array<{ providerName: string | null, serviceName: string | null, billingPeriodStart: string | null, billingCurrency: string, billedCost: string }>, failures: Array<{ provider: ProviderName, code: string, message: string }> } | null };

export type ExplorerUsageRollupQueryVariables = Exact<{
  productFamilies?: Array<ProductFamily> | ProductFamily | null | undefined;
  usageTypes?: Array<string> | string | null | undefined;
  start: string;
  end?: string | null | undefined;
  granularity?: RollupGranularity | null | undefined;
  orgs?: Array<string> | string | null | undefined;
  includeDescendants?: boolean | null | undefined;
}>;


export type ExplorerUsageRollupQuery = { usageRollup: Array<{ periodStart: string, productFamily: string | null, usageType: string | null, aggregation: RollupAggregation, value: string }> | null };

export type ExplorerUsageTypesQueryVariables = Exact<{
  productFamilies?: Array<ProductFamily> | ProductFamily | null | undefined;
}>;


export type ExplorerUsageTypesQuery = { usageRollupAggregations: Array<{ productFamily: string, usageType: string, aggregation: RollupAggregation }> };

export type ExplorerProductFamiliesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerProductFamiliesQuery = { __type: { enumValues: Array<{ name: string, description: string | null }> | null } | null };


export const ExplorerSpendByProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerSpendByProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"billingPeriodStart"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Month"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"billingPeriodEnd"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Month"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focusSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PROVIDER"},{"kind":"EnumValue","value":"BILLING_PERIOD"}]}},{"kind":"Argument","name":{"kind":"Name","value":"billingPeriodStart"},"value":{"kind":"Variable","name":{"kind":"Name","value":"billingPeriodStart"}}},{"kind":"Argument","name":{"kind":"Name","value":"billingPeriodEnd"},"value":{"kind":"Variable","name":{"kind":"Name","value":"billingPeriodEnd"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"billingPeriodStart"}},{"kind":"Field","name":{"kind":"Name","value":"billingCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"billedCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerSpendByProviderQuery, ExplorerSpendByProviderQueryVariables>;
export const ExplorerSpendBySubAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerSpendBySubAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"billingPeriodStart"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Month"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"billingPeriodEnd"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Month"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focusSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PROVIDER"},{"kind":"EnumValue","value":"SUB_ACCOUNT"}]}},{"kind":"Argument","name":{"kind":"Name","value":"billingPeriodStart"},"value":{"kind":"Variable","name":{"kind":"Name","value":"billingPeriodStart"}}},{"kind":"Argument","name":{"kind":"Name","value":"billingPeriodEnd"},"value":{"kind":"Variable","name":{"kind":"Name","value":"billingPeriodEnd"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"subAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"subAccountName"}},{"kind":"Field","name":{"kind":"Name","value":"billingCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"billedCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerSpendBySubAccountQuery, ExplorerSpendBySubAccountQueryVariables>;
export const ExplorerSpendByServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerSpendByService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"billingPeriodStart"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Month"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"billingPeriodEnd"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Month"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focusSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SERVICE_NAME"}]}},{"kind":"Argument","name":{"kind":"Name","value":"billingPeriodStart"},"value":{"kind":"Variable","name":{"kind":"Name","value":"billingPeriodStart"}}},{"kind":"Argument","name":{"kind":"Name","value":"billingPeriodEnd"},"value":{"kind":"Variable","name":{"kind":"Name","value":"billingPeriodEnd"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"billingCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"billedCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerSpendByServiceQuery, ExplorerSpendByServiceQueryVariables>;
export const ExplorerOrgSpendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerOrgSpend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"billingPeriodStart"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Month"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"billingPeriodEnd"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Month"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focusSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PROVIDER"},{"kind":"EnumValue","value":"SERVICE_NAME"},{"kind":"EnumValue","value":"BILLING_PERIOD"}]}},{"kind":"Argument","name":{"kind":"Name","value":"orgs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgs"}}},{"kind":"Argument","name":{"kind":"Name","value":"billingPeriodStart"},"value":{"kind":"Variable","name":{"kind":"Name","value":"billingPeriodStart"}}},{"kind":"Argument","name":{"kind":"Name","value":"billingPeriodEnd"},"value":{"kind":"Variable","name":{"kind":"Name","value":"billingPeriodEnd"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"billingPeriodStart"}},{"kind":"Field","name":{"kind":"Name","value":"billingCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"billedCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerOrgSpendQuery, ExplorerOrgSpendQueryVariables>;
export const ExplorerUsageRollupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerUsageRollup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productFamilies"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductFamily"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"usageTypes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"end"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RollupGranularity"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgs"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usageRollup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"productFamilies"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productFamilies"}}},{"kind":"Argument","name":{"kind":"Name","value":"usageTypes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"usageTypes"}}},{"kind":"Argument","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"Argument","name":{"kind":"Name","value":"end"},"value":{"kind":"Variable","name":{"kind":"Name","value":"end"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PRODUCT_FAMILY"},{"kind":"EnumValue","value":"USAGE_TYPE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"orgs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgs"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeDescendants"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"productFamily"}},{"kind":"Field","name":{"kind":"Name","value":"usageType"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ExplorerUsageRollupQuery, ExplorerUsageRollupQueryVariables>;
export const ExplorerUsageTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerUsageTypes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productFamilies"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductFamily"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usageRollupAggregations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"productFamilies"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productFamilies"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productFamily"}},{"kind":"Field","name":{"kind":"Name","value":"usageType"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}}]}}]}}]} as unknown as DocumentNode<ExplorerUsageTypesQuery, ExplorerUsageTypesQueryVariables>;
export const ExplorerProductFamiliesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerProductFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"ProductFamily","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enumValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerProductFamiliesQuery, ExplorerProductFamiliesQueryVariables>;