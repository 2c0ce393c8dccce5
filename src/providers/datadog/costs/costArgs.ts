/**
 * Validation and normalization of the `costs` fields' arguments into the one upstream request they
 * need, shared by plan-time validation and the resolvers. Throws BAD_USER_INPUT naming the
 * argument, what was expected and what came.
 */
import { BadUserInputError } from '../../../errors.js';
import type { CostAggregation, CostKind, CostView } from '../../../generated/graphql.js';
import { addMonths, floorToDay, formatDay, formatMonth, startOfMonth } from '../../../time/utcTime.js';
import { ESTIMATE_MONTHS_BACK, earliestEstimateMonth, lastClosedMonth } from '../api/costLimits.js';
import { checkCostRetention, checkNotBefore } from './costArgChecks.js';

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
      checkCostRetention(startMonth, now);
      for (const [name, month] of [
        ['startMonth', startMonth],
        ['endMonth', endMonth],
      ] as const) {
        if (month > lastClosed) {
          throw bad(
            name,
            `Argument "${name}" must be a closed month (${formatMonth(lastClosed)} or earlier) for HISTORICAL costs, but got: ${formatMonth(month)}`,
          );
        }
      }
      checkNotBefore('startMonth', startMonth, 'endMonth', endMonth, formatMonth);
      return { kind: 'historical', view: upstreamView, startMonth, endMonth };
    }

    case 'ESTIMATED': {
      const earliest = earliestEstimateMonth(now);
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
        if (startMonth < earliest) {
          throw bad(
            'startMonth',
            `Argument "startMonth" must be at most ${ESTIMATE_MONTHS_BACK} months back for ESTIMATED costs (${formatMonth(earliest)} or later), but got: ${formatMonth(startMonth)}`,
          );
        }
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
      if (startDate < earliest) {
        throw bad(
          'startDate',
          `Argument "startDate" must be at most ${ESTIMATE_MONTHS_BACK} months back for ESTIMATED costs (${formatDay(earliest)} or later), but got: ${formatDay(startDate)}`,
        );
      }
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
