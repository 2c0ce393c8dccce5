import { isRecord } from '../../../json/isRecord.js';
import { UpstreamError } from '../../../errors.js';
import type { Decimal } from '../../../money/decimal.js';
import { formatDay, parseDateTime } from '../../../time/utcTime.js';
import {
  fastlyGet,
  malformedBody,
  optionalDecimal,
  optionalString,
  requiredDecimal,
  requiredString,
  type FastlyApi,
} from '../fastlyApi.js';
import { readFastlyMeta } from '../serviceUsage/serviceUsageClient.js';
import { FASTLY_PATHS } from '../api/fastlyPaths.js';

/** `GET /billing/v3/invoices` (the official client's `listInvoices`): end-of-month invoices. */
export const LIST_INVOICES = 'listInvoices';
/** `GET /billing/v3/invoices/{invoice_id}` (`getInvoiceByInvoiceId`). */
export const GET_INVOICE_BY_INVOICE_ID = 'getInvoiceByInvoiceId';
/** `GET /billing/v3/invoices/month-to-date` (`getMonthToDateInvoice`). */
export const GET_MONTH_TO_DATE_INVOICE = 'getMonthToDateInvoice';

/** One line of an invoice. */
export interface LineItemDto {
  description: string;
  amount: Decimal;
  rate: Decimal | null;
  units: Decimal | null;
  creditCouponCode: string | null;
  productName: string | null;
  productGroup: string | null;
  productLine: string | null;
  region: string | null;
  usageType: string | null;
}

/** An invoice: end of month (final) or month to date (open). */
export interface InvoiceDto {
  invoiceId: string;
  statementNumber: string | null;
  postedOn: Date | null;
  billingStart: Date;
  billingEnd: Date;
  currency: string | null;
  total: Decimal;
  isFinal: boolean;
  lineItems: LineItemDto[];
}

/** Parameters of one list page request. */
export interface InvoiceListRequest {
  /** `billing_start_date` (a UTC day); null: no lower bound. */
  billingStart: Date | null;
  /** `billing_end_date` (a UTC day); null: no upper bound. */
  billingEnd: Date | null;
  limit: number;
  /** `meta.next_cursor` of the previous page; null for the first page. */
  cursor: string | null;
}

/** One list page. */
export interface InvoicePage {
  records: InvoiceDto[];
  next: string | null;
  total: number | bigint | null;
}

function date(endpoint: string, item: Record<string, unknown>, field: string, where: string): Date | null {
  const text = optionalString(endpoint, item, field, where);
  if (text === null) return null;
  const d = parseDateTime(text);
  if (d === null) throw malformedBody(endpoint, `${where}.${field} is not a date: ${JSON.stringify(text)}`);
  return d;
}

function requiredDate(endpoint: string, item: Record<string, unknown>, field: string, where: string): Date {
  const d = date(endpoint, item, field, where);
  if (d === null) throw malformedBody(endpoint, `${where}.${field} is missing`);
  return d;
}

function toLineItem(endpoint: string, item: unknown, where: string): LineItemDto {
  if (!isRecord(item)) throw malformedBody(endpoint, `${where} is not an object`);
  const text = (field: string): string | null => optionalString(endpoint, item, field, where);
  return {
    description: text('description') ?? '',
    amount: requiredDecimal(endpoint, item, 'amount', where),
    rate: optionalDecimal(endpoint, item, 'rate', where),
    units: optionalDecimal(endpoint, item, 'units', where),
    creditCouponCode: text('credit_coupon_code'),
    productName: text('product_name'),
    productGroup: text('product_group'),
    productLine: text('product_line'),
    region: text('region'),
    usageType: text('usage_type'),
  };
}

/** Reads one invoice object; `isFinal` false for the month-to-date one. */
function toInvoice(endpoint: string, item: unknown, where: string, isFinal: boolean): InvoiceDto {
  if (!isRecord(item)) throw malformedBody(endpoint, `${where} is not an object`);
  const lines = item.transaction_line_items ?? [];
  if (!Array.isArray(lines)) throw malformedBody(endpoint, `${where}.transaction_line_items is not a list`);
  return {
    invoiceId: requiredString(endpoint, item, 'invoice_id', where),
    statementNumber: optionalString(endpoint, item, 'statement_number', where),
    postedOn: date(endpoint, item, 'invoice_posted_on', where),
    billingStart: requiredDate(endpoint, item, 'billing_start_date', where),
    billingEnd: requiredDate(endpoint, item, 'billing_end_date', where),
    currency: optionalString(endpoint, item, 'currency_code', where),
    total: requiredDecimal(endpoint, item, 'monthly_transaction_amount', where),
    isFinal,
    lineItems: lines.map((line: unknown, i) => toLineItem(endpoint, line, `${where}.transaction_line_items[${i}]`)),
  };
}

/** Query parameters as the upstream documents them, in a stable order (no cursor on the first page). */
export function invoiceListQuery(req: InvoiceListRequest): Array<[string, string]> {
  const q: Array<[string, string]> = [];
  if (req.billingStart !== null) q.push(['billing_start_date', formatDay(req.billingStart)]);
  if (req.billingEnd !== null) q.push(['billing_end_date', formatDay(req.billingEnd)]);
  q.push(['limit', String(req.limit)]);
  if (req.cursor !== null) q.push(['cursor', req.cursor]);
  return q;
}

/** Fetches one page of end-of-month invoices. Rejects only with typed errors. */
export function fetchInvoicePage(api: FastlyApi, req: InvoiceListRequest): Promise<InvoicePage> {
  return fastlyGet(api, LIST_INVOICES, FASTLY_PATHS.listInvoices, invoiceListQuery(req), (body) => {
    if (!isRecord(body)) throw malformedBody(LIST_INVOICES, 'not an object');
    const data = body.data ?? [];
    if (!Array.isArray(data)) throw malformedBody(LIST_INVOICES, '`data` is not a list');
    return {
      records: data.map((item: unknown, i) => toInvoice(LIST_INVOICES, item, `data[${i}]`, true)),
      ...readFastlyMeta(LIST_INVOICES, body.meta, 'meta'),
    };
  });
}

/** Fetches one end-of-month invoice; null when the customer has none with that ID (HTTP 404). */
export async function fetchInvoice(api: FastlyApi, invoiceId: string): Promise<InvoiceDto | null> {
  try {
    return await fastlyGet(
      api,
      GET_INVOICE_BY_INVOICE_ID,
      FASTLY_PATHS.getInvoiceByInvoiceId.replace('{invoice_id}', encodeURIComponent(invoiceId)),
      [],
      (body) => toInvoice(GET_INVOICE_BY_INVOICE_ID, body, 'invoice', true),
    );
  } catch (error) {
    if (error instanceof UpstreamError && error.upstream.status === 404) return null;
    throw error;
  }
}

/** Fetches the month-to-date invoice (the open period). */
export function fetchMonthToDateInvoice(api: FastlyApi): Promise<InvoiceDto> {
  return fastlyGet(api, GET_MONTH_TO_DATE_INVOICE, FASTLY_PATHS.getMonthToDateInvoice, [], (body) =>
    toInvoice(GET_MONTH_TO_DATE_INVOICE, body, 'invoice', false),
  );
}
