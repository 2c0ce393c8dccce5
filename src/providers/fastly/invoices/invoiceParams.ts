import { defineParamsCodec, paramsField } from '../../../pagination/paramsCodec.js';
import type { InvoiceListRequest } from './invoicesClient.js';

/** The upstream parameters an invoice-list stream is read with (everything but the cursor). */
export type InvoiceListParams = Omit<InvoiceListRequest, 'cursor'>;

const day = paramsField.nullable(paramsField.instant);

/**
 * The params codec of invoice-list streams (listInvoices): the string keys the page loader and
 * travels in connection cursors, so a later request resumes the very upstream stream its cursor came
 * from.
 */
export const invoiceParamsCodec = defineParamsCodec<InvoiceListParams>({
  name: 'fastlyInvoices',
  version: 1,
  fields: { billingStart: day, billingEnd: day, limit: paramsField.integer },
});
