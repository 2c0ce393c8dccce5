import { once } from '../../loaders/once.js';
import { fetchCustomer, type FastlyCustomer } from './customer/customerClient.js';
import type { FastlyApi } from './fastlyApi.js';
import { createInvoiceLoaders, type InvoiceLoaders } from './invoices/invoiceLoaders.js';
import { createServiceUsageLoaders, type ServiceUsageLoaders } from './serviceUsage/serviceUsageLoaders.js';
import { createUsageMetricsLoader, type UsageMetricsLoader } from './usageMetrics/usageMetricsLoader.js';

/** Every Fastly loader of one GraphQL operation. New per operation: nothing here outlives a request. */
export interface FastlyLoaders {
  /** The token's customer, loaded at most once per operation (and again only after a failure). */
  customer: () => Promise<FastlyCustomer>;
  /** Usage metrics by month, planned into the fewest upstream requests. */
  usageMetrics: UsageMetricsLoader;
  serviceUsage: ServiceUsageLoaders;
  invoices: InvoiceLoaders;
}

/** Builds the loaders of one operation. */
export function createFastlyLoaders(api: FastlyApi): FastlyLoaders {
  return {
    customer: once(() => fetchCustomer(api)),
    usageMetrics: createUsageMetricsLoader(api),
    serviceUsage: createServiceUsageLoaders(api),
    invoices: createInvoiceLoaders(api),
  };
}
