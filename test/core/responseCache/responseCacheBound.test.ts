import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/gateway/config.js';
import { responseCost } from '../../../src/responseCache/memoryResponseCache.js';
import { startStack, type Stack } from '../../helpers/stack.js';
import { postGraphql } from '../../helpers/rawGraphql.js';

/**
 * The response cache is bounded in bytes (`METERQL_RESPONSE_CACHE_MAX_BYTES`): past the bound the
 * least recently used answers go, and 0 turns it off.
 */

/** The same answer under five names: five entries of the same size. */
const named = (i: number): string => `query Name${i} { account { name } }`;

describe('response cache: the byte bound', () => {
  const stacks: Stack[] = [];
  afterAll(async () => {
    await Promise.all(stacks.map((s) => s.stop()));
  });

  it('keeps at most its bound in bytes, least recently used out first', async () => {
    const probe = await startStack();
    stacks.push(probe);
    const answer = await postGraphql(probe.gateway.url, { query: named(1) });
    // What the cache counts for one entry: a key of `r1:` and a base64url SHA-256, the answer's body
    // in its own buffer, its metadata.
    const body = Buffer.allocUnsafeSlow(Buffer.byteLength(answer.text));
    body.write(answer.text);
    const entryBytes = responseCost(`r1:${'k'.repeat(43)}`, {
      body,
      meta: {
        contentType: String(answer.headers['content-type']),
        etag: String(answer.headers.etag),
        storedAt: 0,
        expiresAt: 0,
        hour: null,
        operationName: 'Name1',
      },
    });
    // Room for four entries, not five (and one entry is below the largest kept, a quarter of the bound).
    const stack = await startStack({}, (c) => ({
      ...c,
      responseCache: { maxBytes: Math.floor(4.5 * entryBytes) },
    }));
    stacks.push(stack);
    for (let i = 1; i <= 5; i++) {
      const res = await postGraphql(stack.gateway.url, { query: named(i) });
      expect(res.text).toBe(answer.text);
    }
    stack.sim.log.clear();
    // Name2..Name5 are kept; Name1, the least recently used, went.
    for (let i = 2; i <= 5; i++) await postGraphql(stack.gateway.url, { query: named(i) });
    expect(stack.sim.log.count()).toBe(0);
    await postGraphql(stack.gateway.url, { query: named(1) });
    expect(stack.sim.log.count()).toBeGreaterThan(0);
  });

  it('0 turns it off: every operation runs, and answers carry no caching headers', async () => {
    const stack = await startStack({}, (c) => ({ ...c, responseCache: { maxBytes: 0 } }));
    stacks.push(stack);
    const first = await postGraphql(stack.gateway.url, { query: named(1) });
    const made = stack.sim.log.count();
    expect(made).toBeGreaterThan(0);
    await postGraphql(stack.gateway.url, { query: named(1) });
    expect(stack.sim.log.count()).toBe(2 * made);
    expect(first.headers['cache-control']).toBeUndefined();
    expect(first.headers.etag).toBeUndefined();
  });

  it('METERQL_RESPONSE_CACHE_MAX_BYTES is read and checked, 64 MiB by default', () => {
    expect(loadConfig({}).responseCache).toEqual({ maxBytes: 64 * 1024 * 1024 });
    expect(loadConfig({ METERQL_RESPONSE_CACHE_MAX_BYTES: '0' }).responseCache).toEqual({ maxBytes: 0 });
    expect(loadConfig({ METERQL_RESPONSE_CACHE_MAX_BYTES: '1048576' }).responseCache).toEqual({ maxBytes: 1048576 });
    for (const bad of ['-1', '1.5', 'lots']) {
      expect(() => loadConfig({ METERQL_RESPONSE_CACHE_MAX_BYTES: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ METERQL_RESPONSE_CACHE_MAX_BYTES: bad })).toThrow(
        `METERQL_RESPONSE_CACHE_MAX_BYTES must be an integer from 0 to ${2 ** 40}, but got: "${bad}"`,
      );
    }
  });
});
