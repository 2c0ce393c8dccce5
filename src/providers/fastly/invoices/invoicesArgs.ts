import { BadUserInputError } from '../../../errors.js';
import { checkNotBefore } from '../../../graphql/argumentChecks.js';
import type { ArgumentContext } from '../../../graphql/fieldSpec.js';
import { checkConnectionArgs } from '../../../pagination/checkConnectionArgs.js';
import type { ConnectionArgs } from '../../../pagination/connectionFromStream.js';
import { floorToDay, formatDay } from '../../../time/utcTime.js';

/** The arguments of `FastlyOrg.invoices` as GraphQL coerced them. */
export interface InvoicesArgs extends ConnectionArgs {
  billingStart?: Date | null;
  billingEnd?: Date | null;
}

/** Checked `invoices` arguments: the bounds (UTC days; null: none) and the paging. */
export interface InvoicesRequest {
  billingStart: Date | null;
  billingEnd: Date | null;
  page: ConnectionArgs;
}

/** Checks `invoices` arguments before any upstream call: days in order, paging in bounds, cursors signed. */
export function checkInvoicesArgs(args: InvoicesArgs, ctx: ArgumentContext): InvoicesRequest {
  const billingStart = args.billingStart ? floorToDay(args.billingStart) : null;
  const billingEnd = args.billingEnd ? floorToDay(args.billingEnd) : null;
  if (billingStart !== null && billingEnd !== null) {
    checkNotBefore('billingStart', billingStart, 'billingEnd', billingEnd, formatDay);
  }
  return { billingStart, billingEnd, page: checkConnectionArgs(args, ctx.cursorSecret) };
}

/** What a Fastly invoice ID may look like (letters, digits, `-`, `_`; at most 64). */
const INVOICE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Checks `invoice(invoiceId:)` before any upstream call. */
export function checkInvoiceId({ invoiceId }: { invoiceId: string }): string {
  if (!INVOICE_ID.test(invoiceId)) {
    throw new BadUserInputError(
      `Argument "invoiceId" must be a Fastly invoice ID (1 to 64 letters, digits, "-" or "_"), but got: ${JSON.stringify(invoiceId.slice(0, 80))}`,
      { argumentName: 'invoiceId' },
    );
  }
  return invoiceId;
}
