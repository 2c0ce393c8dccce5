/**
 * The FOCUS view's arguments, checked once for `focusCharges`, `focusSummary` and the export route:
 * which providers, orgs, billing periods, charge and service categories. Throws BAD_USER_INPUT naming
 * the argument, what was expected and what came.
 */
import { BadUserInputError } from '../errors.js';
import { addMonths, formatMonth, parseMonth, startOfMonth } from '../time/utcTime.js';
import {
  CHARGE_CATEGORIES,
  SERVICE_CATEGORIES,
  type FocusChargeCategory,
  type FocusServiceCategory,
} from './focusRow.js';
import type { FocusQuery } from './focusSource.js';

/** The most billing periods one read may span. */
export const MAX_FOCUS_MONTHS = 15;

/** The view's arguments as GraphQL coerced them (enum names for the categories). */
export interface FocusArgs {
  providers?: readonly string[] | null;
  orgs?: readonly string[] | null;
  billingPeriodStart?: Date | null;
  billingPeriodEnd?: Date | null;
  chargeCategory?: readonly string[] | null;
  serviceCategory?: readonly string[] | null;
}

/** Checked arguments: the providers' query and the row filter the core applies. */
export interface FocusFilter {
  query: FocusQuery;
  /** `ProviderName` values asked for; null: every configured provider with FOCUS rows. */
  providers: readonly string[] | null;
  /** Rows whose BillingAccountId or SubAccountId is one of these; null: all. */
  orgs: readonly string[] | null;
  chargeCategories: readonly FocusChargeCategory[] | null;
  serviceCategories: readonly FocusServiceCategory[] | null;
}

/** The GraphQL enum name of a FOCUS value: `Management and Governance` is `MANAGEMENT_AND_GOVERNANCE`. */
export function focusEnumName(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

function values<V extends string>(
  name: string,
  given: readonly string[] | null | undefined,
  allowed: readonly V[],
): V[] | null {
  if (given === null || given === undefined) return null;
  const byName = new Map(allowed.map((v) => [focusEnumName(v), v]));
  return [
    ...new Set(
      given.map((g) => {
        const v = byName.get(focusEnumName(g));
        if (v === undefined) {
          throw new BadUserInputError(
            `Argument "${name}" must list values of ${[...byName.keys()].join(', ')}, but got: ${JSON.stringify(g)}`,
            { argumentName: name },
          );
        }
        return v;
      }),
    ),
  ];
}

function strings(name: string, given: readonly string[] | null | undefined): string[] | null {
  if (given === null || given === undefined) return null;
  if (given.length > 100) {
    throw new BadUserInputError(`Argument "${name}" must list at most 100 values, but got: ${given.length}`, {
      argumentName: name,
    });
  }
  return [...new Set(given)];
}

/**
 * Checks the arguments: billing periods default to the last closed month; `billingPeriodEnd` is
 * exclusive (as FOCUS's), after the start, at most {@link MAX_FOCUS_MONTHS} months on and at most the
 * month after the current one.
 */
export function checkFocusArgs(args: FocusArgs, now: Date): FocusFilter {
  const current = startOfMonth(now);
  const start = args.billingPeriodStart ? startOfMonth(args.billingPeriodStart) : addMonths(current, -1);
  const end = args.billingPeriodEnd ? startOfMonth(args.billingPeriodEnd) : addMonths(start, 1);
  if (end <= start) {
    throw new BadUserInputError(
      `Argument "billingPeriodEnd" (exclusive) must be after "billingPeriodStart" (${formatMonth(start)}), but got: ${formatMonth(end)}`,
      { argumentName: 'billingPeriodEnd' },
    );
  }
  if (end > addMonths(current, 1)) {
    throw new BadUserInputError(
      `Argument "billingPeriodEnd" (exclusive) must be at most ${formatMonth(addMonths(current, 1))} (the current period is the last with charges), but got: ${formatMonth(end)}`,
      { argumentName: 'billingPeriodEnd' },
    );
  }
  if (end > addMonths(start, MAX_FOCUS_MONTHS)) {
    throw new BadUserInputError(
      `Arguments "billingPeriodStart" to "billingPeriodEnd" must span at most ${MAX_FOCUS_MONTHS} months, but got: ${formatMonth(start)} to ${formatMonth(end)}`,
      { argumentName: 'billingPeriodEnd' },
    );
  }
  return {
    query: { start, end },
    providers: strings('providers', args.providers),
    orgs: strings('orgs', args.orgs),
    chargeCategories: values('chargeCategory', args.chargeCategory, CHARGE_CATEGORIES),
    serviceCategories: values('serviceCategory', args.serviceCategory, SERVICE_CATEGORIES),
  };
}

/**
 * The same arguments from a query string (the export route): lists comma-separated or repeated,
 * months `YYYY-MM`. Unknown parameters are refused, so a misspelt filter never widens an export.
 */
export function focusArgsFromSearch(search: URLSearchParams): FocusArgs {
  const known = new Set([
    'providers',
    'orgs',
    'billingPeriodStart',
    'billingPeriodEnd',
    'chargeCategory',
    'serviceCategory',
  ]);
  for (const key of search.keys()) {
    if (!known.has(key)) {
      throw new BadUserInputError(`Query parameter "${key}" is not one of ${[...known].join(', ')}, but it was given`, {
        argumentName: key,
      });
    }
  }
  const list = (name: string): string[] | null => {
    const all = search.getAll(name);
    return all.length === 0 ? null : all.flatMap((v) => v.split(',')).filter((v) => v !== '');
  };
  const month = (name: string): Date | null => {
    const text = search.get(name);
    if (text === null) return null;
    const parsed = parseMonth(text);
    if (parsed === null) {
      throw new BadUserInputError(
        `Query parameter "${name}" must be a month YYYY-MM, but got: ${JSON.stringify(text)}`,
        {
          argumentName: name,
        },
      );
    }
    return parsed;
  };
  return {
    providers: list('providers')?.map((p) => p.toUpperCase()) ?? null,
    orgs: list('orgs'),
    billingPeriodStart: month('billingPeriodStart'),
    billingPeriodEnd: month('billingPeriodEnd'),
    chargeCategory: list('chargeCategory'),
    serviceCategory: list('serviceCategory'),
  };
}

/** Whether `row`-like values pass the filter's org and category tests. */
export function passesFocusFilter(
  filter: FocusFilter,
  row: {
    billingAccountId: string;
    subAccountId: string | null;
    chargeCategory: FocusChargeCategory;
    serviceCategory: FocusServiceCategory;
  },
): boolean {
  if (filter.orgs !== null && !filter.orgs.includes(row.billingAccountId)) {
    if (row.subAccountId === null || !filter.orgs.includes(row.subAccountId)) return false;
  }
  if (filter.chargeCategories !== null && !filter.chargeCategories.includes(row.chargeCategory)) return false;
  if (filter.serviceCategories !== null && !filter.serviceCategories.includes(row.serviceCategory)) return false;
  return true;
}
