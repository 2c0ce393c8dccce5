/**
 * Every Fastly field that reaches the upstream, with its policy (graphql/fieldSpec.ts): how its
 * arguments are checked (the same parse for the plan plugin and the resolver), its weight in the
 * per-operation cap and its resolver.
 */
import { fieldSpec, type FieldSpecTable } from '../../graphql/fieldSpec.js';
import { checkConnectionArgs } from '../../pagination/checkConnectionArgs.js';
import { checkInvoiceId, checkInvoicesArgs } from './invoices/invoicesArgs.js';
import { resolveInvoices } from './invoices/invoicesField.js';
import { resolveServices } from './serviceUsage/servicesField.js';
import { checkProductsArgs } from './usageMetrics/productsArgs.js';
import { resolveProducts } from './usageMetrics/productsField.js';

/** Reads its own upstream data: counts toward the per-operation cap. */
const UPSTREAM = 1;
/** Reads only the customer, loaded at most once per operation: not counted. */
const CUSTOMER = 0;

/** Fastly's field specs, merged with the core's and other providers' by mergeFieldSpecs. */
export const fastlyFieldSpecs: FieldSpecTable = [
  fieldSpec('Query.fastlyCustomer', {
    upstreamWeight: CUSTOMER,
    resolve: (_root, _args, ctx) => ctx.providers.fastly.loaders.customer(),
  }),
  fieldSpec('FastlyOrg.products', {
    upstreamWeight: UPSTREAM,
    parseArgs: checkProductsArgs,
    resolve: (_org, req, ctx) => resolveProducts(ctx, req),
  }),
  fieldSpec('FastlyMeasurement.services', {
    upstreamWeight: UPSTREAM,
    parseArgs: (args, ctx) => checkConnectionArgs(args, ctx.cursorSecret),
    resolve: (measurement, page, ctx) => resolveServices(ctx, measurement, page),
  }),
  fieldSpec('FastlyOrg.invoices', {
    upstreamWeight: UPSTREAM,
    parseArgs: checkInvoicesArgs,
    resolve: (_org, req, ctx) => resolveInvoices(ctx, req),
  }),
  fieldSpec('FastlyOrg.invoice', {
    upstreamWeight: UPSTREAM,
    parseArgs: checkInvoiceId,
    resolve: (_org, invoiceId, ctx) => ctx.providers.fastly.loaders.invoices.byId.load(invoiceId),
  }),
  fieldSpec('FastlyOrg.monthToDate', {
    upstreamWeight: UPSTREAM,
    resolve: (_org, _args, ctx) => ctx.providers.fastly.loaders.invoices.monthToDate(),
  }),
];
