import type DataLoader from 'dataloader';
import { createKeyLoader } from '../../../loaders/createKeyLoader.js';
import { createCountedPageLoader, type CountedPageLoaders } from '../../../loaders/createCountedPageLoader.js';
import { once } from '../../../loaders/once.js';
import type { FastlyApi } from '../fastlyApi.js';
import { fetchInvoice, fetchInvoicePage, fetchMonthToDateInvoice, type InvoiceDto } from './invoicesClient.js';
import { invoiceParamsCodec } from './invoiceParams.js';

/** The invoice loaders of one operation. */
export interface InvoiceLoaders extends CountedPageLoaders<InvoiceDto> {
  /** End-of-month invoices by ID (null: none with that ID); each ID fetched once per operation. */
  byId: DataLoader<string, InvoiceDto | null, string>;
  /** The month-to-date invoice, fetched at most once per operation. */
  monthToDate: () => Promise<InvoiceDto>;
}

/** Builds the invoice loaders of one operation; a list is its billing-period bounds, whatever the page size. */
export function createInvoiceLoaders(api: FastlyApi): InvoiceLoaders {
  const list = createCountedPageLoader(
    (params) => invoiceParamsCodec.decode(params),
    (request, cursor) => fetchInvoicePage(api, { ...request, cursor }),
    ({ billingStart, billingEnd }) => JSON.stringify([billingStart?.getTime() ?? null, billingEnd?.getTime() ?? null]),
  );
  return {
    ...list,
    byId: createKeyLoader(
      (id: string) => fetchInvoice(api, id),
      (id) => id,
    ),
    monthToDate: once(() => fetchMonthToDateInvoice(api)),
  };
}
