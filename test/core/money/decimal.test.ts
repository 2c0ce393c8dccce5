import { describe, expect, it } from 'vitest';
import { decimalFromJson, formatDecimal, parseDecimal, sumDecimals } from '../../../src/money/decimal.js';
import { parseJson } from '../../../src/json/losslessJson.js';

const text = (v: unknown): string | null => {
  const d = decimalFromJson(v);
  return d === null ? null : formatDecimal(d);
};

describe('money: exact decimals', () => {
  it('reads upstream JSON numbers as the literal the upstream wrote, not as the double', () => {
    // As the lossless parser hands them over: safe numbers as numbers, larger integers as bigints.
    const body = parseJson(
      '[0.1, 0.2, 1234.56, 123456789.123456, 0.30000000000000004, 1e-6, 1.5E3, -0.000001, 0, -0, 12345678901234567890, 9007199254740993]',
    ) as unknown[];
    expect(body.map(text)).toEqual([
      '0.1',
      '0.2',
      '1234.56',
      '123456789.123456',
      '0.30000000000000004',
      '0.000001',
      '1500',
      '-0.000001',
      '0',
      '0',
      '12345678901234567890',
      '9007199254740993',
    ]);
    // The double itself is not 0.1: the binary expansion is not what is kept.
    expect((0.1).toFixed(20)).not.toBe('0.10000000000000000000');
  });

  it('refuses what is not a JSON number', () => {
    expect([null, undefined, '12.5', true, {}, [], Number.NaN, Number.POSITIVE_INFINITY].map(text)).toEqual(
      Array.from({ length: 8 }, () => null),
    );
  });

  it('sums exactly where doubles drift, at any magnitude', () => {
    const tenths = Array.from({ length: 10 }, () => 0.1);
    expect(tenths.reduce((a, b) => a + b, 0)).not.toBe(1); // what float summation answers
    expect(formatDecimal(sumDecimals(tenths.map((v) => decimalFromJson(v)!)))).toBe('1');
    expect(formatDecimal(sumDecimals([0.1, 0.2].map((v) => decimalFromJson(v)!)))).toBe('0.3');
    // 20 significant digits would be decimal.js' default precision: the sum needs 41 and keeps them all.
    const big = decimalFromJson(12345678901234567890n)!;
    const tiny = decimalFromJson(0.000000000000000000001)!;
    expect(formatDecimal(sumDecimals([big, tiny]))).toBe('12345678901234567890.000000000000000000001');
    expect(formatDecimal(sumDecimals([]))).toBe('0');
    const cents = Array.from({ length: 10_000 }, (_, i) => decimalFromJson((i % 100) / 100)!);
    expect(formatDecimal(sumDecimals(cents))).toBe('4950');
  });

  it('parses and formats plain decimal notation only', () => {
    expect(
      ['1234.56', '-0.5', '42', '0', '0.000001', '12345678901234567890.01'].map((t) => parseDecimal(t)),
    ).not.toContain(null);
    expect(formatDecimal(parseDecimal('1234.5600')!)).toBe('1234.56');
    expect(formatDecimal(parseDecimal('-0.0')!)).toBe('0');
    expect(formatDecimal(parseDecimal('1000000000000000000000')!)).toBe('1000000000000000000000');
    for (const bad of ['', ' 1', '1 ', '+1', '01', '1.', '.5', '1e3', '1,5', 'NaN', 'Infinity', '0x10', '--1']) {
      expect(parseDecimal(bad), bad).toBeNull();
    }
  });
});
