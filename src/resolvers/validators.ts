import type { ArgumentValidator } from '../plugins/operationPlanPlugin.js';
import { checkCount } from '../pagination/connectionFromStream.js';
import { checkCursorSignature } from '../pagination/cursor.js';
import { MAX_PAGE_SIZE } from './hourlyUsageField.js';
import { hourlyUsageView, type HourlyUsageWindowArgs } from './hourlyUsageArgs.js';

/** The plan-time checks of every connection's `first/after/last/before`. */
function checkConnection(args: Record<string, unknown>, secret: Buffer): void {
  checkCount('first', args.first as number | null | undefined, MAX_PAGE_SIZE);
  checkCount('last', args.last as number | null | undefined, MAX_PAGE_SIZE);
  if (typeof args.after === 'string') checkCursorSignature(args.after, secret, 'after');
  if (typeof args.before === 'string') checkCursorSignature(args.before, secret, 'before');
}

const hourlyUsage: ArgumentValidator = (args, ctx) => {
  hourlyUsageView(args as unknown as HourlyUsageWindowArgs, { kind: 'descendants' }, ctx.now);
  checkConnection(args, ctx.cursorSecret);
};

/** Plan-time argument checks by field coordinate (see operationPlanPlugin). */
export const argumentValidators: Record<string, ArgumentValidator> = {
  'Query.hourlyUsage': hourlyUsage,
  'Org.hourlyUsage': hourlyUsage,
};

/** Fields that cost upstream requests, for the per-operation cap. */
export const COSTLY_FIELDS = ['Query.hourlyUsage', 'Org.hourlyUsage', 'Query.node', 'Query.nodes'];
/** At most this many upstream-backed fields in one operation. */
export const MAX_COSTLY_FIELDS = 50;
