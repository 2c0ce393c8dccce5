import { formatHour, formatMonth, parseDateTime, parseMonth } from '../time/utcTime.js';
import { cursorFromAnotherVersion } from './cursor.js';

/**
 * Connection params: the upstream parameters a stream segment is read with, written into an opaque
 * string that keys the page loaders and travels in connection cursors, so that a later request
 * resumes the very upstream stream its cursor came from.
 *
 * Every connection's params go through one {@link ParamsCodec}, which writes them tagged with the
 * codec's name and version: `[name, version, ...fields]` as JSON, each field in the order the codec
 * declares it. Reading checks the tag, every field and that the string is exactly what the codec
 * writes; anything else (params of another codec or version, params written before codecs existed,
 * a layout the fields no longer read) is BAD_USER_INPUT asking the client to restart paging. Cursors
 * are signed, so such params come from another version of this gateway, never from a client's hand.
 *
 * Change a codec's `version` whenever its fields change (order, set or meaning): cursors minted
 * before the change are then refused by name and version instead of being misread.
 */

/** A JSON value, as a params field writes it. */
export type ParamsJson = string | number | boolean | null | readonly ParamsJson[];

/** One field of a params codec: how its value is written into JSON and read back. */
export interface ParamsField<V> {
  write(value: V): ParamsJson;
  /** The value `json` holds, or `undefined` when it is not something {@link write} produces. */
  read(json: unknown): V | undefined;
}

/** The fields of params `T`: one {@link ParamsField} per property, in the order they are written. */
export type ParamsFields<T> = { readonly [K in keyof T]-?: ParamsField<T[K]> };

/** Writes and reads the params of one kind of connection stream. */
export interface ParamsCodec<T> {
  /** Names the stream kind, e.g. `hourlyUsage`; unique among codecs. */
  readonly name: string;
  /** A positive integer, changed whenever the fields change. */
  readonly version: number;
  /** The params string for `value`: deterministic, so equal params make equal loader keys. */
  encode(value: T): string;
  /**
   * Reads a string {@link encode} wrote. Throws BAD_USER_INPUT naming `argName` (the connection
   * argument the string came from, in a cursor) when it is not params of this codec and version.
   */
  decode(text: string, argName?: string): T;
}

/** A field of dates written by `format`; reads only what `format` writes (and `parse` accepts). */
function dateField(format: (date: Date) => string, parse: (text: string) => Date | null): ParamsField<Date> {
  return {
    write: format,
    read(json) {
      if (typeof json !== 'string') return undefined;
      const date = parse(json);
      return date === null || format(date) !== json ? undefined : date;
    },
  };
}

/** The field kinds params are made of. */
export const paramsField = {
  string: {
    write: (value: string) => value,
    read: (json: unknown) => (typeof json === 'string' ? json : undefined),
  } satisfies ParamsField<string>,
  boolean: {
    write: (value: boolean) => value,
    read: (json: unknown) => (typeof json === 'boolean' ? json : undefined),
  } satisfies ParamsField<boolean>,
  /** A safe integer. */
  integer: {
    write: (value: number) => value,
    read: (json: unknown) => (typeof json === 'number' && Number.isSafeInteger(json) ? json : undefined),
  } satisfies ParamsField<number>,
  /** An instant on the hour, written `YYYY-MM-DDThh` (UTC). */
  hour: dateField(formatHour, parseDateTime),
  /** The first instant of a UTC month, written `YYYY-MM`. */
  month: dateField(formatMonth, parseMonth),
  /** Any instant, written as `Date.prototype.toISOString` does. */
  instant: dateField((date) => date.toISOString(), parseDateTime),
  /** A list of strings. */
  strings: {
    write: (value: readonly string[]) => [...value],
    read: (json: unknown) => (Array.isArray(json) && json.every((item) => typeof item === 'string') ? json : undefined),
  } satisfies ParamsField<readonly string[]>,
  /** A list of name/value pairs (e.g. an upstream query string). */
  pairs: {
    write: (value: ReadonlyArray<readonly [string, string]>) => value.map(([name, v]) => [name, v]),
    read: (json: unknown) =>
      Array.isArray(json) &&
      json.every((pair) => Array.isArray(pair) && pair.length === 2 && pair.every((s) => typeof s === 'string'))
        ? (json as Array<[string, string]>)
        : undefined,
  } satisfies ParamsField<ReadonlyArray<readonly [string, string]>>,
  /** One of the given strings. */
  oneOf<const V extends string>(...values: readonly V[]): ParamsField<V> {
    return {
      write: (value) => value,
      read: (json) => (values.includes(json as V) ? (json as V) : undefined),
    };
  },
  /** `field`, or null. */
  nullable<V>(field: ParamsField<V>): ParamsField<V | null> {
    return {
      write: (value) => (value === null ? null : field.write(value)),
      read: (json) => (json === null ? null : field.read(json)),
    };
  },
  /** An object of named fields, written as the list of its field values in order. */
  object<T extends object>(fields: ParamsFields<T>): ParamsField<T> {
    const entries = Object.entries<ParamsField<unknown>>(fields);
    return {
      write: (value) => entries.map(([key, field]) => field.write((value as Record<string, unknown>)[key])),
      read(json) {
        if (!Array.isArray(json) || json.length !== entries.length) return undefined;
        const value: Record<string, unknown> = {};
        for (const [i, [key, field]] of entries.entries()) {
          const read = field.read(json[i]);
          if (read === undefined) return undefined;
          value[key] = read;
        }
        return value as T;
      },
    };
  },
};

const NAME_RE = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Defines the params codec of one kind of connection stream. `fields` names every property of `T`
 * and fixes the order they are written in; `version` must change whenever `fields` does.
 */
export function defineParamsCodec<T extends object>(spec: {
  name: string;
  version: number;
  fields: ParamsFields<T>;
}): ParamsCodec<T> {
  const { name, version } = spec;
  if (!NAME_RE.test(name)) throw new TypeError(`A params codec name must match ${NAME_RE}, but got: ${name}`);
  if (!Number.isSafeInteger(version) || version < 1) {
    throw new TypeError(`A params codec version must be a positive integer, but got: ${version}`);
  }
  const body = paramsField.object<T>(spec.fields);
  const expected = `${name} params version ${version}`;
  const encode = (value: T): string => JSON.stringify([name, version, ...(body.write(value) as ParamsJson[])]);
  return {
    name,
    version,
    encode,
    decode(text, argName) {
      const refuse = (got: string): never => {
        throw cursorFromAnotherVersion(argName, `expected ${expected}, but got ${got}`);
      };
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return refuse('params of an unknown format');
      }
      if (!Array.isArray(parsed) || parsed.length < 2) return refuse('params of an unknown format');
      const [tagName, tagVersion, ...fields] = parsed as unknown[];
      if (typeof tagName !== 'string' || !NAME_RE.test(tagName) || typeof tagVersion !== 'number') {
        return refuse('params of an unknown format');
      }
      if (tagName !== name) return refuse(`${tagName} params`);
      if (tagVersion !== version) return refuse(`version ${tagVersion}`);
      const value = body.read(fields);
      // Exactly what this codec writes, or the fields were written in another layout.
      if (value === undefined || encode(value) !== text) return refuse(`version ${version} params of another layout`);
      return value;
    },
  };
}
