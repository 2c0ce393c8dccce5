/**
 * Validation and normalization of the `costs` fields' arguments into the one upstream request they
 * need: the field specs' argument parse, at plan time and in the resolvers alike. Throws
 * BAD_USER_INPUT naming the argument, what was expected and what came.
 */
import { BadUserInputError } from '../../../errors.js';
import type { CostAggregation, CostKind, CostView } from '../../../generated/graphql.js';
import { addMonths, floorToDay, formatDay, formatMonth, startOfMonth } from '../../../time/utcTime.js';
import { ESTIMATE_MONTHS_BACK, earliestEstimateMonth, lastClosedMonth } from '../api/costLimits.js';
import { checkNotBefore, checkNotEarlier, checkNotLater } from '../../../graphql/argumentChecks.js';
import { checkCostMonthInRetention } from '../datadogArgumentChecks.js';

/** The arguments of `Query.costs` / `Org.costs`. */
export interface CostArgs {
  kind: CostKind;
  view?: CostView | null;
  startMonth?: Date | null;
  endMonth?: Date | null;
  startDate?: Date | null;
  endDate?: Date | null;
  costAggregation?: CostAggregation | null;
}

/** One upstream cost request, normalized: equal requests have equal {@link orgCostsKey}s. */
export type OrgCostsRequest =
  | { kind: 'historical'; view: 'summary' | 'sub-org'; startMonth: Date; endMonth: Date }
  | { kind: 'estimated'; view: 'summary' | 'sub-org'; startMonth: Date; endMonth: Date }
  | {
      kind: 'estimated';
      view: 'summary' | 'sub-org';
      startDate: Date;
      endDate: Date;
      costAggregation: 'cumulative' | null;
    }
  | { kind: 'projected'; view: 'summary' | 'sub-org' };

function bad(argumentName: string, message: string): BadUserInputError {
  return new BadUserInputError(message, { argumentName });
}

function forbid(args: CostArgs, names: ReadonlyArray<keyof CostArgs>, kind: string, why: string): void {
  for (const name of names) {
    const value = args[name];
    if (value !== null && value !== undefined) {
      const shown = value instanceof Date ? value.toISOString() : String(value);
      throw bad(name, `Argument "${name}" ${why} for ${kind} costs, but got: ${shown}`);
    }
  }
}

/** The identity of a request, for loaders and view keys. */
export function orgCostsKey(req: OrgCostsRequest): string {
  switch (req.kind) {
    case 'projected':
      return `projected|${req.view}`;
    case 'historical':
      return `historical|${req.view}|${formatMonth(req.startMonth)}|${formatMonth(req.endMonth)}`;
    case 'estimated':
      return 'startMonth' in req
        ? `estimated|${req.view}|${formatMonth(req.startMonth)}|${formatMonth(req.endMonth)}`
        : `estimated|${req.view}|${formatDay(req.startDate)}|${formatDay(req.endDate)}|${req.costAggregation ?? ''}`;
  }
}

/** Validates the arguments and builds the upstream request for `view` (SUB_ORG for `Org.costs`). */
export function checkCostArgs(args: CostArgs, view: CostView, now: Date): OrgCostsRequest {
  const upstreamView = view === 'SUMMARY' ? 'summary' : 'sub-org';
  const current = startOfMonth(now);
  switch (args.kind) {
    case 'PROJECTED':
      forbid(
        args,
        ['startMonth', 'endMonth', 'startDate', 'endDate', 'costAggregation'],
        'PROJECTED',
        'is not accepted (projections are for the current month only)',
      );
      return { kind: 'projected', view: upstreamView };

    case 'HISTORICAL': {
      forbid(args, ['startDate', 'endDate', 'costAggregation'], 'HISTORICAL', 'is not accepted (use months)');
      const lastClosed = lastClosedMonth(now);
      const startMonth = args.startMonth ? startOfMonth(args.startMonth) : lastClosed;
      const endMonth = args.endMonth ? startOfMonth(args.endMonth) : lastClosed;
      checkCostMonthInRetention('startMonth', startMonth, now);
      const closed = { must: 'be a closed month', format: formatMonth, suffix: ' for HISTORICAL costs' };
      checkNotLater('startMonth', startMonth, lastClosed, closed);
      checkNotLater('endMonth', endMonth, lastClosed, closed);
      checkNotBefore('startMonth', startMonth, 'endMonth', endMonth, formatMonth);
      return { kind: 'historical', view: upstreamView, startMonth, endMonth };
    }

    case 'ESTIMATED': {
      const earliest = earliestEstimateMonth(now);
      const estimateBack = `be at most ${ESTIMATE_MONTHS_BACK} months back for ESTIMATED costs`;
      const months = Boolean(args.startMonth || args.endMonth);
      const days = Boolean(args.startDate || args.endDate);
      if (months && days) {
        const name = args.startDate ? 'startDate' : 'endDate';
        throw bad(
          name,
          `Arguments "startMonth"/"endMonth" and "startDate"/"endDate" exclude each other for ESTIMATED costs (months or days, not both), but got both`,
        );
      }
      if (!days) {
        forbid(args, ['costAggregation'], 'ESTIMATED', 'applies only to daily estimates (startDate)');
        const startMonth = args.startMonth ? startOfMonth(args.startMonth) : addMonths(current, -1);
        const endMonth = args.endMonth ? startOfMonth(args.endMonth) : current;
        checkNotEarlier('startMonth', startMonth, earliest, { must: estimateBack, format: formatMonth });
        checkNotBefore('startMonth', startMonth, 'endMonth', endMonth, formatMonth);
        return { kind: 'estimated', view: upstreamView, startMonth, endMonth };
      }
      if (!args.startDate) {
        throw bad(
          'startDate',
          'Argument "startDate" is required with "endDate" for daily ESTIMATED costs, but got: null',
        );
      }
      const startDate = floorToDay(args.startDate);
      const endDate = floorToDay(args.endDate ?? now);
      checkNotEarlier('startDate', startDate, earliest, { must: estimateBack, format: formatDay });
      checkNotBefore('startDate', startDate, 'endDate', endDate, formatDay);
      return {
        kind: 'estimated',
        view: upstreamView,
        startDate,
        endDate,
        costAggregation: args.costAggregation ?? null,
      };
    }
  }
}
