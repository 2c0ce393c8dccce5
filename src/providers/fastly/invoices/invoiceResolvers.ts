import type { FastlyInvoiceConnectionResolvers, FastlyInvoiceResolvers } from '../../../generated/graphql.js';
import { toGlobalId } from '../../../graphql/globalId.js';

/** The node type name of Fastly invoices. */
export const FASTLY_INVOICE_TYPE = 'FastlyInvoice';

/**
 * The prefix of the month-to-date invoice's local ID (`mtd:<invoice id>`): `node(id:)` fetches it
 * again from the month-to-date endpoint, and finds it while that period is still open.
 */
export const MONTH_TO_DATE_PREFIX = 'mtd:';

/** Invoice fields answered from the model (the rest are its DTO fields by name). */
export const FastlyInvoice: FastlyInvoiceResolvers = {
  id: (invoice) =>
    toGlobalId(
      FASTLY_INVOICE_TYPE,
      invoice.isFinal ? invoice.invoiceId : `${MONTH_TO_DATE_PREFIX}${invoice.invoiceId}`,
    ),
};

/** The invoice connection's derived fields. */
export const FastlyInvoiceConnection: FastlyInvoiceConnectionResolvers = {
  nodes: (c) => c.edges.map((e) => e.node),
  totalCount: (c) => c.totalCount(),
};
