/**
 * The parts of Fastly's official JavaScript client (`fastly` 13, which ships no type declarations)
 * that the fidelity test uses, typed as its generated sources document them.
 */
declare module 'fastly' {
  export class ApiClient {
    authenticate(token: string): void;
    /** Joins the base path (the operation's own `apiBasePath` when given, else `basePath`) and the path, filling path parameters. */
    buildUrl(
      path: string,
      pathParams: Record<string, unknown>,
      pathParamsAllowReserved: Record<string, boolean>,
      apiBasePath?: string | null,
    ): string;
  }

  /** What a rejected call hands over. */
  export interface ClientError {
    status: number;
    body: unknown;
  }

  export interface HttpInfo<T> {
    data: T;
    response: { status: number; body: unknown };
  }

  export interface ServiceUsageOptions {
    product_id?: string;
    service?: string;
    usage_type_name?: string;
    start_month?: string;
    end_month?: string;
    limit?: string;
    cursor?: string;
  }

  export class BillingUsageMetricsApi {
    constructor(apiClient?: ApiClient);
    /** Declared to return a `Usagemetric`, although the body is a `Usagemetrics`. */
    getUsageMetrics(options: { start_month: string; end_month: string }): Promise<Usagemetric>;
    getUsageMetricsWithHttpInfo(options: { start_month: string; end_month: string }): Promise<HttpInfo<Usagemetric>>;
    getServiceLevelUsage(options?: ServiceUsageOptions): Promise<Serviceusagemetrics>;
  }

  export class BillingInvoicesApi {
    constructor(apiClient?: ApiClient);
    listInvoices(options?: {
      billing_start_date?: string;
      billing_end_date?: string;
      limit?: string;
      cursor?: string;
    }): Promise<ListEomInvoicesResponse>;
    getInvoiceByInvoiceId(options: { invoice_id: number }): Promise<EomInvoiceResponse>;
    getMonthToDateInvoice(): Promise<MtdInvoiceResponse>;
  }

  export class CustomerApi {
    constructor(apiClient?: ApiClient);
    getLoggedInCustomer(): Promise<CustomerResponse>;
  }

  export class Usagemetric {
    static constructFromObject(data: unknown): Usagemetric;
    month?: string;
    usage_type?: string;
    name?: string;
    region?: string;
    unit?: string;
    quantity?: number;
    raw_quantity?: number;
    product_id?: string;
    last_updated_at?: string;
  }

  export class Usagemetrics {
    static constructFromObject(data: unknown): Usagemetrics;
    data?: Usagemetric[];
  }

  export class Serviceusagemetric {
    customer_id?: string;
    service_id?: string;
    service_name?: string;
    usage_units?: number;
  }

  export class Metadata {
    next_cursor?: string;
    limit?: number;
    sort?: string;
    total?: number;
  }

  export class ServiceusagemetricsData {
    customer_id?: string;
    start_time?: Date;
    end_time?: Date;
    usage_type?: string;
    unit?: string;
    details?: Serviceusagemetric[];
    meta?: Metadata;
  }

  export class Serviceusagemetrics {
    data?: ServiceusagemetricsData;
  }

  export class Invoicelineitems {
    description?: string;
    amount?: number;
    credit_coupon_code?: string;
    rate?: number;
    units?: number;
    product_name?: string;
    product_group?: string;
    product_line?: string;
    region?: string;
    usage_type?: string;
  }

  export class Invoice {
    customer_id?: string;
    invoice_id?: string;
    invoice_posted_on?: Date;
    billing_start_date?: Date;
    billing_end_date?: Date;
    statement_number?: string;
    currency_code?: string;
    monthly_transaction_amount?: number;
    transaction_line_items?: Invoicelineitems[];
  }

  export class EomInvoiceResponse extends Invoice {}

  export class ListEomInvoicesResponse {
    data?: Invoice[];
    meta?: Metadata;
  }

  export class Mtdlineitems {
    description?: string;
    amount?: number;
    rate?: number;
    units?: number;
    product_name?: string;
    product_group?: string;
    product_line?: string;
    region?: string;
    usage_type?: string;
  }

  export class MtdInvoiceResponse {
    customer_id?: string;
    invoice_id?: string;
    billing_start_date?: Date;
    billing_end_date?: Date;
    monthly_transaction_amount?: string;
    transaction_line_items?: Mtdlineitems[];
  }

  export class CustomerResponse {
    id?: string;
    name?: string;
    owner_id?: string;
    created_at?: Date;
    deleted_at?: Date | null;
  }
}
