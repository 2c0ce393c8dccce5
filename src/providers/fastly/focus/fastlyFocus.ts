/**
 * Fastly's FOCUS mapping (`fastlyProvider.focus`): one row per invoice line item, from the
 * end-of-month invoices of the closed periods (the `invoices` page loader `FastlyOrg.invoices` reads)
 * and the month-to-date invoice of the current period (the loader `FastlyOrg.monthToDate` reads).
 */
import type { GatewayContext } from '../../../gateway/context.js';
import type { FocusPage, FocusQuery, FocusSource } from '../../../focus/focusSource.js';
import { focusRowBase, type FocusRow, type FocusServiceCategory } from '../../../focus/focusRow.js';
import { DAY_MS, startOfMonth } from '../../../time/utcTime.js';
import { INVOICES_PAGE_LIMIT } from '../api/fastlyLimits.js';
import type { FastlyCustomer } from '../customer/customerClient.js';
import type { InvoiceDto, LineItemDto } from '../invoices/invoicesClient.js';
import { invoiceParamsCodec } from '../invoices/invoiceParams.js';

/**
 * Where the next page starts: the invoice list's upstream cursor, or the month-to-date invoice. It
 * carries the customer the rows are billed to, so later pages do not ask for it again.
 */
interface FastlyFocusCursor {
  customer: FastlyCustomer;
  /** The list's `next_cursor`; null with `monthToDate`. */
  list: string | null;
  monthToDate: boolean;
}

function readCursor(text: string): FastlyFocusCursor {
  const parsed = JSON.parse(text) as Partial<FastlyFocusCursor> | null;
  const customer = parsed?.customer;
  if (
    typeof customer?.customerId !== 'string' ||
    typeof customer.name !== 'string' ||
    (parsed?.list !== null && typeof parsed?.list !== 'string') ||
    typeof parsed.monthToDate !== 'boolean'
  ) {
    throw new TypeError(`Fastly FOCUS cursor must be {customer, list, monthToDate}, but got: ${text}`);
  }
  return {
    customer: { customerId: customer.customerId, name: customer.name },
    list: parsed.list,
    monthToDate: parsed.monthToDate,
  };
}

function serviceCategory(line: LineItemDto): FocusServiceCategory {
  const text = `${line.productLine ?? ''} ${line.productGroup ?? ''} ${line.productName ?? ''}`;
  if (/secur|waf|ddos|bot/i.test(text)) return 'Security';
  if (/compute/i.test(text)) return 'Compute';
  if (/observab|log/i.test(text)) return 'Management and Governance';
  return 'Networking';
}

function toRows(invoice: InvoiceDto, customer: FastlyCustomer, query: FocusQuery): FocusRow[] {
  const month = startOfMonth(invoice.billingStart);
  if (month < query.start || month >= query.end) return [];
  return invoice.lineItems.map((line): FocusRow => {
    const credit = line.creditCouponCode !== null || line.amount.isNegative();
    return {
      ...focusRowBase({
        cost: line.amount,
        currency: invoice.currency ?? 'USD',
        billingAccountId: customer.customerId,
        month,
        provider: 'Fastly',
      }),
      billingAccountName: customer.name,
      chargeCategory: credit ? 'Credit' : 'Usage',
      chargeDescription: line.description === '' ? null : line.description,
      chargeFrequency: credit ? 'One-Time' : 'Usage-Based',
      consumedQuantity: credit ? null : line.units,
      pricingQuantity: credit ? null : line.units,
      pricingUnit: credit ? null : line.usageType,
      listUnitPrice: credit ? null : line.rate,
      contractedUnitPrice: credit ? null : line.rate,
      pricingCategory: credit ? null : 'Standard',
      serviceName: line.productName ?? line.productGroup ?? (line.description || 'Fastly'),
      serviceCategory: serviceCategory(line),
      serviceSubcategory: line.productGroup,
      regionId: line.region,
      regionName: line.region,
      tags: { x_InvoiceId: invoice.invoiceId },
    };
  });
}

async function page(ctx: GatewayContext, query: FocusQuery, cursor: string | null): Promise<FocusPage> {
  const { loaders } = ctx.providers.fastly;
  const at = cursor === null ? null : readCursor(cursor);
  const customer = at?.customer ?? (await loaders.customer());
  const current = startOfMonth(ctx.now);
  const withMonthToDate = current >= query.start && current < query.end;
  const monthToDate: FastlyFocusCursor | null = withMonthToDate ? { customer, list: null, monthToDate: true } : null;
  if (at?.monthToDate === true) {
    return { rows: toRows(await loaders.invoices.monthToDate(), customer, query), next: null };
  }
  // End-of-month invoices exist for closed periods only: those of the query, by day (the upstream
  // filters by overlap), newest first.
  const closedEnd = query.end < current ? query.end : current;
  if (closedEnd <= query.start) return { rows: [], next: monthToDate === null ? null : JSON.stringify(monthToDate) };
  const params = invoiceParamsCodec.encode({
    billingStart: query.start,
    billingEnd: new Date(closedEnd.getTime() - DAY_MS),
    limit: INVOICES_PAGE_LIMIT.max,
  });
  const listed = await loaders.invoices.pages.load({ params, cursor: at?.list ?? null });
  const rows = listed.records.flatMap((invoice) => toRows(invoice, customer, query));
  const next = listed.next !== null ? { customer, list: listed.next, monthToDate: false } : monthToDate;
  return { rows, next: next === null ? null : JSON.stringify(next) };
}

/** Fastly's FOCUS hook. */
export const fastlyFocus: FocusSource = {
  scope: (ctx) => ctx.providers.fastly.credentialScope,
  page,
};
