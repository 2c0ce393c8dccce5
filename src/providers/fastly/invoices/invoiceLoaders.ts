import type DataLoader from 'dataloader';
import { createKeyLoader } from '../../../loaders/createKeyLoader.js';
import { createPageLoader, type PageLoader } from '../../../loaders/createPageLoader.js';
import { once } from '../../../loaders/once.js';
import type { FastlyApi } from '../fastlyApi.js';
import { fetchInvoice, fetchInvoicePage, fetchMonthToDateInvoice, type InvoiceDto } from './invoicesClient.js';
import { invoiceParamsCodec } from './invoiceParams.js';

/** The invoice loaders of one operation. */
export interface InvoiceLoaders {
  /** Pages of listInvoices by (params written by `invoiceParamsCodec`, upstream cursor). */
  pages: PageLoader<InvoiceDto>;
  /** `meta.total` of the list read with `params` (from a page this operation read, else its first page). */
  totalCount: (params: string) => Promise<number | bigint | null>;
  /** End-of-month invoices by ID (null: none with that ID); each ID fetched once per operation. */
  byId: DataLoader<string, InvoiceDto | null, string>;
  /** The month-to-date invoice, fetched at most once per operation. */
  monthToDate: () => Promise<InvoiceDto>;
}

/** Builds the invoice loaders of one operation. */
export function createInvoiceLoaders(api: FastlyApi): InvoiceLoaders {
  const totals = new Map<string, number | bigint | null>();
  const listOf = (params: string): string => {
    const { billingStart, billingEnd } = invoiceParamsCodec.decode(params);
    return JSON.stringify([billingStart?.getTime() ?? null, billingEnd?.getTime() ?? null]);
  };
  const pages = createPageLoader(async (params, cursor) => {
    const page = await fetchInvoicePage(api, { ...invoiceParamsCodec.decode(params), cursor });
    totals.set(listOf(params), page.total);
    return { records: page.records, next: page.next };
  });
  return {
    pages,
    totalCount: async (params) => {
      const list = listOf(params);
      if (!totals.has(list)) await pages.load({ params, cursor: null });
      return totals.get(list) ?? null;
    },
    byId: createKeyLoader(
      (id: string) => fetchInvoice(api, id),
      (id) => id,
    ),
    monthToDate: once(() => fetchMonthToDateInvoice(api)),
  };
}
