import type { GatewayContext } from '../../../gateway/context.js';
import { connectionFromStream, type ConnectionArgs } from '../../../pagination/connectionFromStream.js';
import { DEFAULT_PAGE_SIZE, connectionOptions } from '../../../pagination/connectionOptions.js';
import { cursorStream } from '../../../pagination/cursorChain.js';
import { INVOICES_PAGE_LIMIT } from '../api/fastlyLimits.js';
import type { InvoicesRequest } from './invoicesArgs.js';
import type { FastlyInvoiceConnectionModel } from './invoiceModels.js';
import { invoiceParamsCodec } from './invoiceParams.js';

/** The upstream `limit` for a connection page (as for service usage: `first` + 1, the most for `last`). */
function invoiceLimit(args: ConnectionArgs): number {
  if (typeof args.first === 'number') return Math.min(INVOICES_PAGE_LIMIT.max, Math.max(1, args.first + 1));
  if (typeof args.last === 'number') return INVOICES_PAGE_LIMIT.max;
  return Math.min(INVOICES_PAGE_LIMIT.max, DEFAULT_PAGE_SIZE + 1);
}

/** Resolves `FastlyOrg.invoices`: a connection over the upstream's `next_cursor` chain. */
export async function resolveInvoices(
  ctx: GatewayContext,
  req: InvoicesRequest,
): Promise<FastlyInvoiceConnectionModel> {
  const { credentialScope, loaders } = ctx.providers.fastly;
  const { pages, totalCount } = loaders.invoices;
  const params = invoiceParamsCodec.encode({
    billingStart: req.billingStart,
    billingEnd: req.billingEnd,
    limit: invoiceLimit(req.page),
  });
  const viewKey = JSON.stringify([
    'fastly_invoices',
    req.billingStart?.toISOString() ?? null,
    req.billingEnd?.toISOString() ?? null,
    credentialScope,
  ]);
  const connection = await connectionFromStream(
    cursorStream(invoiceParamsCodec, [params], pages),
    req.page,
    connectionOptions(ctx, viewKey),
  );
  return { ...connection, totalCount: () => totalCount(params) };
}
