import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hoursBefore, startStack, type GqlResponse, type Stack } from '../../helpers/stack.js';

/** The gateway's cursor secret (config `cursorSecret`): lets the test mint cursors the gateway signed. */
const SECRET = Buffer.from('cursor-versions-test-secret-0123456789');

/** A cursor's signed payload: `[prefix, view tag, segment, params, page, ordinal, index]`. */
type CursorParts = [string, string, number, string, string | null, number, number];

function partsOf(cursor: string): CursorParts {
  const payload = cursor.slice(0, cursor.indexOf('.'));
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as CursorParts;
}

/** Signs `parts` as the gateway does (HMAC-SHA256 of the base64url payload, first 16 bytes). */
function mint(parts: CursorParts): string {
  const payload = Buffer.from(JSON.stringify(parts)).toString('base64url');
  return `${payload}.${createHmac('sha256', SECRET).update(payload).digest().subarray(0, 16).toString('base64url')}`;
}

const month = (now: Date, back: number): string =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7);

/**
 * One connection of the schema: a query paging it with `$after`, its variables, its params codec's
 * name and version, and the params format it had before params codecs (written from the codec's
 * fields, as the former format/parse pair wrote them).
 */
interface Case {
  field: string;
  codec: string;
  version: number;
  query: string;
  variables: (now: Date) => Record<string, unknown>;
  legacy: (fields: unknown[]) => string;
}

const CASES: Case[] = [
  {
    field: 'hourlyUsage',
    codec: 'hourlyUsage',
    version: 1,
    query: `query($start: DateTime!, $after: String) {
      hourlyUsage(productFamilies: [logs], start: $start, first: 2, after: $after) { pageInfo { endCursor } }
    }`,
    variables: (now) => ({ start: hoursBefore(now, 24 * 3) }),
    // start|end|families|includeDescendants|pageLimit|accountPublicId
    legacy: ([start, end, families, desc, limit, account]) =>
      [start, end, (families as string[]).join(','), desc ? '1' : '0', limit, account].join('|'),
  },
  {
    field: 'hourlyUsageAttribution',
    codec: 'hourlyUsageAttribution',
    version: 1,
    query: `query($start: DateTime!, $after: String) {
      hourlyUsageAttribution(usageType: infra_host_usage, start: $start, first: 2, after: $after) { pageInfo { endCursor } }
    }`,
    variables: (now) => ({ start: hoursBefore(now, 24 * 3) }),
    legacy: (fields) => JSON.stringify(fields),
  },
  {
    field: 'monthlyUsageAttribution',
    codec: 'monthlyUsageAttribution',
    version: 1,
    query: `query($month: Month!, $after: String) {
      monthlyUsageAttribution(fields: [infra_host_usage], startMonth: $month, first: 2, after: $after) { pageInfo { endCursor } }
    }`,
    variables: (now) => ({ month: month(now, 1) }),
    legacy: (fields) => JSON.stringify(fields),
  },
  {
    field: 'topAverageMetrics',
    codec: 'topAverageMetrics',
    version: 1,
    query: `query($month: Month!, $after: String) {
      topAverageMetrics(month: $month, first: 2, after: $after) { pageInfo { endCursor } }
    }`,
    variables: (now) => ({ month: month(now, 1) }),
    // [kind, start, limit, names]
    legacy: ([period, limit, names]) => JSON.stringify([...(period as [string, string]), limit, names]),
  },
  {
    field: 'monthlyCostAttribution',
    codec: 'monthlyCostAttribution',
    version: 1,
    query: `query($month: Month!, $after: String) {
      monthlyCostAttribution(startMonth: $month, endMonth: $month, first: 2, after: $after) { pageInfo { endCursor } }
    }`,
    variables: (now) => ({ month: month(now, 1) }),
    // The upstream query's pairs.
    legacy: ([query]) => JSON.stringify(query),
  },
];

const stale = (detail: string): string =>
  `Argument "after" holds a cursor from another version of this connection (${detail}); restart paging without it`;

/**
 * Cursors minted by another version of the gateway (before a params format change, or by a former
 * cursor layout) are BAD_USER_INPUT asking to restart paging, never INTERNAL, and cost no upstream
 * request: through the real gateway and simulator, for every connection.
 */
describe('cursors of another version', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({}, (config) => ({ ...config, cursorSecret: SECRET }));
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.sim.log.clear());

  async function endCursor(c: Case): Promise<string> {
    const res = await stack.gql<Record<string, { pageInfo: { endCursor: string | null } }>>(
      c.query,
      c.variables(stack.sim.world.now),
    );
    expect(res.body.errors, res.text).toBeUndefined();
    const cursor = res.body.data?.[c.field]?.pageInfo.endCursor;
    if (typeof cursor !== 'string') throw new Error(`${c.field} returned no cursor: ${res.text}`);
    return cursor;
  }

  async function expectStale(c: Case, after: string, detail: string): Promise<void> {
    stack.sim.log.clear();
    const res: GqlResponse = await stack.gql(c.query, { ...c.variables(stack.sim.world.now), after });
    expect(res.body.errors, res.text).toHaveLength(1);
    const error = res.body.errors?.[0];
    expect(error?.extensions?.code, res.text).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.argumentName).toBe('after');
    expect(error?.message).toBe(stale(detail));
    expect(res.body.data?.[c.field] ?? null).toBeNull();
    expect(stack.sim.log.count()).toBe(0);
  }

  describe.each(CASES)('$field', (c) => {
    it('mints cursors with the gateway secret, tagged with the codec (sanity check of the fixture)', async () => {
      const cursor = await endCursor(c);
      const parts = partsOf(cursor);
      expect(mint(parts)).toBe(cursor);
      const [name, version] = JSON.parse(parts[3]) as [string, number];
      expect([name, version]).toEqual([c.codec, c.version]);
      // The re-minted cursor is served like the original.
      stack.sim.log.clear();
      const res = await stack.gql(c.query, { ...c.variables(stack.sim.world.now), after: mint(parts) });
      expect(res.body.errors, res.text).toBeUndefined();
    });

    it('a cursor whose params are in the format before params codecs is BAD_USER_INPUT, with no upstream call', async () => {
      const parts = partsOf(await endCursor(c));
      const [, , ...fields] = JSON.parse(parts[3]) as unknown[];
      const legacy = c.legacy(fields);
      parts[3] = legacy;
      await expectStale(
        c,
        mint(parts),
        `expected ${c.codec} params version ${c.version}, but got params of an unknown format`,
      );
    });

    it('a cursor whose params another version of the codec wrote is BAD_USER_INPUT, with no upstream call', async () => {
      const parts = partsOf(await endCursor(c));
      const [name, version, ...fields] = JSON.parse(parts[3]) as [string, number, ...unknown[]];
      for (const other of [version + 1, version - 1]) {
        parts[3] = JSON.stringify([name, other, ...fields]);
        await expectStale(c, mint(parts), `expected ${c.codec} params version ${c.version}, but got version ${other}`);
      }
    });

    it('a cursor of the former layout (prefix mq1, params before codecs) is BAD_USER_INPUT, with no upstream call', async () => {
      const parts = partsOf(await endCursor(c));
      const [, , ...fields] = JSON.parse(parts[3]) as unknown[];
      parts[0] = 'mq1';
      parts[3] = c.legacy(fields);
      await expectStale(c, mint(parts), 'expected cursor version 2, but got version 1');
    });
  });

  it('a cursor with params of another connection is BAD_USER_INPUT naming both', async () => {
    const [hourly, topAverageMetrics] = [CASES[0] as Case, CASES[3] as Case];
    const parts = partsOf(await endCursor(hourly));
    parts[3] = partsOf(await endCursor(topAverageMetrics))[3];
    await expectStale(hourly, mint(parts), 'expected hourlyUsage params version 1, but got topAverageMetrics params');
  });
});
