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
import type { GatewayContext } from '../../gateway/context.js';
import type { InvoiceDto } from './invoices/invoicesClient.js';
import { planned, prefetchPlanned } from './prefetchPlanned.js';
import { orgScopeOf } from '../../security/orgScope.js';

const readInvoice = (ctx: GatewayContext, { invoiceId }: { invoiceId: string }): Promise<InvoiceDto | null> =>
  ctx.providers.fastly.loaders.invoices.byId.load(invoiceId);
const readMonthToDate = (ctx: GatewayContext): Promise<InvoiceDto> =>
  ctx.providers.fastly.loaders.invoices.monthToDate();

/** Reads its own upstream data: counts toward the per-operation cap. */
const UPSTREAM = 1;
/** Reads only the customer, loaded at most once per operation: not counted. */
const CUSTOMER = 0;

/** Fastly's field specs, merged with the core's and other providers' by mergeFieldSpecs. */
export const fastlyFieldSpecs: FieldSpecTable = [
  fieldSpec('Query.fastlyCustomer', {
    upstreamWeight: CUSTOMER,
    resolve: async (_root, _args, ctx) => {
      const scope = orgScopeOf(ctx.caller, 'fastly');
      if (scope?.size === 0) return null;
      // A scoped caller's customer is checked before anything of it is read.
      if (scope === null) prefetchPlanned(ctx);
      const customer = await ctx.providers.fastly.loaders.customer();
      return scope === null || scope.has(customer.customerId) ? customer : null;
    },
  }),
  // The customer's fields read nothing that depends on it: they are read ahead beside it (prefetchPlanned).
  fieldSpec('FastlyOrg.products', {
    upstreamWeight: UPSTREAM,
    parseArgs: (args, ctx) => planned(checkProductsArgs(args, ctx), resolveProducts),
    resolve: (_org, req, ctx) => resolveProducts(ctx, req),
  }),
  fieldSpec('FastlyMeasurement.services', {
    upstreamWeight: UPSTREAM,
    parseArgs: (args, ctx) => checkConnectionArgs(args, ctx.cursorSecret),
    resolve: (measurement, page, ctx) => resolveServices(ctx, measurement, page),
  }),
  fieldSpec('FastlyOrg.invoices', {
    upstreamWeight: UPSTREAM,
    parseArgs: (args, ctx) => planned(checkInvoicesArgs(args, ctx), resolveInvoices),
    resolve: (_org, req, ctx) => resolveInvoices(ctx, req),
  }),
  fieldSpec('FastlyOrg.invoice', {
    upstreamWeight: UPSTREAM,
    parseArgs: (args) => planned({ invoiceId: checkInvoiceId(args) }, readInvoice),
    resolve: (_org, { invoiceId }, ctx) => readInvoice(ctx, { invoiceId }),
  }),
  fieldSpec('FastlyOrg.monthToDate', {
    upstreamWeight: UPSTREAM,
    parseArgs: () => planned({}, readMonthToDate),
    resolve: (_org, _args, ctx) => readMonthToDate(ctx),
  }),
];
