import { checkDistinctOrAll } from '../../../graphql/argumentChecks.js';
import type { ArgumentContext } from '../../../graphql/fieldSpec.js';
import { BadUserInputError } from '../../../errors.js';
import { checkHourWindow, type HourWindowArgs } from '../datadogArgumentChecks.js';
import type { RollupAggregation } from '../api/usageTypeAggregations.js';
import type { RollupGranularity } from './rollupPeriod.js';

/** A dimension rollup rows are grouped by (the GraphQL enum `RollupDimension`). */
export type RollupDimension = 'ORG' | 'PRODUCT_FAMILY' | 'USAGE_TYPE';

/** The arguments of `usageRollup` as GraphQL coerced them (or an export's query string parsed them). */
export interface UsageRollupArgs {
  productFamilies?: readonly string[] | null;
  usageTypes?: readonly string[] | null;
  start: Date;
  end?: Date | null;
  granularity?: RollupGranularity | null;
  aggregation?: RollupAggregation | null;
  groupBy?: readonly RollupDimension[] | null;
  orgs?: readonly string[] | null;
  includeDescendants?: boolean | null;
}

/** Checked `usageRollup` arguments. */
export interface UsageRollupRequest {
  window: HourWindowArgs;
  /** Sorted, de-duplicated family names; null for all families. */
  families: readonly string[] | null;
  /** Sorted, de-duplicated usage types; null for every type of the families read. */
  usageTypes: readonly string[] | null;
  granularity: RollupGranularity;
  /** Null: each usage type's billed aggregation (api/usageTypeAggregations.ts). */
  aggregation: RollupAggregation | null;
  groupBy: ReadonlySet<RollupDimension>;
  /** Sorted, de-duplicated org public IDs; null for the orgs `includeDescendants` reads. */
  orgs: readonly string[] | null;
  includeDescendants: boolean;
}

/** A usage type name as the upstream writes them. */
const USAGE_TYPE = /^[a-z0-9_]{1,100}$/;
/** An org public ID as the upstream writes them. */
const PUBLIC_ID = /^[A-Za-z0-9_-]{1,64}$/;

function checkEach(name: string, items: readonly string[] | null, pattern: RegExp, expected: string): void {
  for (const item of items ?? []) {
    if (!pattern.test(item)) {
      throw new BadUserInputError(`Argument "${name}" must hold ${expected}, but got: ${JSON.stringify(item)}`, {
        argumentName: name,
      });
    }
  }
}

/**
 * Checks `usageRollup` arguments before any upstream call: the hour window as `hourlyUsage` checks
 * it (retention, `end` after `start`), lists given but empty refused, usage types and org IDs well
 * formed, and, unless rows are grouped by USAGE_TYPE, exactly one usage type named (values of
 * different usage types are never added). Whether the named orgs exist is checked against the org
 * directory before any hourly-usage read (resolveUsageRollup). Throws BAD_USER_INPUT naming the
 * argument, what was expected and what came.
 */
export function checkUsageRollupArgs(args: UsageRollupArgs, ctx: Pick<ArgumentContext, 'now'>): UsageRollupRequest {
  const window = checkHourWindow(args, ctx.now);
  const families = checkDistinctOrAll('productFamilies', args.productFamilies, 'family');
  const usageTypes = checkDistinctOrAll('usageTypes', args.usageTypes, 'usage type');
  checkEach('usageTypes', usageTypes, USAGE_TYPE, 'usage type names (lowercase letters, digits and underscores)');
  const orgs = checkDistinctOrAll('orgs', args.orgs, 'org publicId');
  checkEach('orgs', orgs, PUBLIC_ID, 'org publicIds (letters, digits, "-" and "_")');
  const groupBy = new Set<RollupDimension>(args.groupBy ?? ['USAGE_TYPE']);
  if (!groupBy.has('USAGE_TYPE') && usageTypes?.length !== 1) {
    throw new BadUserInputError(
      `Argument "usageTypes" must name exactly one usage type when "groupBy" lacks USAGE_TYPE (values of different usage types are never added), but got: ${usageTypes === null ? 'none (all types)' : JSON.stringify(usageTypes)}`,
      { argumentName: 'usageTypes' },
    );
  }
  return {
    window,
    families,
    usageTypes,
    granularity: args.granularity ?? 'DAY',
    aggregation: args.aggregation ?? null,
    groupBy,
    orgs,
    includeDescendants: args.includeDescendants ?? false,
  };
}
