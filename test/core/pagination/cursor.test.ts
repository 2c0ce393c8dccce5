import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../../src/errors.js';
import { comparePositions, decodeCursor, encodeCursor } from '../../../src/pagination/cursor.js';
import type { StreamPosition } from '../../../src/pagination/cursor.js';

const SECRET = Buffer.from('cursor-test-secret-0123456789abcdef');
const OTHER_SECRET = Buffer.from('cursor-test-secret-0123456789abcdeF');
const VIEW = 'hourlyUsage|org=parent|from=2026-03-01T00|to=2026-03-02T00|families=infra_hosts';
const OTHER_VIEW = 'hourlyUsage|org=parent|from=2026-03-01T00|to=2026-03-02T00|families=logs';

const POSITIONS: readonly StreamPosition[] = [
  { segment: 0, params: 'A', page: null, ordinal: 0, index: 0 },
  { segment: 0, params: 'A', page: 'p1', ordinal: 1, index: 3 },
  { segment: 7, params: '', page: '', ordinal: 1, index: 1_000_000 },
  {
    segment: 2,
    params: 'start=2026-03-01T00&end=2026-03-02T00&families=a,b',
    page: 'eyJuZXh0IjoxfQ==',
    ordinal: 12,
    index: 42,
  },
  { segment: 1, params: 'quotes " and \\ backslash, dots . and ünïcödé ✓', page: 'a.b.c', ordinal: 999_999, index: 5 },
];

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Builds a cursor the way encodeCursor does, from arbitrary payload parts, correctly signed. */
function forge(parts: unknown, secret: Buffer = SECRET): string {
  const payload = Buffer.from(typeof parts === 'string' ? parts : JSON.stringify(parts)).toString('base64url');
  const signature = createHmac('sha256', secret).update(payload).digest().subarray(0, 16).toString('base64url');
  return `${payload}.${signature}`;
}

function tag(viewKey: string): string {
  return createHash('sha256').update(viewKey).digest('base64url').slice(0, 16);
}

function thrown(fn: () => unknown): BadUserInputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(BadUserInputError);
    return error as BadUserInputError;
  }
  throw new Error('expected decodeCursor to throw');
}

/** Replaces the character at `i` with one whose 6-bit value differs in its top bit. */
function flipAt(s: string, i: number): string {
  const value = BASE64URL.indexOf(s[i] as string);
  expect(value).toBeGreaterThanOrEqual(0);
  return s.slice(0, i) + BASE64URL[value ^ 0b100000] + s.slice(i + 1);
}

describe('encodeCursor()', () => {
  it('produces an opaque base64url payload and signature joined by a dot', () => {
    for (const position of POSITIONS) {
      expect(encodeCursor(position, VIEW, SECRET)).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
    }
  });

  it('is deterministic', () => {
    for (const position of POSITIONS) {
      expect(encodeCursor({ ...position }, VIEW, SECRET)).toBe(encodeCursor(position, VIEW, SECRET));
    }
  });

  it('gives distinct cursors for distinct positions, views and secrets', () => {
    const cursors = new Set<string>();
    for (const position of POSITIONS) {
      cursors.add(encodeCursor(position, VIEW, SECRET));
      cursors.add(encodeCursor(position, OTHER_VIEW, SECRET));
      cursors.add(encodeCursor(position, VIEW, OTHER_SECRET));
    }
    expect(cursors.size).toBe(POSITIONS.length * 3);
  });

  it('distinguishes a null upstream page from an empty-string one', () => {
    const first = { segment: 0, params: 'A', page: null, ordinal: 0, index: 0 };
    const empty = { segment: 0, params: 'A', page: '', ordinal: 1, index: 0 };
    expect(encodeCursor(first, VIEW, SECRET)).not.toBe(encodeCursor(empty, VIEW, SECRET));
    expect(decodeCursor(encodeCursor(first, VIEW, SECRET), VIEW, SECRET, 'after').page).toBeNull();
    expect(decodeCursor(encodeCursor(empty, VIEW, SECRET), VIEW, SECRET, 'after').page).toBe('');
  });
});

describe('decodeCursor()', () => {
  it('round-trips every position encodeCursor was given', () => {
    for (const position of POSITIONS) {
      expect(decodeCursor(encodeCursor(position, VIEW, SECRET), VIEW, SECRET, 'after')).toEqual(position);
    }
  });

  it('returns only the position fields', () => {
    const decoded = decodeCursor(encodeCursor(POSITIONS[1] as StreamPosition, VIEW, SECRET), VIEW, SECRET, 'before');
    expect(Object.keys(decoded).sort()).toEqual(['index', 'ordinal', 'page', 'params', 'segment']);
  });

  it('rejects a cursor of a different view, saying it is from a different connection', () => {
    const cursor = encodeCursor(POSITIONS[1] as StreamPosition, OTHER_VIEW, SECRET);
    const error = thrown(() => decodeCursor(cursor, VIEW, SECRET, 'after'));
    expect(error.message).toContain('"after"');
    expect(error.message).toContain('different connection');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'after' });
  });

  it('rejects a cursor signed with another secret', () => {
    const cursor = encodeCursor(POSITIONS[1] as StreamPosition, VIEW, OTHER_SECRET);
    const error = thrown(() => decodeCursor(cursor, VIEW, SECRET, 'before'));
    expect(error.message).toMatch(/^Argument "before" must be a cursor taken from this connection's edges or pageInfo/);
    expect(error.message).not.toContain('different connection');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'before' });
  });

  it('rejects a cursor with any payload character changed', () => {
    for (const position of POSITIONS) {
      const cursor = encodeCursor(position, VIEW, SECRET);
      const dot = cursor.indexOf('.');
      for (let i = 0; i < dot; i++) {
        const error = thrown(() => decodeCursor(flipAt(cursor, i), VIEW, SECRET, 'after'));
        expect(error.extensions.argumentName).toBe('after');
      }
    }
  });

  it('rejects a cursor with any signature character changed', () => {
    for (const position of POSITIONS) {
      const cursor = encodeCursor(position, VIEW, SECRET);
      for (let i = cursor.indexOf('.') + 1; i < cursor.length; i++) {
        thrown(() => decodeCursor(flipAt(cursor, i), VIEW, SECRET, 'after'));
      }
    }
  });

  it('never decodes a one-character edit of a cursor to another position', () => {
    // Base64url decoding ignores the spare low bits of the last signature character, so a few edits
    // there decode to the very same signature; every other edit must be rejected.
    const position = POSITIONS[3] as StreamPosition;
    const cursor = encodeCursor(position, VIEW, SECRET);
    for (let i = 0; i < cursor.length; i++) {
      for (const c of `${BASE64URL}.=+/ `) {
        if (c === cursor[i]) continue;
        const edited = cursor.slice(0, i) + c + cursor.slice(i + 1);
        let decoded: StreamPosition | null = null;
        try {
          decoded = decodeCursor(edited, VIEW, SECRET, 'after');
        } catch (error) {
          expect(error).toBeInstanceOf(BadUserInputError);
        }
        if (decoded !== null) expect(decoded).toEqual(position);
      }
    }
  });

  it('rejects a truncated or extended cursor', () => {
    const cursor = encodeCursor(POSITIONS[1] as StreamPosition, VIEW, SECRET);
    const dot = cursor.indexOf('.');
    for (const bad of [
      cursor.slice(0, -1),
      cursor.slice(0, -4),
      cursor.slice(0, dot),
      cursor.slice(0, dot + 1),
      cursor.slice(1),
      cursor.slice(0, dot - 1) + cursor.slice(dot),
      `${cursor}AAAA`,
      `A${cursor}`,
      `${cursor}.${cursor}`,
    ]) {
      thrown(() => decodeCursor(bad, VIEW, SECRET, 'after'));
    }
  });

  it('rejects garbage strings', () => {
    for (const garbage of [
      '',
      '.',
      '..',
      'abc',
      'abc.',
      '.abc',
      'a.b.c',
      'null',
      '{"segment":0}',
      '😀.😀',
      'x'.repeat(10_000),
    ]) {
      const error = thrown(() => decodeCursor(garbage, VIEW, SECRET, 'before'));
      expect(error.message).toMatch(/^Argument "before" must be a cursor/);
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'before' });
    }
  });

  it('quotes a short bad cursor whole and shortens a long one', () => {
    expect(thrown(() => decodeCursor('abc', VIEW, SECRET, 'after')).message).toContain('but got: "abc"');
    const long = 'y'.repeat(500);
    const message = thrown(() => decodeCursor(long, VIEW, SECRET, 'after')).message;
    expect(message).toContain(`but got: "${'y'.repeat(37)}..."`);
    expect(message).not.toContain('y'.repeat(38));
  });

  it('accepts a correctly signed payload of the right shape (forge matches encodeCursor)', () => {
    const position = POSITIONS[1] as StreamPosition;
    const cursor = forge([
      'mq2',
      tag(VIEW),
      position.segment,
      position.params,
      position.page,
      position.ordinal,
      position.index,
    ]);
    expect(cursor).toBe(encodeCursor(position, VIEW, SECRET));
    expect(decodeCursor(cursor, VIEW, SECRET, 'after')).toEqual(position);
  });

  it('rejects correctly signed payloads of the wrong shape', () => {
    const t = tag(VIEW);
    const shapes: unknown[] = [
      'not json',
      '{"a":1}',
      '"mq1"',
      'null',
      [],
      ['mq2', t, 0, 'A', null],
      // Six-part payloads (the layout before ordinals).
      ['mq2', t, 0, 'A', null, 0],
      ['mq2', t, 0, 'A', 'p1', 3],
      ['mq2', t, 0, 'A', null, 0, 0, 'extra'],
      ['mq', t, 0, 'A', null, 0, 0],
      ['mqx', t, 0, 'A', null, 0, 0],
      ['MQ2', t, 0, 'A', null, 0, 0],
      [null, t, 0, 'A', null, 0, 0],
      ['mq2', t, -1, 'A', null, 0, 0],
      ['mq2', t, 0.5, 'A', null, 0, 0],
      ['mq2', t, '0', 'A', null, 0, 0],
      ['mq2', t, null, 'A', null, 0, 0],
      ['mq2', t, 0, 1, null, 0, 0],
      ['mq2', t, 0, null, null, 0, 0],
      ['mq2', t, 0, 'A', 1, 1, 0],
      ['mq2', t, 0, 'A', ['p1'], 1, 0],
      ['mq2', t, 0, 'A', 'p1', -1, 0],
      ['mq2', t, 0, 'A', 'p1', 1.5, 0],
      ['mq2', t, 0, 'A', 'p1', '1', 0],
      ['mq2', t, 0, 'A', 'p1', null, 0],
      ['mq2', t, 0, 'A', null, null, 0],
      ['mq2', t, 0, 'A', null, '0', 0],
      ['mq2', t, 0, 'A', null, 0, -1],
      ['mq2', t, 0, 'A', null, 0, 1.5],
      ['mq2', t, 0, 'A', null, 0, '0'],
      ['mq2', t, 0, 'A', null, 0, null],
    ];
    for (const shape of shapes) {
      const error = thrown(() => decodeCursor(forge(shape), VIEW, SECRET, 'after'));
      expect(error.message).toMatch(/^Argument "after" must be a cursor/);
    }
  });

  it('accepts a page only with a positive ordinal, and no page only with ordinal 0', () => {
    const t = tag(VIEW);
    const accepted: Array<[string | null, number]> = [
      [null, 0],
      ['p1', 1],
      ['p1', 7],
      ['', 1],
    ];
    for (const [page, ordinal] of accepted) {
      expect(decodeCursor(forge(['mq2', t, 3, 'A', page, ordinal, 2]), VIEW, SECRET, 'after')).toEqual({
        segment: 3,
        params: 'A',
        page,
        ordinal,
        index: 2,
      });
    }
    const rejected: Array<[string | null, number]> = [
      [null, 1],
      [null, 5],
      ['p1', 0],
      ['', 0],
    ];
    for (const [page, ordinal] of rejected) {
      const error = thrown(() => decodeCursor(forge(['mq2', t, 3, 'A', page, ordinal, 2]), VIEW, SECRET, 'before'));
      expect(error.message).toMatch(
        /^Argument "before" must be a cursor taken from this connection's edges or pageInfo/,
      );
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'before' });
    }
  });

  it('rejects an inconsistent ordinal even with a null view key (signature check only)', () => {
    const t = tag(VIEW);
    expect(decodeCursor(forge(['mq2', t, 0, 'A', 'p2', 2, 0]), null, SECRET, 'after').ordinal).toBe(2);
    thrown(() => decodeCursor(forge(['mq2', t, 0, 'A', 'p2', 0, 0]), null, SECRET, 'after'));
    thrown(() => decodeCursor(forge(['mq2', t, 0, 'A', null, 2, 0]), null, SECRET, 'after'));
  });

  it('refuses a signed cursor of another version as such, with or without a view key', () => {
    const t = tag(VIEW);
    for (const [prefix, got] of [
      ['mq1', '1'],
      ['mq0', '0'],
      ['mq3', '3'],
      ['mq10', '10'],
    ] as const) {
      // The current layout, and shapes no version of the current layout has: the version is what counts.
      for (const parts of [[prefix, t, 0, 'A', null, 0, 0], [prefix, t, 0, 'A', null, 0], [prefix]]) {
        for (const viewKey of [VIEW, OTHER_VIEW, null]) {
          const error = thrown(() => decodeCursor(forge(parts), viewKey, SECRET, 'before'));
          expect(error.message).toBe(
            `Argument "before" holds a cursor from another version of this connection (expected cursor version 2, but got version ${got}); restart paging without it`,
          );
          expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'before' });
        }
      }
    }
  });

  it('checks the signature before the version: a tampered cursor of another version is malformed', () => {
    const cursor = forge(['mq1', tag(VIEW), 0, 'A', null, 0, 0], OTHER_SECRET);
    expect(thrown(() => decodeCursor(cursor, VIEW, SECRET, 'after')).message).toMatch(
      /^Argument "after" must be a cursor/,
    );
  });

  it('names the argument it was given in every message', () => {
    const foreign = encodeCursor(POSITIONS[0] as StreamPosition, OTHER_VIEW, SECRET);
    for (const argName of ['after', 'before', 'cursor']) {
      expect(thrown(() => decodeCursor('garbage', VIEW, SECRET, argName)).extensions.argumentName).toBe(argName);
      expect(thrown(() => decodeCursor(foreign, VIEW, SECRET, argName)).message).toContain(`"${argName}"`);
    }
  });
});

describe('comparePositions()', () => {
  const at = (segment: number, ordinal: number, index: number, params = 'A'): StreamPosition => ({
    segment,
    params,
    page: ordinal === 0 ? null : `p${ordinal}`,
    ordinal,
    index,
  });
  const sign = (n: number | null): number | null => (n === null ? null : Math.sign(n));

  /** Positions in stream order. */
  const ORDERED: readonly StreamPosition[] = [
    at(0, 0, 0),
    at(0, 0, 1),
    at(0, 0, 9),
    at(0, 1, 0),
    at(0, 1, 4),
    at(0, 2, 0),
    at(0, 10, 0),
    at(1, 0, 0, 'B'),
    at(1, 0, 3, 'B'),
    at(1, 3, 0, 'B'),
    at(2, 0, 0),
    at(10, 0, 0, 'C'),
  ];

  it('orders positions by segment, then page ordinal, then index', () => {
    for (const [i, a] of ORDERED.entries()) {
      for (const [j, b] of ORDERED.entries()) {
        expect(sign(comparePositions(a, b)), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(Math.sign(i - j));
      }
    }
  });

  it('is zero for equal positions and for a copy', () => {
    for (const position of ORDERED) {
      expect(comparePositions(position, position)).toBe(0);
      expect(comparePositions(position, { ...position })).toBe(0);
    }
  });

  it('orders by segment before anything else, whatever the params, ordinal and index', () => {
    expect(sign(comparePositions(at(0, 50, 99, 'X'), at(1, 0, 0, 'Y')))).toBe(-1);
    expect(sign(comparePositions(at(1, 0, 0, 'Y'), at(0, 50, 99, 'X')))).toBe(1);
    expect(sign(comparePositions(at(3, 0, 0, 'A'), at(2, 9, 9, 'B')))).toBe(1);
  });

  it('orders by ordinal before index within a segment', () => {
    expect(sign(comparePositions(at(0, 1, 99), at(0, 2, 0)))).toBe(-1);
    expect(sign(comparePositions(at(0, 2, 0), at(0, 1, 99)))).toBe(1);
    expect(sign(comparePositions(at(0, 0, 5), at(0, 0, 4)))).toBe(1);
  });

  it('ignores the upstream page cursor string: only the ordinal orders pages', () => {
    const a: StreamPosition = { segment: 0, params: 'A', page: 'zzz', ordinal: 1, index: 0 };
    const b: StreamPosition = { segment: 0, params: 'A', page: 'aaa', ordinal: 2, index: 0 };
    expect(sign(comparePositions(a, b))).toBe(-1);
    expect(comparePositions(a, { ...a, page: 'other' })).toBe(0);
  });

  it('is null for positions of one segment read with different params, in either order', () => {
    for (const [a, b] of [
      [at(0, 0, 0, 'A'), at(0, 0, 0, 'B')],
      [at(0, 0, 1, 'A'), at(0, 3, 0, 'B')],
      [at(4, 2, 0, 'B'), at(4, 0, 7, 'A')],
      [at(1, 0, 0, ''), at(1, 0, 0, 'A')],
    ] as const) {
      expect(comparePositions(a, b)).toBeNull();
      expect(comparePositions(b, a)).toBeNull();
    }
  });
});
