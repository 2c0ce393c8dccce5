import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hoursBefore, startStack, type Stack } from '../../helpers/stack.js';
import { getGraphql, postGraphql } from '../../helpers/rawGraphql.js';

/**
 * How long the response cache keeps an answer and what it tells HTTP caches, on a gateway whose clock
 * the test moves (the upstream's freshness is measured in durations, so it needs no clock of its
 * own): the least freshness of the upstream pages behind the answer, capped at the end of the hour
 * when the answer read "now"; `max-age`, `age` and `etag` say so, and a GET revalidates to 304.
 */

const MINUTE = 60_000;

const QUERY = `query Usage($start: DateTime!, $end: DateTime) {
  hourlyUsage(productFamilies: [logs], start: $start, end: $end, first: 3) { nodes { hour measurements { usageType value } } }
}`;

describe('response cache: freshness and HTTP caching', () => {
  let stack: Stack;
  /** The gateway's clock, which each test sets. */
  let clock = 0;
  let hoursBack = 24 * 8;
  /** A window of settled data (ended more than the 72 h data delay ago) no earlier test asked for. */
  const settledWindow = (): { start: string; end: string } => {
    hoursBack += 30;
    return {
      start: hoursBefore(stack.sim.world.now, hoursBack),
      end: hoursBefore(stack.sim.world.now, hoursBack - 24),
    };
  };
  const upstream = (): number => stack.sim.log.count();
  const ask = (variables: Record<string, unknown>, headers: Record<string, string> = {}) =>
    postGraphql(stack.gateway.url, { query: QUERY, variables }, headers);

  beforeAll(async () => {
    stack = await startStack({}, (c) => ({ ...c, responseCache: { maxBytes: 8 * 1024 * 1024 } }), undefined, {
      now: () => new Date(clock),
    });
  });
  afterAll(() => stack.stop());
  beforeEach(() => {
    stack.sim.log.clear();
    // The simulator's "now" is the start of an hour.
    clock = stack.sim.world.now.getTime();
  });

  it('settled data is kept an hour (its pages are fresh an hour), then asked again', async () => {
    const variables = settledWindow();
    const first = await ask(variables);
    expect(first.headers['cache-control']).toBe('private, max-age=3600');
    expect(first.headers.age).toBe('0');
    const made = upstream();
    clock += 20 * MINUTE;
    const later = await ask(variables);
    expect(later.text).toBe(first.text);
    expect(later.headers['cache-control']).toBe(`private, max-age=${40 * 60}`);
    expect(later.headers.age).toBe(String(20 * 60));
    expect(upstream()).toBe(made);
    clock += 40 * MINUTE;
    const expired = await ask(variables);
    expect(expired.text).toBe(first.text);
    expect(upstream()).toBe(2 * made);
    expect(expired.headers.age).toBe('0');
  });

  it('an answer that depends on "now" is kept no later than the end of its hour', async () => {
    const variables = settledWindow();
    clock += 50 * MINUTE;
    const first = await ask(variables);
    expect(first.headers['cache-control']).toBe(`private, max-age=${10 * 60}`);
    const made = upstream();
    clock += 9 * MINUTE;
    await ask(variables);
    expect(upstream()).toBe(made);
    clock += 1 * MINUTE; // the next hour
    await ask(variables);
    expect(upstream()).toBe(2 * made);
  });

  it('data that is still changing is kept a minute (its pages are live)', async () => {
    const variables = { start: hoursBefore(stack.sim.world.now, 6), end: hoursBefore(stack.sim.world.now, 2) };
    const first = await ask(variables);
    expect(JSON.parse(first.text).errors).toBeUndefined();
    expect(first.headers['cache-control']).toBe('private, max-age=60');
    const made = upstream();
    clock += 59_000;
    await ask(variables);
    expect(upstream()).toBe(made);
    clock += 1_000;
    await ask(variables);
    expect(upstream()).toBe(2 * made);
  });

  it('an answer that asked nothing of any upstream and read no clock is kept ten minutes', async () => {
    const first = await postGraphql(stack.gateway.url, { query: '{ providers { name displayName } }' });
    expect(upstream()).toBe(0);
    expect(first.headers['cache-control']).toBe('private, max-age=600');
  });

  it('a GET whose If-None-Match names the answer gets 304 without a body', async () => {
    const variables = settledWindow();
    const preflight = { 'apollo-require-preflight': 'true' };
    const first = await getGraphql(stack.gateway.url, QUERY, variables, preflight);
    expect(first.status).toBe(200);
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(first.headers.vary).toBe('accept, origin, dd-api-key, dd-application-key, fastly-key, authorization');
    const made = upstream();
    clock += 5 * MINUTE;
    const revalidated = await getGraphql(stack.gateway.url, QUERY, variables, {
      ...preflight,
      'if-none-match': `"nope", ${String(etag)}`,
    });
    expect(revalidated.status).toBe(304);
    expect(revalidated.text).toBe('');
    expect(revalidated.headers.etag).toBe(etag);
    expect(revalidated.headers['cache-control']).toBe(`private, max-age=${55 * 60}`);
    expect(revalidated.headers.age).toBe(String(5 * 60));
    expect(upstream()).toBe(made);
    // Another tag: the whole answer.
    const other = await getGraphql(stack.gateway.url, QUERY, variables, { ...preflight, 'if-none-match': '"nope"' });
    expect(other.status).toBe(200);
    expect(other.text).toBe(first.text);
    // Revalidating while asking for a fresh answer: executed again, 304 since the bytes are the same.
    const fresh = await getGraphql(stack.gateway.url, QUERY, variables, {
      ...preflight,
      'if-none-match': String(etag),
      'cache-control': 'no-cache',
    });
    expect(fresh.status).toBe(304);
    expect(upstream()).toBe(2 * made);
  });

  it('the same answer over POST carries the same tag, and If-None-Match does not turn it into 304', async () => {
    const variables = settledWindow();
    const preflight = { 'apollo-require-preflight': 'true' };
    const got = await getGraphql(stack.gateway.url, QUERY, variables, preflight);
    const posted = await ask(variables, { 'if-none-match': String(got.headers.etag) });
    expect(posted.status).toBe(200);
    expect(posted.text).toBe(got.text);
    expect(posted.headers.etag).toBe(got.headers.etag);
  });
});
