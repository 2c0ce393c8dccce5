import type { NodeLoader } from '../../gateway/provider.js';
import { FASTLY_ORG_TYPE } from './customer/customerResolvers.js';
import { prefetchPlanned } from './prefetchPlanned.js';
import { orgScopeOf } from '../../security/orgScope.js';
import { FASTLY_INVOICE_TYPE, MONTH_TO_DATE_PREFIX } from './invoices/invoiceResolvers.js';

/** The Fastly types `node(id:)` fetches: the customer (only the token's own) and its invoices. */
export const fastlyNodeTypes: Readonly<Record<string, NodeLoader>> = {
  [FASTLY_ORG_TYPE]: async (ctx, customerId) => {
    if (orgScopeOf(ctx.caller, 'fastly') === null) prefetchPlanned(ctx);
    const customer = await ctx.providers.fastly.loaders.customer();
    return customer.customerId === customerId ? customer : null;
  },
  [FASTLY_INVOICE_TYPE]: async (ctx, localId) => {
    const { invoices, customer } = ctx.providers.fastly.loaders;
    // An invoice is its customer's: not there for a caller that may not see that customer.
    const scope = orgScopeOf(ctx.caller, 'fastly');
    if (scope !== null && (scope.size === 0 || !scope.has((await customer()).customerId))) return null;
    if (localId.startsWith(MONTH_TO_DATE_PREFIX)) {
      const open = await invoices.monthToDate();
      return open.invoiceId === localId.slice(MONTH_TO_DATE_PREFIX.length) ? open : null;
    }
    return /^[A-Za-z0-9_-]{1,64}$/.test(localId) ? invoices.byId.load(localId) : null;
  },
};
