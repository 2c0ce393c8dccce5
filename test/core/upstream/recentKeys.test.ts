import { describe, expect, it } from 'vitest';
import { RecentKeys } from '../../../src/upstream/recentKeys.js';

describe('RecentKeys', () => {
  it('remembers a key for ttlMs, then forgets it', () => {
    let now = 1_000;
    const keys = new RecentKeys({ ttlMs: 60_000, maxKeys: 10, now: () => now });
    expect(keys.has('a')).toBe(false);
    keys.note('a');
    now += 59_999;
    expect(keys.has('a')).toBe(true);
    now += 1;
    expect(keys.has('a')).toBe(false);
  });

  it('past maxKeys forgets the oldest first; noting a key again makes it the newest', () => {
    const keys = new RecentKeys({ ttlMs: 60_000, maxKeys: 2, now: () => 0 });
    keys.note('a');
    keys.note('b');
    keys.note('a');
    keys.note('c');
    expect([keys.has('a'), keys.has('b'), keys.has('c')]).toEqual([true, false, true]);
  });

  it('refuses bounds that would remember nothing', () => {
    expect(() => new RecentKeys({ ttlMs: 0, maxKeys: 1 })).toThrow(/ttlMs must be > 0, but got: 0/);
    expect(() => new RecentKeys({ ttlMs: 1, maxKeys: 0 })).toThrow(/maxKeys must be >= 1, but got: 0/);
  });
});
