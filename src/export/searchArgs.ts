/**
 * A view's query string read as the arguments of the GraphQL field it mirrors, coerced the way GraphQL
 * coerces them (the `DateTime`, `Month` and `Date` scalars' own parsing, enum values checked), so the
 * field's own argument check (its spec's `parseArgs` function) can take them as they are. Lists are
 * comma-separated or repeated (`?tagBreakdownKeys=team,service` or `?tagBreakdownKeys=team&tagBreakdownKeys=service`),
 * items trimmed, empty items dropped (so `?x=` is an empty list), and bounded as the GraphQL fields bound
 * their list arguments (MAX_LIST_ARGUMENT_ITEMS, or the enum's size when larger).
 * Throws BAD_USER_INPUT naming the parameter, what was expected and what came, so a request is refused
 * before any upstream call; unknown parameters are refused too, so a misspelt filter never widens an export.
 */
import type { GraphQLScalarType } from 'graphql';
import { BadUserInputError } from '../errors.js';
import { MAX_LIST_ARGUMENT_ITEMS } from '../graphql/listArgumentLimits.js';
import { DateScalar, DateTimeScalar, MonthScalar } from '../graphql/scalars.js';

/** How one query parameter is read. */
export interface SearchParam<T> {
  /** What it must be, for error messages, e.g. `a Month YYYY-MM`. */
  readonly expected: string;
  readonly list: boolean;
  readonly required: boolean;
  /** A list's bound: the most items it may hold. */
  readonly maxItems?: number;
  /** The values an enum parameter takes (a list of them may hold each once, however many there are). */
  readonly values?: readonly string[];
  /** Reads one value (one list item); throws BAD_USER_INPUT. */
  parse(name: string, text: string): T;
}

type Scalar<T> = SearchParam<T> & { readonly list: false; readonly required: false };

function bad(name: string, expected: string, text: string): BadUserInputError {
  return new BadUserInputError(`Query parameter "${name}" must be ${expected}, but got: ${JSON.stringify(text)}`, {
    argumentName: name,
  });
}

function scalarParam<T>(scalar: GraphQLScalarType<T, string>, expected: string): Scalar<T> {
  return {
    expected,
    list: false,
    required: false,
    parse(name, text) {
      try {
        return scalar.parseValue(text);
      } catch {
        // The scalar's own refusal, said in the parameter's terms.
        throw bad(name, expected, text);
      }
    },
  };
}

/** The kinds of parameters the GraphQL fields' arguments have. */
export const searchParam = {
  string: { expected: 'a string', list: false, required: false, parse: (_n, text) => text } as Scalar<string>,
  boolean: {
    expected: 'true or false',
    list: false,
    required: false,
    parse(name, text) {
      if (text === 'true') return true;
      if (text === 'false') return false;
      throw bad(name, 'true or false', text);
    },
  } as Scalar<boolean>,
  dateTime: scalarParam(
    DateTimeScalar,
    'a date-time (YYYY-MM-DDThh, YYYY-MM-DD or ISO-8601, e.g. 2026-11-01T05 or 2026-11-01T05:00:00Z)',
  ),
  month: scalarParam(MonthScalar, 'a Month YYYY-MM'),
  date: scalarParam(DateScalar, 'a Date YYYY-MM-DD'),
  /**
   * One of `values` (an enum's names, exactly as GraphQL spells them, or a catalog's names); `what`
   * names them in errors (`one of the product families (infra_hosts, ...)`).
   */
  oneOf<V extends string>(values: readonly V[], what?: string): Scalar<V> {
    const allowed = new Set<string>(values);
    const expected = what === undefined ? `one of ${values.join(', ')}` : `one of the ${what} (${values.join(', ')})`;
    return {
      expected,
      list: false,
      required: false,
      values,
      parse(name, text) {
        if (!allowed.has(text)) throw bad(name, expected, text);
        return text as V;
      },
    };
  },
  /**
   * A list of `item` values, of at most `maxItems` (by default MAX_LIST_ARGUMENT_ITEMS, or the number
   * of `item`'s values when it is an enum with more).
   */
  list<T>(
    item: SearchParam<T>,
    maxItems = Math.max(MAX_LIST_ARGUMENT_ITEMS, item.values?.length ?? 0),
  ): SearchParam<T[]> & { readonly list: true; readonly required: false } {
    return {
      ...item,
      expected: `a comma-separated list of ${item.expected}`,
      list: true,
      required: false,
      maxItems,
    } as never;
  },
  /** A parameter that must be given (a non-null GraphQL argument without a default). */
  required<T>(param: SearchParam<T>): SearchParam<T> & { readonly required: true } {
    return { ...param, required: true };
  },
} satisfies Record<string, unknown>;

type Spec = Record<string, SearchParam<unknown>>;

/** The arguments a spec reads: required ones always present, optional ones null when not given. */
export type SearchArgs<S extends Spec> = {
  [K in keyof S as S[K]['required'] extends true ? K : never]: S[K] extends SearchParam<infer T> ? T : never;
} & {
  [K in keyof S as S[K]['required'] extends true ? never : K]: S[K] extends SearchParam<infer T> ? T | null : never;
};

/** Reads `search` by `spec` (see the module comment). */
export function argsFromSearch<S extends Spec>(search: URLSearchParams, spec: S): SearchArgs<S> {
  const names = Object.keys(spec);
  for (const key of new Set(search.keys())) {
    const param = spec[key];
    if (param === undefined) {
      throw new BadUserInputError(
        `Query parameter "${key}" is not one of ${names.join(', ')}, but it was given (${JSON.stringify(search.get(key))})`,
        { argumentName: key },
      );
    }
    if (!param.list && search.getAll(key).length > 1) {
      throw new BadUserInputError(
        `Query parameter "${key}" must be given once (${param.expected}), but got ${search.getAll(key).length} values: ${JSON.stringify(search.getAll(key))}`,
        { argumentName: key },
      );
    }
  }
  const args: Record<string, unknown> = {};
  for (const [name, param] of Object.entries(spec)) {
    const all = search.getAll(name);
    if (all.length === 0) {
      if (param.required) {
        throw new BadUserInputError(
          `Query parameter "${name}" must be given (${param.expected}): it is required, but got none`,
          { argumentName: name },
        );
      }
      args[name] = null;
    } else if (param.list) {
      const items = all
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter((v) => v !== '');
      const max = param.maxItems ?? MAX_LIST_ARGUMENT_ITEMS;
      if (items.length > max) throw bad(name, `a list of at most ${max} items`, `${items.length} items`);
      args[name] = items.map((v) => param.parse(name, v));
    } else {
      args[name] = param.parse(name, all[0] as string);
    }
  }
  return args as SearchArgs<S>;
}
