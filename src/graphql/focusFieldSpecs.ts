/** The FOCUS view's root fields: `Query.focusCharges` and `Query.focusSummary`. */
import { fieldSpec, type FieldSpecTable } from './fieldSpec.js';
import { checkConnectionArgs } from '../pagination/checkConnectionArgs.js';
import { checkFocusArgs } from '../focus/focusArgs.js';
import { resolveFocusCharges } from '../focus/focusCharges.js';
import { resolveFocusSummary } from '../focus/focusSummary.js';

/** Both fields read every selected provider's charges: each counts as one upstream-backed field. */
export const focusFieldSpecs: FieldSpecTable = [
  fieldSpec('Query.focusCharges', {
    upstreamWeight: 1,
    parseArgs: (args, ctx) => ({
      filter: checkFocusArgs(args, ctx.now),
      page: checkConnectionArgs(args, ctx.cursorSecret),
    }),
    resolve: (_root, { filter, page }, ctx) => resolveFocusCharges(ctx, filter, page),
  }),
  fieldSpec('Query.focusSummary', {
    upstreamWeight: 1,
    parseArgs: (args, ctx) => ({
      filter: checkFocusArgs(args, ctx.now),
      groupBy: args.groupBy,
    }),
    resolve: (_root, { filter, groupBy }, ctx) => resolveFocusSummary(ctx, filter, groupBy),
  }),
];
