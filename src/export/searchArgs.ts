/**
 * A view's query string read as the arguments of the GraphQL field it mirrors, coerced the way GraphQL
 * coerces them (the `DateTime`, `Month` and `Date` scalars' own parsing, enum values checked), so the
 * field's own argument check (its spec's `parseArgs` function) can take them as they are. Lists are
 * comma-separated or repeated (`?tagBreakdownKeys=team,service` or `?tagBreakdownKeys=team&tagBreakdownKeys=service`).
 * Throws BAD_USER_INPUT naming the parameter, what was expected and what came, so a request is refused
 * before any upstream call; unknown parameters are refused too, so a misspelt filter never widens an export.
 */
import type { GraphQLScalarType } from 'graphql';
import { BadUserInputError } from '../errors.js';
import { DateScalar, DateTimeScalar, MonthScalar } from '../graphql/scalars.js';

/** How one query parameter is read. */
export interface SearchParam<T> {
  /** What it must be, for error messages, e.g. `a Month YYYY-MM`. */
  readonly expected: string;
  readonly list: boolean;
  readonly required: boolean;
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
  dateTime: scalarParam(DateTimeScalar, 'a DateTime (YYYY-MM-DDThh, YYYY-MM-DD or ISO-8601)'),
  month: scalarParam(MonthScalar, 'a Month YYYY-MM'),
  date: scalarParam(DateScalar, 'a Date YYYY-MM-DD'),
  /** One of `values` (an enum's names, exactly as GraphQL spells them). */
  oneOf<V extends string>(values: readonly V[]): Scalar<V> {
    const allowed = new Set<string>(values);
    const expected = `one of ${values.join(', ')}`;
    return {
      expected,
      list: false,
      required: false,
      parse(name, text) {
        if (!allowed.has(text)) throw bad(name, expected, text);
        return text as V;
      },
    };
  },
  /** A list of `item` values. */
  list<T>(item: SearchParam<T>): SearchParam<T[]> & { readonly list: true; readonly required: false } {
    return { ...item, expected: `a comma-separated list of ${item.expected}`, list: true, required: false } as never;
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
        throw new BadUserInputError(`Query parameter "${name}" is required (${param.expected}), but got none`, {
          argumentName: name,
        });
      }
      args[name] = null;
    } else if (param.list) {
      args[name] = all
        .flatMap((v) => v.split(','))
        .filter((v) => v !== '')
        .map((v) => param.parse(name, v));
    } else {
      args[name] = param.parse(name, all[0] as string);
    }
  }
  return args as SearchArgs<S>;
}
