import { describe, expect, it } from 'vitest';
import { MemoryPageCache, pageCost } from '../../../src/upstream/pageCache.js';

const page = (bytes: number, fill = 'x'): { status: number; text: string } => ({
  status: 200,
  text: fill.repeat(bytes),
});

describe('MemoryPageCache', () => {
  it('never holds more bytes than its bound, evicting the least recently used first', async () => {
    const cache = new MemoryPageCache({ maxBytes: 10_000, maxEntryBytes: 10_000 });
    for (let i = 0; i < 50; i++) {
      await cache.set(`k${i}`, page(900), 60_000);
      expect(cache.bytes).toBeLessThanOrEqual(10_000);
    }
    const perEntry = pageCost('k10', page(900));
    expect(cache.size).toBe(Math.floor(10_000 / perEntry));
    expect(await cache.get('k0')).toBeUndefined();
    expect(await cache.get('k49')).toEqual(page(900));
    // Reading an entry makes it recent: it survives the next insertions, an older one does not.
    const oldest = 50 - cache.size;
    expect(await cache.get(`k${oldest}`)).toBeDefined();
    await cache.set('new', page(900), 60_000);
    expect(await cache.get(`k${oldest}`)).toBeDefined();
    expect(await cache.get(`k${oldest + 1}`)).toBeUndefined();
  });

  it('counts bytes, not characters', async () => {
    const cache = new MemoryPageCache({ maxBytes: 100_000 });
    await cache.set('a', page(1000, 'é'), 60_000);
    expect(cache.bytes).toBe(pageCost('a', page(1000, 'é')));
    expect(cache.bytes).toBeGreaterThan(2000);
  });

  it('does not keep a page larger than the entry bound', async () => {
    const cache = new MemoryPageCache({ maxBytes: 10_000 });
    await cache.set('big', page(5_000), 60_000); // over maxBytes / 4
    expect(await cache.get('big')).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });

  it('forgets a page once its ttl has passed; a ttl of 0 stores nothing', async () => {
    const cache = new MemoryPageCache();
    await cache.set('short', page(10), 20);
    await cache.set('none', page(10), 0);
    expect(await cache.get('short')).toEqual(page(10));
    expect(await cache.get('none')).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(await cache.get('short')).toBeUndefined();
  });

  it('rejects an unusable bound', () => {
    expect(() => new MemoryPageCache({ maxBytes: 0 })).toThrow(/maxBytes must be a positive integer, but got: 0/);
  });
});
