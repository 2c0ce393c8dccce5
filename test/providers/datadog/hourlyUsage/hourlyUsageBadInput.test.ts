import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hoursBefore, startStack, type Stack } from '../../../helpers/stack.js';

/** Every bad input is BAD_USER_INPUT, names what was expected and what came, and costs no upstream call. */
describe('bad input is refused before any upstream call', () => {
  let stack: Stack;
  let start: string;
  beforeAll(async () => {
    stack = await startStack({ maxPageSize: 10 });
    start = hoursBefore(stack.sim.world.now, 24 * 5);
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.sim.log.clear());

  async function expectBadInput(query: string, variables: Record<string, unknown>, message: RegExp): Promise<void> {
    const res = await stack.gql(query, variables);
    expect(res.body.errors?.length, res.text).toBeGreaterThan(0);
    for (const error of res.body.errors ?? []) {
      expect(error.extensions?.code, res.text).toBe('BAD_USER_INPUT');
    }
    expect(res.body.errors?.map((e) => e.message).join('\n')).toMatch(message);
    expect(stack.sim.log.count()).toBe(0);
  }

  const HU = (args: string) => `{ hourlyUsage(${args}) { edges { cursor } } }`;
  const NESTED = (args: string) => `{ orgs { ... on DatadogOrg { name hourlyUsage(${args}) { edges { cursor } } } } }`;

  it.each([
    [
      'malformed hour (literal)',
      HU('start: "2026-13-01T00"'),
      /DateTime must be YYYY-MM-DDThh.*but got: 2026-13-01T00/,
    ],
    ['malformed hour (not a date at all)', HU('start: "yesterday"'), /but got: yesterday/],
    ['hour 24', HU('start: "2026-11-01T24"'), /but got: 2026-11-01T24/],
    ['unknown family', HU('start: "2026-11-01", productFamilies: [infra_host]'), /infra_host.*ProductFamily/],
    [
      'first above the maximum',
      HU('start: "2026-11-01", first: 1001'),
      /"first" must be an integer from 0 to 1000, but got: 1001/,
    ],
    ['negative last', HU('start: "2026-11-01", last: -1'), /"last" must be an integer from 0 to 1000, but got: -1/],
    [
      'garbage cursor',
      HU('start: "2026-11-01", after: "not-a-cursor"'),
      /"after" must be a cursor.*but got: "not-a-cursor"/,
    ],
    [
      'empty family list',
      HU('start: "2026-11-01", productFamilies: []'),
      /"productFamilies" must name at least one family/,
    ],
  ])('%s', async (_name, query, message) => {
    await expectBadInput(query, {}, message);
  });

  it('end before start, with both hours in the message', async () => {
    await expectBadInput(
      HU('start: $s, end: $e'.replace('$s', `"${start}"`).replace('$e', '"2026-01-01T00"')),
      {},
      /"end" must be after "start".*but got start .* and end 2026-01-01T00/,
    );
  });

  it('end equal to start', async () => {
    await expectBadInput(HU(`start: "${start}", end: "${start}"`), {}, /"end" must be after "start"/);
  });

  it('a window beyond the 15-month retention', async () => {
    const old = hoursBefore(stack.sim.world.now, 24 * 470);
    await expectBadInput(
      HU(`start: "${old}"`),
      {},
      /"start" must be within the upstream's 15-month retention .* but got: /,
    );
  });

  it('malformed hour through a variable', async () => {
    await expectBadInput(
      'query($s: DateTime!) { hourlyUsage(start: $s) { edges { cursor } } }',
      { s: '2026-11-01T7' },
      /2026-11-01T7/,
    );
  });

  it('unknown family through a variable', async () => {
    await expectBadInput(
      'query($f: [ProductFamily!]) { hourlyUsage(start: "2026-11-01", productFamilies: $f) { edges { cursor } } }',
      { f: ['logs', 'nope'] },
      /nope/,
    );
  });

  it('bad arguments nested under orgs are refused before even the org lookup', async () => {
    await expectBadInput(
      NESTED('start: "2026-11-01", first: 5000'),
      {},
      /"first" must be an integer from 0 to 1000, but got: 5000/,
    );
    await expectBadInput(NESTED(`start: "${start}", end: "${start}"`), {}, /"end" must be after "start"/);
  });

  it('a tampered cursor is refused, never served as wrong data', async () => {
    const query = `query($start: DateTime!, $after: String) { hourlyUsage(productFamilies: [logs], start: $start, first: 3, after: $after) { pageInfo { endCursor } } }`;
    const first = await stack.gql<{ hourlyUsage: { pageInfo: { endCursor: string } } }>(query, { start });
    const cursor = first.body.data?.hourlyUsage.pageInfo.endCursor ?? '';
    expect(cursor).not.toBe('');
    const [payload, sig] = cursor.split('.') as [string, string];
    const decoded = Buffer.from(payload, 'base64url').toString('utf8');
    // Move the cursor to index 0 of its page, keeping the signature: the signature no longer matches.
    const moved = Buffer.from(decoded.replace(/,(\d+)\]$/, ',0]')).toString('base64url');
    expect(moved).not.toBe(payload);
    stack.sim.log.clear();
    // The first signature character is all signature bits (the last one holds spare bits).
    const resigned = `${payload}.${sig.startsWith('A') ? 'B' : 'A'}${sig.slice(1)}`;
    for (const bad of [`${moved}.${sig}`, resigned, `${payload}x.${sig}`]) {
      await expectBadInput(query, { start, after: bad }, /"after" must be a cursor taken from this connection/);
    }
  });

  it('a cursor reused with other arguments is refused', async () => {
    const query = `query($start: DateTime!, $f: [ProductFamily!], $after: String) { hourlyUsage(productFamilies: $f, start: $start, first: 2, after: $after) { pageInfo { endCursor } } }`;
    const first = await stack.gql<{ hourlyUsage: { pageInfo: { endCursor: string } } }>(query, { start, f: ['logs'] });
    const after = first.body.data?.hourlyUsage.pageInfo.endCursor;
    stack.sim.log.clear();
    await expectBadInput(query, { start, f: ['iot'], after }, /"after" is a cursor from a different connection/);
    await expectBadInput(
      query,
      { start: hoursBefore(stack.sim.world.now, 24 * 6), f: ['logs'], after },
      /different connection/,
    );
  });

  it("one tenant's cursor is refused for another tenant's credentials", async () => {
    const query = `query($start: DateTime!, $after: String) { hourlyUsage(productFamilies: [logs], start: $start, first: 2, after: $after) { pageInfo { endCursor } } }`;
    const first = await stack.gql<{ hourlyUsage: { pageInfo: { endCursor: string } } }>(query, { start });
    const after = first.body.data?.hourlyUsage.pageInfo.endCursor;
    const child = stack.sim.world.orgs[1];
    if (!child) throw new Error('the simulator has no child org');
    stack.sim.log.clear();
    const res = await stack.gql(
      query,
      { start, after },
      { 'DD-API-KEY': child.apiKey, 'DD-APPLICATION-KEY': child.appKey },
    );
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.message).toMatch(/different connection/);
    expect(stack.sim.log.count()).toBe(0);
  });

  it('an operation selecting too many upstream-backed fields is QUERY_TOO_COSTLY, before any call', async () => {
    const fields = Array.from(
      { length: 51 },
      (_, i) => `f${i}: hourlyUsage(start: "${start}", first: 1) { edges { cursor } }`,
    ).join('\n');
    const res = await stack.gql(`{ ${fields} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(res.body.errors?.[0]?.message).toMatch(/selects 51 upstream-backed fields; at most 50/);
    expect(stack.sim.log.count()).toBe(0);
  });

  it('a malformed global ID is BAD_USER_INPUT on that field only', async () => {
    const res = await stack.gql(`{ node(id: "nope") { id } __typename }`);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.path).toEqual(['node']);
    expect(res.body.data).toEqual({ node: null, __typename: 'Query' });
    expect(stack.sim.log.count()).toBe(0);
  });
});
