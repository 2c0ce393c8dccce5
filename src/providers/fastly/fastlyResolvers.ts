import type { Resolvers } from '../../generated/graphql.js';
import { FastlyOrg } from './customer/customerResolvers.js';
import { FastlyInvoice, FastlyInvoiceConnection } from './invoices/invoiceResolvers.js';
import { FastlyServiceUsageConnection } from './serviceUsage/serviceUsageResolvers.js';

/** The plain resolvers of schema/fastly (its upstream-backed fields are fastlyFieldSpecs). */
export const fastlyResolvers: Resolvers = {
  FastlyOrg,
  FastlyInvoice,
  FastlyInvoiceConnection,
  FastlyServiceUsageConnection,
};
