/**
 * Fastly's response contract for the operations the simulator serves, transcribed as data (OpenAPI
 * schema objects) from the models of Fastly's generated API client (v13):
 *
 * - billing usage metrics (`BillingUsageMetricsApi`): `Usagemetrics`, `Usagemetric`,
 *   `Serviceusagemetrics` (= `GetServiceLevelUsageResponse`), `ServiceusagemetricsData`,
 *   `Serviceusagemetric`, `Metadata`;
 * - invoices (`BillingInvoicesApi`): `ListEomInvoicesResponse`, `EomInvoiceResponse` (= `Invoice`),
 *   `Invoicelineitems`, `MtdInvoiceResponse`, `Mtdlineitems`;
 * - `Error`, the error body of every operation.
 *
 * Every property of these models is optional and none is nullable. The client types `String` as
 * string, `Number` as number and `Date` as an ISO 8601 date-time string. Two readings of the client:
 * the docs give `getUsageMetrics` the return type `Usagemetric`, but the body is `{"data":
 * [Usagemetric]}`, i.e. `Usagemetrics`, which is what this contract says; and Fastly documents no
 * status codes per operation, so every error status maps to `Error`. `getLoggedInCustomer`'s
 * `CustomerResponse` is not transcribed (only its errors are checked).
 * Never read from the client or its docs at run or test time.
 */
import type { OpenApiContract, OpenApiSchema } from '../../../helpers/schemaValidator.js';

const STRING: OpenApiSchema = { type: 'string' };
const NUMBER: OpenApiSchema = { type: 'number' };
const DATE: OpenApiSchema = { type: 'string', format: 'date-time' };
const ref = (name: string): OpenApiSchema => ({ $ref: `#/components/schemas/${name}` });

/** The error statuses the simulator answers; Fastly's body for each is `Error`. */
const ERRORS = {
  '400': 'Error',
  '401': 'Error',
  '404': 'Error',
  '405': 'Error',
  '429': 'Error',
  '500': 'Error',
} as const;

export const fastlyContract = {
  operations: {
    getUsageMetrics: {
      method: 'GET',
      path: '/billing/v3/usage-metrics',
      responses: { '200': 'Usagemetrics', ...ERRORS },
    },
    getServiceLevelUsage: {
      method: 'GET',
      path: '/billing/v3/service-usage-metrics',
      responses: { '200': 'Serviceusagemetrics', ...ERRORS },
    },
    listInvoices: {
      method: 'GET',
      path: '/billing/v3/invoices',
      responses: { '200': 'ListEomInvoicesResponse', ...ERRORS },
    },
    getMonthToDateInvoice: {
      method: 'GET',
      path: '/billing/v3/invoices/month-to-date',
      responses: { '200': 'MtdInvoiceResponse', ...ERRORS },
    },
    getInvoiceByInvoiceId: {
      method: 'GET',
      path: '/billing/v3/invoices/{invoice_id}',
      responses: { '200': 'EomInvoiceResponse', ...ERRORS },
    },
    getLoggedInCustomer: {
      method: 'GET',
      path: '/current_customer',
      responses: { ...ERRORS },
    },
  },
  schemas: {
    Error: {
      type: 'object',
      properties: { type: STRING, title: STRING, code: STRING, status: STRING },
    },
    Usagemetrics: {
      type: 'object',
      properties: { data: { type: 'array', items: ref('Usagemetric') } },
    },
    Usagemetric: {
      type: 'object',
      properties: {
        month: STRING,
        usage_type: STRING,
        name: STRING,
        region: STRING,
        unit: STRING,
        quantity: NUMBER,
        raw_quantity: NUMBER,
        product_id: STRING,
        last_updated_at: STRING,
      },
    },
    Serviceusagemetrics: {
      type: 'object',
      properties: { data: ref('ServiceusagemetricsData') },
    },
    ServiceusagemetricsData: {
      type: 'object',
      properties: {
        customer_id: STRING,
        start_time: DATE,
        end_time: DATE,
        usage_type: STRING,
        unit: STRING,
        details: { type: 'array', items: ref('Serviceusagemetric') },
        meta: ref('Metadata'),
      },
    },
    Serviceusagemetric: {
      type: 'object',
      properties: { customer_id: STRING, service_id: STRING, service_name: STRING, usage_units: NUMBER },
    },
    Metadata: {
      type: 'object',
      properties: { next_cursor: STRING, limit: NUMBER, sort: STRING, total: NUMBER },
    },
    ListEomInvoicesResponse: {
      type: 'object',
      properties: { data: { type: 'array', items: ref('EomInvoiceResponse') }, meta: ref('Metadata') },
    },
    EomInvoiceResponse: {
      type: 'object',
      properties: {
        customer_id: STRING,
        invoice_id: STRING,
        invoice_posted_on: DATE,
        billing_start_date: DATE,
        billing_end_date: DATE,
        statement_number: STRING,
        currency_code: STRING,
        monthly_transaction_amount: NUMBER,
        transaction_line_items: { type: 'array', items: ref('Invoicelineitems') },
      },
    },
    Invoicelineitems: {
      type: 'object',
      properties: {
        description: STRING,
        amount: NUMBER,
        credit_coupon_code: STRING,
        rate: NUMBER,
        units: NUMBER,
        product_name: STRING,
        product_group: STRING,
        product_line: STRING,
        region: STRING,
        usage_type: STRING,
      },
    },
    MtdInvoiceResponse: {
      type: 'object',
      properties: {
        customer_id: STRING,
        invoice_id: STRING,
        billing_start_date: DATE,
        billing_end_date: DATE,
        monthly_transaction_amount: STRING,
        transaction_line_items: { type: 'array', items: ref('Mtdlineitems') },
      },
    },
    Mtdlineitems: {
      type: 'object',
      properties: {
        description: STRING,
        amount: NUMBER,
        rate: NUMBER,
        units: NUMBER,
        product_name: STRING,
        product_group: STRING,
        product_line: STRING,
        region: STRING,
        usage_type: STRING,
      },
    },
  },
} satisfies OpenApiContract;
