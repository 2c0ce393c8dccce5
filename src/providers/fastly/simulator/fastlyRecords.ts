/**
 * The records the simulated Fastly API answers with, field for field as they travel (snake_case, in
 * the official client's field order). Figures are JSON numbers of at most 15 significant digits
 * (exact decimals), except the month-to-date total, which Fastly writes as a string.
 */

/** One element of GET /billing/v3/usage-metrics `data` (the client's `Usagemetric`). */
export interface UsageMetric {
  /** `YYYY-MM`. */
  month: string;
  usage_type: string;
  name: string;
  region: string;
  unit: string;
  /** The exact sum of the month's `usage_units` of every service, for this product and usage type. */
  quantity: number;
  /** `quantity` in raw measured units: `quantity` x the usage type's raw units per unit (bytes per GB: 10^9; else 1). */
  raw_quantity: number;
  product_id: string;
  /** ISO 8601 UTC (`2026-03-02T06:00:00Z`). */
  last_updated_at: string;
}

/** One element of GET /billing/v3/service-usage-metrics `data.details` (the client's `Serviceusagemetric`). */
export interface ServiceUsageDetail {
  customer_id: string;
  service_id: string;
  service_name: string;
  usage_units: number;
}

/** One line of an end-of-month invoice (the client's `Invoicelineitems`). */
export interface InvoiceLineItem {
  /** The usage type's invoice name (= the usage metric's `name`); for a credit, what it credits. */
  description: string;
  /** `rate` x `units`, exactly; negative for a credit. */
  amount: number;
  /** Only on credit lines. */
  credit_coupon_code?: string;
  rate: number;
  units: number;
  product_name: string;
  product_group: string;
  product_line: string;
  region: string;
  /** The usage metric's `usage_type` (`North America Requests`); `Credit` on credit lines. */
  usage_type: string;
}

/** An end-of-month invoice (the client's `Invoice` / `EomInvoiceResponse`). */
export interface EomInvoice {
  customer_id: string;
  /** A numeric string. */
  invoice_id: string;
  /** ISO 8601 UTC: when it was posted, early in the month after the billing period. */
  invoice_posted_on: string;
  /** ISO 8601 UTC: the first second of the month. */
  billing_start_date: string;
  /** ISO 8601 UTC: the last second of the month. */
  billing_end_date: string;
  statement_number: string;
  currency_code: string;
  /** The exact sum of the line items' amounts. */
  monthly_transaction_amount: number;
  transaction_line_items: InvoiceLineItem[];
}

/** One line of the month-to-date invoice (the client's `Mtdlineitems`: no `credit_coupon_code`). */
export type MtdLineItem = Omit<InvoiceLineItem, 'credit_coupon_code'>;

/** The running month's invoice (the client's `MtdInvoiceResponse`): no statement, no posting date. */
export interface MtdInvoice {
  customer_id: string;
  /** Alphanumeric. */
  invoice_id: string;
  billing_start_date: string;
  billing_end_date: string;
  /** The exact sum of the line items' amounts, as plain decimal text (a string, as Fastly sends it). */
  monthly_transaction_amount: string;
  transaction_line_items: MtdLineItem[];
}
