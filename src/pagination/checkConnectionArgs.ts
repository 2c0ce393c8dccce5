import { checkCount } from './connectionFromStream.js';
import { checkCursorSignature } from './cursor.js';

/** The largest `first`/`last` of any connection. */
export const MAX_PAGE_SIZE = 1000;

/**
 * The plan-time checks of a connection's `first/after/last/before`: counts from 0 to `max`, cursors
 * signed by this gateway. Throws BAD_USER_INPUT.
 */
export function checkConnectionArgs(args: Record<string, unknown>, secret: Buffer, max: number = MAX_PAGE_SIZE): void {
  checkCount('first', args.first as number | null | undefined, max);
  checkCount('last', args.last as number | null | undefined, max);
  if (typeof args.after === 'string') checkCursorSignature(args.after, secret, 'after');
  if (typeof args.before === 'string') checkCursorSignature(args.before, secret, 'before');
}
