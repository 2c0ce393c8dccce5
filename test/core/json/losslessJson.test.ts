import { describe, expect, it } from 'vitest';
import { parseJson, stringifyJson } from '../../../src/json/losslessJson.js';

describe('lossless JSON', () => {
  it('parses integers beyond 2^53 as bigints and everything else as JSON.parse does', () => {
    const text =
      '{"a":9007199254740993,"b":-9223372036854775808,"c":1234567890123456,"d":12.5,"e":1e21,"f":"99999999999999999999","g":[1,-2,3.25e2],"h":null}';
    const parsed = parseJson(text) as Record<string, unknown>;
    expect(parsed.a).toBe(9007199254740993n);
    expect(parsed.b).toBe(-9223372036854775808n);
    expect(parsed.c).toBe(1234567890123456);
    expect(parsed.d).toBe(12.5);
    expect(parsed.e).toBe(1e21);
    expect(parsed.f).toBe('99999999999999999999');
    expect(parsed.g).toEqual([1, -2, 325]);
    expect(parsed.h).toBeNull();
  });

  it('leaves digits inside strings (with escaped quotes) alone', () => {
    expect(parseJson('{"k\\"1234567890123456789":"x\\"12345678901234567890","n":12345678901234567890}')).toEqual({
      'k"1234567890123456789': 'x"12345678901234567890',
      n: 12345678901234567890n,
    });
  });

  it('a 16-digit integer within the safe range stays a number', () => {
    expect(parseJson('[9007199254740991, -9007199254740991, 9007199254740992]')).toEqual([
      9007199254740991,
      -9007199254740991,
      9007199254740992n,
    ]);
  });

  it('finds a 16-digit unsafe integer at every offset, after whitespace and a minus sign, beside digit runs in strings', () => {
    // The scan looks at some characters only: each alignment of the figure is tried.
    for (let pad = 0; pad < 40; pad++) {
      const id = 'x'.repeat(pad);
      expect(parseJson(`{"id":"${id}","v":9007199254740993}`)).toEqual({ id, v: 9007199254740993n });
      expect(parseJson(`{"id":"${id}","w":[ \n\t-9007199254740993]}`)).toEqual({ id, w: [-9007199254740993n] });
      expect(parseJson(`{"id":"${id}","w":[1,9007199254740993]}`)).toEqual({ id, w: [1, 9007199254740993n] });
    }
    // A run of 16+ digits inside a string, even right after `:`-like text, is not a number.
    expect(parseJson('{"h":"ab:12345678901234567890","n":[1,2]}')).toEqual({ h: 'ab:12345678901234567890', n: [1, 2] });
    expect(parseJson('["0cf6eb81088fa5779648467883234a71b2",12345678901234567]')).toEqual([
      '0cf6eb81088fa5779648467883234a71b2',
      12345678901234567n,
    ]);
  });

  it('throws SyntaxError for text that is not JSON, with or without long integers', () => {
    expect(() => parseJson('{"a":')).toThrow(SyntaxError);
    expect(() => parseJson('{"a":12345678901234567890')).toThrow(SyntaxError);
  });

  it('writes bigints as bare integers and round-trips', () => {
    const value = { total: 12345678901234567890n, small: 5n, list: [1, 'x'] };
    const text = stringifyJson(value);
    expect(text).toBe('{"total":12345678901234567890,"small":5,"list":[1,"x"]}');
    expect(parseJson(text)).toEqual({ total: 12345678901234567890n, small: 5, list: [1, 'x'] });
  });
});
