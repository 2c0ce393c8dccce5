import { checkCount, type ConnectionArgs } from './connectionFromStream.js';
import { checkCursorSignature } from './cursor.js';

/** The largest `first`/`last` of any connection. */
export const MAX_PAGE_SIZE = 1000;

/**
 * The plan-time checks of a connection's `first/after/last/before`: counts from 0 to `max`, cursors
 * signed by this gateway. Returns the paging arguments alone; throws BAD_USER_INPUT.
 */
export function checkConnectionArgs(args: ConnectionArgs, secret: Buffer, max: number = MAX_PAGE_SIZE): ConnectionArgs {
  checkCount('first', args.first, max);
  checkCount('last', args.last, max);
  if (typeof args.after === 'string') checkCursorSignature(args.after, secret, 'after');
  if (typeof args.before === 'string') checkCursorSignature(args.before, secret, 'before');
  return { first: args.first, after: args.after, last: args.last, before: args.before };
}
