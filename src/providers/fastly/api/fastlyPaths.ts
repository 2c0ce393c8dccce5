/** Where Fastly's billing and account API lives, and the paths of the operations meterql reads. */

/** Fastly's API origin. */
export const FASTLY_API_URL = 'https://api.fastly.com';

/** The paths of the operations meterql reads, by the official client's operation name. */
export const FASTLY_PATHS = {
  getUsageMetrics: '/billing/v3/usage-metrics',
  getServiceLevelUsage: '/billing/v3/service-usage-metrics',
  listInvoices: '/billing/v3/invoices',
  /** Listed before {@link FASTLY_PATHS.getInvoiceByInvoiceId}: `month-to-date` is not an invoice id. */
  getMonthToDateInvoice: '/billing/v3/invoices/month-to-date',
  getInvoiceByInvoiceId: '/billing/v3/invoices/{invoice_id}',
  getLoggedInCustomer: '/current_customer',
} as const;

/** The official client's name for one of the operations meterql reads. */
export type FastlyOperation = keyof typeof FASTLY_PATHS;
