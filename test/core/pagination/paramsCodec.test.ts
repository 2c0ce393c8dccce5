import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../../src/errors.js';
import { defineParamsCodec, paramsField, type ParamsCodec } from '../../../src/pagination/paramsCodec.js';

interface WindowParams {
  start: Date;
  end: Date;
  month: Date | null;
  at: Date;
  families: readonly string[];
  kind: 'month' | 'day';
  descendants: boolean;
  limit: number;
  account: string;
  sort: string | null;
  query: ReadonlyArray<readonly [string, string]>;
  period: { kind: 'month' | 'day'; start: Date };
}

const FIELDS = {
  start: paramsField.hour,
  end: paramsField.hour,
  month: paramsField.nullable(paramsField.month),
  at: paramsField.instant,
  families: paramsField.strings,
  kind: paramsField.oneOf('month', 'day'),
  descendants: paramsField.boolean,
  limit: paramsField.integer,
  account: paramsField.string,
  sort: paramsField.nullable(paramsField.string),
  query: paramsField.pairs,
  period: paramsField.object({ kind: paramsField.oneOf('month', 'day'), start: paramsField.instant }),
};

const codec = defineParamsCodec<WindowParams>({ name: 'window', version: 3, fields: FIELDS });

const VALUE: WindowParams = {
  start: new Date('2026-03-01T05:00:00Z'),
  end: new Date('2026-03-02T00:00:00Z'),
  month: new Date('2026-02-01T00:00:00Z'),
  at: new Date('2026-03-01T05:06:07.089Z'),
  families: ['infra_hosts', 'logs'],
  kind: 'day',
  descendants: true,
  limit: 500,
  account: 'abc-123',
  sort: null,
  query: [
    ['start_month', '2026-01'],
    ['fields', '*'],
  ],
  period: { kind: 'month', start: new Date('2026-03-01T00:00:00Z') },
};

const VALUES: readonly WindowParams[] = [
  VALUE,
  { ...VALUE, month: null, families: [], sort: 'infra_host', account: '', descendants: false, limit: 0, query: [] },
  { ...VALUE, families: ['quotes " and \\ backslash', 'ünïcödé ✓', ''], account: '|,;#' },
  { ...VALUE, kind: 'month', limit: Number.MAX_SAFE_INTEGER, period: { kind: 'day', start: new Date(0) } },
];

/** The fields of VALUE as the codec writes them, in order. */
const VALUE_FIELDS = [
  '2026-03-01T05',
  '2026-03-02T00',
  '2026-02',
  '2026-03-01T05:06:07.089Z',
  ['infra_hosts', 'logs'],
  'day',
  true,
  500,
  'abc-123',
  null,
  [
    ['start_month', '2026-01'],
    ['fields', '*'],
  ],
  ['month', '2026-03-01T00:00:00.000Z'],
];

function refusal(c: ParamsCodec<unknown>, text: string, argName?: string): BadUserInputError {
  try {
    c.decode(text, argName);
  } catch (error) {
    expect(error).toBeInstanceOf(BadUserInputError);
    return error as BadUserInputError;
  }
  throw new Error(`expected ${text} to be refused`);
}

const message = (detail: string, argName = 'after'): string =>
  `Argument "${argName}" holds a cursor from another version of this connection (${detail}); restart paging without it`;

describe('defineParamsCodec()', () => {
  it('writes [name, version, ...fields] as JSON, fields in declared order', () => {
    expect(codec.encode(VALUE)).toBe(JSON.stringify(['window', 3, ...VALUE_FIELDS]));
    expect(codec.name).toBe('window');
    expect(codec.version).toBe(3);
  });

  it('round-trips every value, and re-encodes what it decodes to the very same string', () => {
    for (const value of VALUES) {
      const text = codec.encode(value);
      const decoded = codec.decode(text, 'after');
      expect(decoded).toEqual(value);
      expect(codec.encode(decoded)).toBe(text);
    }
  });

  it('is deterministic, and distinct values write distinct strings', () => {
    const texts = new Set(VALUES.map((v) => codec.encode(v)));
    expect(texts.size).toBe(VALUES.length);
    for (const value of VALUES) expect(codec.encode({ ...value })).toBe(codec.encode(value));
  });

  it('writes only the declared fields, whatever else the value carries', () => {
    const wider = { ...VALUE, extra: 'ignored', period: { ...VALUE.period, extra: 1 } };
    expect(codec.encode(wider)).toBe(codec.encode(VALUE));
  });

  it('refuses params of another codec, naming both', () => {
    const other = defineParamsCodec<WindowParams>({ name: 'otherWindow', version: 3, fields: FIELDS });
    const error = refusal(codec, other.encode(VALUE), 'after');
    expect(error.message).toBe(message('expected window params version 3, but got otherWindow params'));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'after' });
    expect(refusal(other, codec.encode(VALUE), 'before').message).toBe(
      message('expected otherWindow params version 3, but got window params', 'before'),
    );
  });

  it('refuses params of an older or newer version of the same codec', () => {
    for (const version of [1, 2, 4, 40]) {
      const other = defineParamsCodec<WindowParams>({ name: 'window', version, fields: FIELDS });
      const error = refusal(codec, other.encode(VALUE), 'after');
      expect(error.message).toBe(message(`expected window params version 3, but got version ${version}`));
    }
  });

  it('refuses params written before codecs existed, or of no known shape, as of an unknown format', () => {
    const unknown = message('expected window params version 3, but got params of an unknown format');
    for (const text of [
      '',
      'not json',
      // The pre-codec formats of hourly usage, attribution, top average metrics and cost attribution.
      '2026-03-01T00|2026-03-02T00|all|0|500|',
      JSON.stringify(['2026-03-01T00', '2026-03-02T00', 'infra_host_usage', [], true]),
      JSON.stringify(['2026-01', null, ['*'], null, null, [], false]),
      JSON.stringify(['month', '2026-03-01T00:00:00.000Z', 101, null]),
      JSON.stringify([
        ['start_month', '2026-01'],
        ['end_month', '2026-03'],
      ]),
      '{"k":"window","v":3}',
      '[]',
      '["window"]',
      '["window","3"]',
      '[3,"window"]',
      '[null,3]',
      'null',
      '3',
      '"window"',
      '["window 2",3]',
    ]) {
      expect(refusal(codec, text, 'after').message, text).toBe(unknown);
    }
  });

  it('refuses a corrupted field, a missing or extra field, and any string it would not write', () => {
    const text = codec.encode(VALUE);
    const layout = message('expected window params version 3, but got version 3 params of another layout');
    const withField = (i: number, value: unknown): string => {
      const fields: unknown[] = [...VALUE_FIELDS];
      fields[i] = value;
      return JSON.stringify(['window', 3, ...fields]);
    };
    const corrupted: string[] = [
      JSON.stringify(['window', 3, ...VALUE_FIELDS.slice(0, -1)]),
      JSON.stringify(['window', 3, ...VALUE_FIELDS, 'extra']),
      JSON.stringify(['window', 3]),
      // hour: not on the hour, impossible, another format, not a string
      withField(0, '2026-03-01T05:30'),
      withField(0, '2026-02-30T05'),
      withField(0, '2026-03-01'),
      withField(0, 1_000),
      withField(1, null),
      // nullable month
      withField(2, '2026-13'),
      withField(2, '2026-02-01'),
      // instant: not as toISOString writes it
      withField(3, '2026-03-01T05:06:07Z'),
      withField(3, '2026-03-01T05:06:07.089+00:00'),
      // strings
      withField(4, 'infra_hosts,logs'),
      withField(4, ['infra_hosts', 1]),
      withField(4, null),
      // oneOf
      withField(5, 'week'),
      withField(5, 'DAY'),
      // boolean
      withField(6, 1),
      withField(6, 'true'),
      // integer
      withField(7, 1.5),
      withField(7, '500'),
      withField(7, Number.MAX_SAFE_INTEGER + 2),
      // string, nullable string
      withField(8, null),
      withField(9, 7),
      // pairs
      withField(10, [['start_month']]),
      withField(10, [['a', 'b', 'c']]),
      withField(10, [['a', 1]]),
      withField(10, { start_month: '2026-01' }),
      // object
      withField(11, ['month']),
      withField(11, { kind: 'month', start: '2026-03-01T00:00:00.000Z' }),
      withField(11, ['year', '2026-03-01T00:00:00.000Z']),
      // not byte for byte what the codec writes
      text.replace(',', ', '),
      ` ${text}`,
      text.replace('"window",3', '"window",3.0'),
      text.replace('"abc-123"', '"abc\\u002d123"'),
    ];
    for (const bad of corrupted) {
      expect(bad).not.toBe(text);
      expect(refusal(codec, bad, 'after').message, bad).toBe(layout);
    }
  });

  it('never repeats the params it refuses', () => {
    for (const text of ['2026-03-01T00|2026-03-02T00|all|0|500|secret-org', '["window",3,"secret-org"]']) {
      expect(refusal(codec, text, 'after').message).not.toContain('secret-org');
    }
  });

  it('names the argument when told it, and no argument otherwise', () => {
    for (const argName of ['after', 'before']) {
      const error = refusal(codec, 'x', argName);
      expect(error.message).toMatch(new RegExp(`^Argument "${argName}" holds a cursor from another version`));
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: argName });
    }
    const error = refusal(codec, 'x');
    expect(error.message).toMatch(/^A cursor argument holds a cursor from another version of this connection/);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('refuses to define a codec with a bad name or version', () => {
    const fields = { n: paramsField.integer };
    for (const name of ['', '1abc', 'a b', 'a/b', 'a"b']) {
      expect(() => defineParamsCodec<{ n: number }>({ name, version: 1, fields })).toThrow(/name must match/);
    }
    for (const version of [0, -1, 1.5, Number.NaN]) {
      expect(() => defineParamsCodec<{ n: number }>({ name: 'n', version, fields })).toThrow(
        `A params codec version must be a positive integer, but got: ${version}`,
      );
    }
  });
});
