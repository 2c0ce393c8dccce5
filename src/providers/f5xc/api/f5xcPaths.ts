/**
 * Where F5 Distributed Cloud's usage API lives and the operations meterql reads: all POST with a JSON
 * body, under `/api/web/namespaces/{namespace}/`, on the tenant's own console origin
 * (`https://<tenant>.console.ves.volterra.io`).
 */

/** The suffix of a tenant's console host: `<tenant>.console.ves.volterra.io`. */
export const F5XC_CONSOLE_HOST_SUFFIX = '.console.ves.volterra.io';

/** The namespace that stands for the whole tenant: usage of every namespace, and tenant-wide usage. */
export const SYSTEM_NAMESPACE = 'system';

/**
 * The operations meterql reads, by the short name of F5's operationId
 * (`ves.io.schema.usage.CustomAggregatedUsageAPI.ListUsageDetails` -> `ListUsageDetails`), with
 * their path; `{namespace}` is the namespace asked about.
 */
export const F5XC_PATHS = {
  ListUsageDetails: '/api/web/namespaces/{namespace}/usage_details',
  ListHourlyUsageDetails: '/api/web/namespaces/{namespace}/hourly_usage_details',
  ListMonthlyUsage: '/api/web/namespaces/{namespace}/monthly_usage',
  ListCurrentUsage: '/api/web/namespaces/{namespace}/current_usage',
} as const;

/** One of the operations meterql reads. */
export type F5xcOperation = keyof typeof F5XC_PATHS;

/** The path of `operation` for `namespace` (percent-encoded). */
export function f5xcPath(operation: F5xcOperation, namespace: string): string {
  return F5XC_PATHS[operation].replace('{namespace}', encodeURIComponent(namespace));
}
