/**
 * Reading a Datadog export's query string (`/export/hourlyUsage.csv?...`, `/export/usageRollup.csv?...`)
 * into the arguments of the GraphQL field it mirrors, under the same names. Lists are given as
 * repeated parameters, each of which may hold a comma-separated list (`productFamilies=infra_hosts,logs`
 * and `productFamilies=infra_hosts&productFamilies=logs` are the same), as `/export/focus` reads them;
 * instants as the `DateTime` scalar takes them (`2026-11-01T05`, `2026-11-01T05:00:00Z`, ...);
 * booleans as `true`/`false`; enum values by name. Every failure is BAD_USER_INPUT naming the
 * parameter, what was expected and what came.
 */
import { BadUserInputError } from '../../errors.js';
import { MAX_LIST_ARGUMENT_ITEMS } from '../../graphql/listArgumentLimits.js';
import { parseDateTime } from '../../time/utcTime.js';
import { isProductFamily, PRODUCT_FAMILIES } from './api/productFamilies.js';

const bad = (name: string, expected: string, got: string): BadUserInputError =>
  new BadUserInputError(`Query parameter "${name}" must be ${expected}, but got: ${JSON.stringify(got)}`, {
    argumentName: name,
  });

/** A query string checked against the parameters an export knows. */
export interface ExportParams {
  /** A list (null when absent); empty items are dropped, so `x=` is an empty list. */
  list(name: string, max?: number): string[] | null;
  /** A list of the values of an enum (null when absent). */
  enumList<E extends string>(name: string, values: readonly E[]): E[] | null;
  /** A single enum value (null when absent). */
  enumValue<E extends string>(name: string, values: readonly E[]): E | null;
  /** Product families, each a family the catalog knows (null when absent). */
  families(name: string): string[] | null;
  dateTime(name: string): Date | null;
  boolean(name: string): boolean | null;
}

/**
 * Refuses a parameter the export does not know (a typo would otherwise silently widen the export)
 * and a single-valued parameter given twice; returns the readers of the rest.
 */
export function exportParams(search: URLSearchParams, known: readonly string[]): ExportParams {
  for (const key of new Set(search.keys())) {
    if (!known.includes(key)) {
      throw new BadUserInputError(`Query parameter "${key}" is not one of ${known.join(', ')}, but it was given`, {
        argumentName: key,
      });
    }
  }
  const single = (name: string): string | null => {
    const all = search.getAll(name);
    if (all.length > 1) throw bad(name, 'given once', all.join('&'));
    return all[0] ?? null;
  };
  const list = (name: string, max = MAX_LIST_ARGUMENT_ITEMS): string[] | null => {
    const all = search.getAll(name);
    if (all.length === 0) return null;
    const items = all
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => v !== '');
    if (items.length > max) throw bad(name, `a list of at most ${max} items`, `${items.length} items`);
    return items;
  };
  const oneOf = <E extends string>(name: string, values: readonly E[], item: string): E => {
    if (!(values as readonly string[]).includes(item)) throw bad(name, `one of ${values.join(', ')}`, item);
    return item as E;
  };
  return {
    list,
    enumList: (name, values) =>
      list(name, Math.max(MAX_LIST_ARGUMENT_ITEMS, values.length))?.map((v) => oneOf(name, values, v)) ?? null,
    enumValue(name, values) {
      const text = single(name);
      return text === null ? null : oneOf(name, values, text);
    },
    families(name) {
      const items = list(name, Math.max(MAX_LIST_ARGUMENT_ITEMS, PRODUCT_FAMILIES.length));
      for (const f of items ?? [])
        if (!isProductFamily(f)) throw bad(name, `product families (${PRODUCT_FAMILIES.join(', ')})`, f);
      return items;
    },
    dateTime(name) {
      const text = single(name);
      if (text === null) return null;
      const parsed = parseDateTime(text);
      if (parsed === null) throw bad(name, 'a date-time such as 2026-11-01T05 or 2026-11-01T05:00:00Z', text);
      return parsed;
    },
    boolean(name) {
      const text = single(name);
      if (text === null) return null;
      if (text !== 'true' && text !== 'false') throw bad(name, 'true or false', text);
      return text === 'true';
    },
  };
}
