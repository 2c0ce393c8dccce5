/**
 * The simulated account's price list: the billing dimensions the simulator bills, each tied to the
 * hourly usage series it is computed from, so every money and attribution endpoint follows from the
 * same hourly values GetHourlyUsage reports. Names are the upstream's own: billing dimensions (charge
 * `product_name`, active billing dimensions, cost attribution fields), billable summary keys, and
 * usage attribution types.
 */

import type { HourlyAggregation } from './aggregateHourly.js';

/** How a month of hourly values becomes one billable quantity. */
export type BillingAggregation = HourlyAggregation;

/** One billed product. */
export interface BillingDimension {
  /** Billing dimension id, e.g. `infra_host`: charge `product_name`, cost attribution field prefix. */
  id: string;
  /** The hourly usage series it is billed on. */
  family: string;
  usageType: string;
  /** Usage attribution type (hourly and monthly attribution), e.g. `infra_host_usage`. */
  attributionType: string;
  /** Key in the billable summary's `usage` map, e.g. `infra_host_top99p`. */
  billableKey: string;
  aggregation: BillingAggregation;
  /** Billable quantity = aggregated hourly value / divisor, rounded (bytes to GB, events to millions). */
  divisor: number;
  /** `usage_unit` of the billable summary. */
  unit: string;
  /** USD per unit up to the committed quantity. */
  committedPrice: number;
  /** USD per unit beyond it. */
  onDemandPrice: number;
  /** Committed units per month for the whole account (0: all on demand). */
  committedQuantity: number;
}

/** Every dimension the simulator bills, in the order the API lists them. */
export const BILLING_DIMENSIONS: readonly BillingDimension[] = [
  {
    id: 'apm_host',
    family: 'infra_hosts',
    usageType: 'apm_host_count',
    attributionType: 'apm_host_usage',
    billableKey: 'apm_host_top99p',
    aggregation: 'top99p',
    divisor: 1,
    unit: 'host',
    committedPrice: 31,
    onDemandPrice: 36,
    committedQuantity: 400,
  },
  {
    id: 'apm_trace_search',
    family: 'indexed_spans',
    usageType: 'indexed_events_count',
    attributionType: 'indexed_spans_usage',
    billableKey: 'apm_trace_search_sum',
    aggregation: 'sum',
    divisor: 1e6,
    unit: 'million indexed spans',
    committedPrice: 1.7,
    onDemandPrice: 2.55,
    committedQuantity: 0,
  },
  {
    id: 'dbm_host',
    family: 'dbm',
    usageType: 'dbm_host_count',
    attributionType: 'dbm_hosts_usage',
    billableKey: 'dbm_host_top99p',
    aggregation: 'top99p',
    divisor: 1,
    unit: 'host',
    committedPrice: 70,
    onDemandPrice: 84,
    committedQuantity: 100,
  },
  {
    id: 'fargate_container',
    family: 'fargate',
    usageType: 'tasks_count',
    attributionType: 'fargate_usage',
    billableKey: 'fargate_container_average',
    aggregation: 'avg',
    divisor: 1,
    unit: 'task',
    committedPrice: 1,
    onDemandPrice: 1.2,
    committedQuantity: 0,
  },
  {
    id: 'infra_container',
    family: 'infra_hosts',
    usageType: 'container_count',
    attributionType: 'container_usage',
    billableKey: 'infra_container_sum',
    aggregation: 'sum',
    divisor: 1,
    unit: 'container hour',
    committedPrice: 0.002,
    onDemandPrice: 0.002,
    committedQuantity: 0,
  },
  {
    id: 'infra_host',
    family: 'infra_hosts',
    usageType: 'host_count',
    attributionType: 'infra_host_usage',
    billableKey: 'infra_host_top99p',
    aggregation: 'top99p',
    divisor: 1,
    unit: 'host',
    committedPrice: 15,
    onDemandPrice: 18,
    committedQuantity: 1000,
  },
  {
    id: 'ingested_spans',
    family: 'ingested_spans',
    usageType: 'ingested_events_bytes',
    attributionType: 'ingested_spans_bytes_usage',
    billableKey: 'ingested_spans_sum',
    aggregation: 'sum',
    divisor: 1e9,
    unit: 'GB',
    committedPrice: 0.1,
    onDemandPrice: 0.1,
    committedQuantity: 0,
  },
  {
    id: 'lambda_function',
    family: 'serverless',
    usageType: 'func_count',
    attributionType: 'functions_usage',
    billableKey: 'lambda_function_average',
    aggregation: 'avg',
    divisor: 1,
    unit: 'function',
    committedPrice: 5,
    onDemandPrice: 6,
    committedQuantity: 0,
  },
  {
    id: 'logs_indexed_15day',
    family: 'logs',
    usageType: 'indexed_events_count',
    attributionType: 'logs_indexed_15day_usage',
    billableKey: 'logs_indexed_15day_sum',
    aggregation: 'sum',
    divisor: 1e6,
    unit: 'million log events',
    committedPrice: 1.7,
    onDemandPrice: 2.55,
    committedQuantity: 50_000,
  },
  {
    id: 'logs_ingested',
    family: 'logs',
    usageType: 'ingested_events_bytes',
    attributionType: 'ingested_logs_bytes_usage',
    billableKey: 'logs_ingested_sum',
    aggregation: 'sum',
    divisor: 1e9,
    unit: 'GB',
    committedPrice: 0.1,
    onDemandPrice: 0.1,
    committedQuantity: 100_000,
  },
  {
    id: 'network_device',
    family: 'snmp',
    usageType: 'snmp_devices',
    attributionType: 'snmp_usage',
    billableKey: 'network_device_top99p',
    aggregation: 'top99p',
    divisor: 1,
    unit: 'device',
    committedPrice: 7,
    onDemandPrice: 8.4,
    committedQuantity: 0,
  },
  {
    id: 'timeseries',
    family: 'timeseries',
    usageType: 'num_custom_timeseries',
    attributionType: 'custom_timeseries_usage',
    billableKey: 'timeseries_average',
    aggregation: 'avg',
    divisor: 1,
    unit: 'custom metric',
    committedPrice: 0.05,
    onDemandPrice: 0.05,
    committedQuantity: 100_000,
  },
];

/** Dimensions by id and by attribution type. */
export const DIMENSION_BY_ID: ReadonlyMap<string, BillingDimension> = new Map(BILLING_DIMENSIONS.map((d) => [d.id, d]));
export const DIMENSION_BY_ATTRIBUTION_TYPE: ReadonlyMap<string, BillingDimension> = new Map(
  BILLING_DIMENSIONS.map((d) => [d.attributionType, d]),
);
