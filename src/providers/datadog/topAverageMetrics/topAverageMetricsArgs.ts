import { BadUserInputError } from '../../../errors.js';
import { checkDistinctOrAll } from '../../../graphql/argumentChecks.js';
import { floorToDay, formatDay, formatMonth, startOfMonth } from '../../../time/utcTime.js';
import { checkPastDay, checkPastMonth } from '../datadogArgumentChecks.js';
import type { TopAverageMetricsPeriod } from './topAverageMetricsClient.js';
import type { ArgumentContext } from '../../../graphql/fieldSpec.js';
import type { ConnectionArgs } from '../../../pagination/connectionFromStream.js';
import { checkConnectionArgs } from '../../../pagination/checkConnectionArgs.js';

/** The arguments of `Query.topAverageMetrics` as GraphQL coerced them. */
export interface TopAverageMetricsArgs extends ConnectionArgs {
  month?: Date | null;
  day?: Date | null;
  names?: readonly string[] | null;
}

/** A validated ranking: its period and its names (sorted, de-duplicated; null for all). */
export interface TopAverageMetricsView {
  period: TopAverageMetricsPeriod;
  names: string[] | null;
}

/** Checked `topAverageMetrics` arguments: the ranking and the paging. */
export interface TopAverageMetricsRequest {
  view: TopAverageMetricsView;
  page: ConnectionArgs;
}

/**
 * Checks `topAverageMetrics` arguments before any upstream call and normalizes them: exactly one
 * of `month`/`day`, neither in the future nor beyond the upstream's retention (the month or day that
 * holds its first kept hour is still accepted), `names` not empty and each a plain metric name, paging
 * arguments in bounds and cursors signed. Throws BAD_USER_INPUT naming what was expected and what
 * came.
 */
export function checkTopAverageMetricsArgs(
  args: TopAverageMetricsArgs,
  ctx: ArgumentContext,
): TopAverageMetricsRequest {
  const { month, day, names } = args;
  const { now } = ctx;
  let period: TopAverageMetricsPeriod;
  if (month && day) {
    throw new BadUserInputError(
      `Arguments "month" and "day" are exclusive: give exactly one of them, but got both (month ${formatMonth(month)}, day ${formatDay(day)})`,
      { argumentName: 'day' },
    );
  } else if (month) {
    period = { kind: 'month', start: checkPastMonth('month', startOfMonth(month), now) };
  } else if (day) {
    period = { kind: 'day', start: checkPastDay('day', floorToDay(day), now) };
  } else {
    throw new BadUserInputError('Arguments "month" and "day": give exactly one of them, but got neither', {
      argumentName: 'month',
    });
  }
  const distinctNames = checkDistinctOrAll('names', names, 'metric');
  const bad = names?.find((name) => name.trim() === '' || name.includes(',') || name !== name.trim());
  if (bad !== undefined) {
    throw new BadUserInputError(
      `Argument "names" must hold metric names (non-empty, no commas, no surrounding spaces), but got: ${JSON.stringify(bad)}`,
      { argumentName: 'names' },
    );
  }
  return {
    view: { period, names: distinctNames },
    page: checkConnectionArgs(args, ctx.cursorSecret),
  };
}
