/**
 * Validation and normalization of `monthlyCostAttribution` arguments into the upstream query (every
 * parameter but the cursor): the field spec's argument parse, at plan time and in the resolver alike.
 * Throws BAD_USER_INPUT.
 */
import { checkTagKeys } from '../attribution/attributionArgs.js';
import { BadUserInputError } from '../../../errors.js';
import type { UsageSortDirection } from '../../../generated/graphql.js';
import { formatMonth, startOfMonth } from '../../../time/utcTime.js';
import type { ArgumentContext } from '../../../graphql/fieldSpec.js';
import type { ConnectionArgs } from '../../../pagination/connectionFromStream.js';
import { checkConnectionArgs } from '../../../pagination/checkConnectionArgs.js';
import { COST_ATTRIBUTION_SUFFIXES } from '../api/costAttributionSuffixes.js';
import { checkNotBefore, checkNotEmpty } from '../../../graphql/argumentChecks.js';
import { checkCostMonthInRetention } from '../datadogArgumentChecks.js';

const FIELD_RE = new RegExp(`^[a-z0-9_]+_(?:${COST_ATTRIBUTION_SUFFIXES.join('|')})$`);

export interface CostAttributionArgs extends ConnectionArgs {
  fields?: readonly string[] | null;
  startMonth: Date;
  endMonth?: Date | null;
  sortDirection?: UsageSortDirection | null;
  sortName?: string | null;
  tagBreakdownKeys?: readonly string[] | null;
  includeDescendants?: boolean | null;
}

function bad(argumentName: string, message: string): BadUserInputError {
  return new BadUserInputError(message, { argumentName });
}

/** Checked `monthlyCostAttribution` arguments: the upstream query (every parameter but the cursor) and paging. */
export interface CostAttributionRequest {
  query: Array<[string, string]>;
  page: ConnectionArgs;
}

/**
 * Checks the arguments and builds the normalized upstream query: fields de-duplicated and sorted
 * (`*` alone when asked), tag keys trimmed, de-duplicated and sorted, `end_month` defaulting to the
 * current month; paging arguments in bounds and cursors signed.
 */
export function checkCostAttributionArgs(args: CostAttributionArgs, ctx: ArgumentContext): CostAttributionRequest {
  const { now } = ctx;
  checkNotEmpty('fields', args.fields, 'field');
  const fields = args.fields ?? ['*'];
  for (const field of fields) {
    if (field !== '*' && !FIELD_RE.test(field)) {
      throw bad(
        'fields',
        `Argument "fields" must hold "*" or <billing dimension>_{${COST_ATTRIBUTION_SUFFIXES.join(',')}} names (e.g. "infra_host_total_cost"), but got: ${JSON.stringify(field)}`,
      );
    }
  }
  const start = startOfMonth(args.startMonth);
  const end = args.endMonth ? startOfMonth(args.endMonth) : startOfMonth(now);
  checkCostMonthInRetention('startMonth', start, now);
  checkNotBefore('startMonth', start, 'endMonth', end, formatMonth);
  if (args.sortName !== null && args.sortName !== undefined && !/^[a-z0-9_]+$/.test(args.sortName)) {
    throw bad(
      'sortName',
      `Argument "sortName" must be a billing dimension id such as "infra_host", but got: ${JSON.stringify(args.sortName)}`,
    );
  }
  // Trimmed, de-duplicated and sorted: one upstream request (and cache entry) per set of keys.
  const keys = checkTagKeys(args.tagBreakdownKeys);
  const query: Array<[string, string]> = [
    ['start_month', formatMonth(start)],
    ['end_month', formatMonth(end)],
    ['fields', fields.includes('*') ? '*' : [...new Set(fields)].sort().join(',')],
  ];
  if (args.sortDirection) query.push(['sort_direction', args.sortDirection]);
  if (args.sortName) query.push(['sort_name', args.sortName]);
  if (keys.length > 0) query.push(['tag_breakdown_keys', keys.join(',')]);
  query.push(['include_descendants', String(args.includeDescendants ?? true)]);
  return { query, page: checkConnectionArgs(args, ctx.cursorSecret) };
}
