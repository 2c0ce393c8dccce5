import { describe, expect, it } from 'vitest';
import { BadUserInputError, MeterqlError, QueryTooCostlyError } from '../../../src/errors.js';
import { connectionFromStream } from '../../../src/pagination/connectionFromStream.js';
import type { Connection, ConnectionArgs, ConnectionOptions } from '../../../src/pagination/connectionFromStream.js';
import { decodeCursor, encodeCursor } from '../../../src/pagination/cursor.js';
import { defineParamsCodec, paramsField } from '../../../src/pagination/paramsCodec.js';
import type { StreamPosition } from '../../../src/pagination/cursor.js';
import { ArrayStream, pageCursor, pageNumber } from './arrayStream.js';
import type { ArrayStreamOptions, Segments } from './arrayStream.js';

const SECRET = Buffer.from('connection-test-secret-0123456789');
const OTHER_SECRET = Buffer.from('connection-test-secret-0123456780');
const VIEW = 'hourlyUsage|org=parent|from=2026-03-01T00|to=2026-03-02T00';
const OTHER_VIEW = 'hourlyUsage|org=child|from=2026-03-01T00|to=2026-03-02T00';

const OPTIONS: ConnectionOptions = {
  viewKey: VIEW,
  secret: SECRET,
  defaultPageSize: 4,
  maxPageSize: 20,
  maxBackwardPages: 20,
};

/**
 * Five segments with empty pages and empty segments in between:
 *   segment 0: [1, 2, 3] (null) -> [4, 5] (p1) -> [] (p2) -> [6] (p3)
 *   segment 1: [] (null)
 *   segment 2: [7, 8, 9, 10] (null) -> [11] (p1)
 *   segment 3: [] (null) -> [] (p1)
 *   segment 4: [12] (null) -> [13, 14, 15] (p1)
 */
const STREAM: Segments<number> = [
  [[1, 2, 3], [4, 5], [], [6]],
  [[]],
  [[7, 8, 9, 10], [11]],
  [[], []],
  [[12], [13, 14, 15]],
];
const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
const ODD = [1, 3, 5, 7, 9, 11, 13, 15];
/** Every page of STREAM, read once, in order. */
const ALL_READS = [
  'open(0)',
  'page(0,A,p1)',
  'page(0,A,p2)',
  'page(0,A,p3)',
  'open(1)',
  'open(2)',
  'page(2,A,p1)',
  'open(3)',
  'page(3,A,p1)',
  'open(4)',
  'page(4,A,p1)',
];

/** One segment of two pages of five records. */
const TWO_PAGES: Segments<number> = [
  [
    [1, 2, 3, 4, 5],
    [6, 7, 8, 9, 10],
  ],
];

/** One segment of four pages of three records. */
const FOUR_PAGES: Segments<number> = [
  [
    [1, 2, 3],
    [4, 5, 6],
    [7, 8, 9],
    [10, 11, 12],
  ],
];

const odd = (record: number): boolean => record % 2 === 1;

function streamOf(segments: Segments<number> = STREAM, options: ArrayStreamOptions<number> = {}): ArrayStream<number> {
  return new ArrayStream(segments, options);
}

/** Where `record` sits: its page's ordinal is the page's number in its segment (0 for the first page). */
function positionOf(record: number, segments: Segments<number> = STREAM, params = 'A'): StreamPosition {
  for (const [segment, pages] of segments.entries()) {
    for (const [ordinal, records] of pages.entries()) {
      const index = records.indexOf(record);
      if (index >= 0) return { segment, params, page: pageCursor(ordinal), ordinal, index };
    }
  }
  throw new Error(`record ${record} is not in the fixture`);
}

/** The cursor the helper issues for `record`. */
function cursorOf(record: number, segments: Segments<number> = STREAM, params = 'A'): string {
  return encodeCursor(positionOf(record, segments, params), VIEW, SECRET);
}

function run(
  stream: ArrayStream<number>,
  args: ConnectionArgs,
  options: Partial<ConnectionOptions> = {},
): Promise<Connection<number>> {
  return connectionFromStream(stream, args, { ...OPTIONS, ...options });
}

function nodesOf(connection: Connection<unknown>): unknown[] {
  return connection.edges.map((edge) => edge.node);
}

async function rejection(promise: Promise<unknown>): Promise<MeterqlError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(MeterqlError);
    return error as MeterqlError;
  }
  throw new Error('expected the connection to be rejected');
}

function expectPageInfo(
  connection: Connection<unknown>,
  expected: { hasPreviousPage: boolean; hasNextPage: boolean },
): void {
  expect(connection.pageInfo).toEqual({
    ...expected,
    startCursor: connection.edges[0]?.cursor ?? null,
    endCursor: connection.edges[connection.edges.length - 1]?.cursor ?? null,
  });
}

/** Pages forward with `first` from the start until hasNextPage is false; checks each request's reads. */
async function pageForward(
  stream: ArrayStream<number>,
  first: number,
): Promise<{ nodes: unknown[]; requests: number }> {
  const nodes: unknown[] = [];
  let after: string | null = null;
  for (let requests = 1; requests <= 100; requests++) {
    stream.reset();
    const connection: Connection<number> = await run(stream, { first, after });
    expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
    if (after !== null) {
      // Resumes by re-reading the page the cursor sits in, then reads only later pages.
      const from = decodeCursor(after, VIEW, SECRET, 'after');
      expect(stream.reads[0]).toEqual({ op: 'page', segment: from.segment, params: from.params, cursor: from.page });
      for (const read of stream.reads) {
        expect(read.segment > from.segment || pageNumber(read.cursor) >= pageNumber(from.page)).toBe(true);
      }
    }
    for (const edge of connection.edges) expect(edge.cursor).toBe(cursorOf(edge.node));
    nodes.push(...nodesOf(connection));
    if (!connection.pageInfo.hasNextPage) return { nodes, requests };
    expect(connection.edges).toHaveLength(first);
    after = connection.pageInfo.endCursor;
    expect(after).not.toBeNull();
  }
  throw new Error('paging forward did not end');
}

/** Pages backward with `last` from the end until hasPreviousPage is false. */
async function pageBackward(
  stream: ArrayStream<number>,
  last: number,
): Promise<{ nodes: unknown[]; requests: number }> {
  const nodes: unknown[] = [];
  let before: string | null = null;
  for (let requests = 1; requests <= 100; requests++) {
    const connection: Connection<number> = await run(stream, { last, before });
    expect(connection.pageInfo.hasNextPage).toBe(before !== null);
    for (const edge of connection.edges) expect(edge.cursor).toBe(cursorOf(edge.node));
    nodes.unshift(...nodesOf(connection));
    if (!connection.pageInfo.hasPreviousPage) return { nodes, requests };
    expect(connection.edges).toHaveLength(last);
    before = connection.pageInfo.startCursor;
    expect(before).not.toBeNull();
  }
  throw new Error('paging backward did not end');
}

describe('connectionFromStream()', () => {
  describe('forward (first/after)', () => {
    it('returns the default page size when neither first nor last is given', async () => {
      for (const args of [{}, { first: null, last: null, after: null, before: null }] satisfies ConnectionArgs[]) {
        const stream = streamOf();
        const c = await run(stream, args);
        expect(nodesOf(c)).toEqual([1, 2, 3, 4]);
        expectPageInfo(c, { hasPreviousPage: false, hasNextPage: true });
        expect(stream.log).toEqual(['open(0)', 'page(0,A,p1)']);
      }
    });

    it('uses the configured default page size', async () => {
      const c = await run(streamOf(), {}, { defaultPageSize: 7 });
      expect(nodesOf(c)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(c.pageInfo.hasNextPage).toBe(true);
    });

    it('first: 0 returns no edges but reads ahead to tell whether there is a next page', async () => {
      const stream = streamOf();
      const c = await run(stream, { first: 0 });
      expect(c).toEqual({
        edges: [],
        pageInfo: { hasPreviousPage: false, hasNextPage: true, startCursor: null, endCursor: null },
      });
      expect(stream.log).toEqual(['open(0)']);
    });

    it('first: 0 after the last record has no next page', async () => {
      const c = await run(streamOf(), { first: 0, after: cursorOf(15) });
      expect(c).toEqual({
        edges: [],
        pageInfo: { hasPreviousPage: true, hasNextPage: false, startCursor: null, endCursor: null },
      });
    });

    it('first inside one upstream page reads that one page', async () => {
      const stream = streamOf(TWO_PAGES);
      const c = await run(stream, { first: 3 });
      expect(nodesOf(c)).toEqual([1, 2, 3]);
      expectPageInfo(c, { hasPreviousPage: false, hasNextPage: true });
      expect(stream.log).toEqual(['open(0)']);
    });

    it('first equal to the page length reads the next page for the look-ahead record', async () => {
      const stream = streamOf(TWO_PAGES);
      const c = await run(stream, { first: 5 });
      expect(nodesOf(c)).toEqual([1, 2, 3, 4, 5]);
      expectPageInfo(c, { hasPreviousPage: false, hasNextPage: true });
      expect(stream.log).toEqual(['open(0)', 'page(0,A,p1)']);
    });

    it('first/after spans several upstream pages and segments, skipping empty ones', async () => {
      const stream = streamOf();
      const c = await run(stream, { first: 7 });
      expect(nodesOf(c)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expectPageInfo(c, { hasPreviousPage: false, hasNextPage: true });
      expect(stream.log).toEqual(['open(0)', 'page(0,A,p1)', 'page(0,A,p2)', 'page(0,A,p3)', 'open(1)', 'open(2)']);

      stream.reset();
      const next = await run(stream, { first: 5, after: c.pageInfo.endCursor });
      expect(nodesOf(next)).toEqual([8, 9, 10, 11, 12]);
      expectPageInfo(next, { hasPreviousPage: true, hasNextPage: true });
      expect(stream.log).toEqual([
        'page(2,A,null)',
        'page(2,A,p1)',
        'open(3)',
        'page(3,A,p1)',
        'open(4)',
        'page(4,A,p1)',
      ]);
    });

    it('first larger than the total returns every record, reading each page once', async () => {
      const stream = streamOf();
      const c = await run(stream, { first: 20 });
      expect(nodesOf(c)).toEqual(ALL);
      expectPageInfo(c, { hasPreviousPage: false, hasNextPage: false });
      expect(stream.log).toEqual(ALL_READS);
    });

    it('first equal to the total has no next page', async () => {
      const stream = streamOf();
      const c = await run(stream, { first: 15 });
      expect(nodesOf(c)).toEqual(ALL);
      expectPageInfo(c, { hasPreviousPage: false, hasNextPage: false });
      expect(stream.log).toEqual(ALL_READS);
    });

    it('reads through empty pages and segments to find the look-ahead record', async () => {
      const stream = streamOf([[[1, 2, 3], [], []], [[]], [[], [4]]]);
      const c = await run(stream, { first: 3 });
      expect(nodesOf(c)).toEqual([1, 2, 3]);
      expectPageInfo(c, { hasPreviousPage: false, hasNextPage: true });
      expect(stream.log).toEqual(['open(0)', 'page(0,A,p1)', 'page(0,A,p2)', 'open(1)', 'open(2)', 'page(2,A,p1)']);
    });

    it('has no next page when only empty pages and segments follow', async () => {
      const stream = streamOf([[[1, 2, 3], [], []], [[]], [[], []]]);
      const c = await run(stream, { first: 3 });
      expect(nodesOf(c)).toEqual([1, 2, 3]);
      expectPageInfo(c, { hasPreviousPage: false, hasNextPage: false });
      expect(stream.log).toEqual(['open(0)', 'page(0,A,p1)', 'page(0,A,p2)', 'open(1)', 'open(2)', 'page(2,A,p1)']);
    });

    it('returns an empty connection without reading when the segment count is 0', async () => {
      for (const args of [{}, { first: 0 }, { first: 5 }, { first: 20 }] satisfies ConnectionArgs[]) {
        const stream = streamOf([]);
        const c = await run(stream, args);
        expect(c).toEqual({
          edges: [],
          pageInfo: { hasPreviousPage: false, hasNextPage: false, startCursor: null, endCursor: null },
        });
        expect(stream.log).toEqual([]);
      }
    });

    it('returns an empty connection over empty segments, opening each once', async () => {
      const stream = streamOf([[[]], [[], []], [[]]]);
      const c = await run(stream, { first: 5 });
      expect(c).toEqual({
        edges: [],
        pageInfo: { hasPreviousPage: false, hasNextPage: false, startCursor: null, endCursor: null },
      });
      expect(stream.log).toEqual(['open(0)', 'open(1)', 'page(1,A,p1)', 'open(2)']);
    });

    it('after resumes by re-reading only the page the cursor sits in', async () => {
      const stream = streamOf(TWO_PAGES);
      const c = await run(stream, { first: 2, after: cursorOf(7, TWO_PAGES) });
      expect(nodesOf(c)).toEqual([8, 9]);
      expectPageInfo(c, { hasPreviousPage: true, hasNextPage: true });
      expect(stream.log).toEqual(['page(0,A,p1)']);
    });

    it('after the last record of a page continues on the next page', async () => {
      const stream = streamOf(TWO_PAGES);
      const c = await run(stream, { first: 2, after: cursorOf(5, TWO_PAGES) });
      expect(nodesOf(c)).toEqual([6, 7]);
      expect(stream.log).toEqual(['page(0,A,null)', 'page(0,A,p1)']);
    });

    it('after the last record of a segment continues in the next non-empty segment', async () => {
      const stream = streamOf();
      const c = await run(stream, { first: 2, after: cursorOf(6) });
      expect(nodesOf(c)).toEqual([7, 8]);
      expectPageInfo(c, { hasPreviousPage: true, hasNextPage: true });
      expect(stream.log).toEqual(['page(0,A,p3)', 'open(1)', 'open(2)']);
    });

    it('after the last record returns an empty page with no next page', async () => {
      const stream = streamOf();
      const c = await run(stream, { first: 3, after: cursorOf(15) });
      expect(c).toEqual({
        edges: [],
        pageInfo: { hasPreviousPage: true, hasNextPage: false, startCursor: null, endCursor: null },
      });
      expect(stream.log).toEqual(['page(4,A,p1)']);
    });

    it('first larger than what remains after `after` returns the rest', async () => {
      const c = await run(streamOf(), { first: 20, after: cursorOf(9) });
      expect(nodesOf(c)).toEqual([10, 11, 12, 13, 14, 15]);
      expectPageInfo(c, { hasPreviousPage: true, hasNextPage: false });
    });

    it('first/before stops at before', async () => {
      const stream = streamOf();
      const c = await run(stream, { first: 3, before: cursorOf(5) });
      expect(nodesOf(c)).toEqual([1, 2, 3]);
      expectPageInfo(c, { hasPreviousPage: false, hasNextPage: true });

      stream.reset();
      const all = await run(stream, { first: 20, before: cursorOf(5) });
      expect(nodesOf(all)).toEqual([1, 2, 3, 4]);
      expectPageInfo(all, { hasPreviousPage: false, hasNextPage: false });
      // The segment `before` sits in is read with the cursor's params, not opened.
      expect(stream.log).toEqual(['page(0,A,null)', 'page(0,A,p1)']);
    });

    it('first/before at the start of a later page stops without reading that page', async () => {
      const stream = streamOf();
      const c = await run(stream, { first: 20, before: cursorOf(6) });
      expect(nodesOf(c)).toEqual([1, 2, 3, 4, 5]);
      expectPageInfo(c, { hasPreviousPage: false, hasNextPage: false });
      expect(stream.log).toEqual(['page(0,A,null)', 'page(0,A,p1)', 'page(0,A,p2)']);
    });

    it('first/before across segments stops before the segment before opens (before is its first record)', async () => {
      const stream = streamOf();
      const c = await run(stream, { first: 20, before: cursorOf(12) });
      expect(nodesOf(c)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      expectPageInfo(c, { hasPreviousPage: false, hasNextPage: false });
      expect(stream.log).toEqual([...ALL_READS.slice(0, 9)]);
    });

    it('first over a filtered view returns only included records', async () => {
      const stream = streamOf(STREAM, { include: odd });
      const c = await run(stream, { first: 3 });
      expect(nodesOf(c)).toEqual([1, 3, 5]);
      expectPageInfo(c, { hasPreviousPage: false, hasNextPage: true });
      // The look-ahead record (7) is in segment 2.
      expect(stream.log).toEqual(['open(0)', 'page(0,A,p1)', 'page(0,A,p2)', 'page(0,A,p3)', 'open(1)', 'open(2)']);
    });

    it('first over a view that includes nothing reads everything and returns nothing', async () => {
      const stream = streamOf(STREAM, { include: () => false });
      const c = await run(stream, { first: 3 });
      expect(c).toEqual({
        edges: [],
        pageInfo: { hasPreviousPage: false, hasNextPage: false, startCursor: null, endCursor: null },
      });
      expect(stream.log).toEqual(ALL_READS);
    });

    it('issues edge cursors that encode each record position', async () => {
      const c = await run(streamOf(), { first: 20 });
      for (const edge of c.edges) {
        expect(decodeCursor(edge.cursor, VIEW, SECRET, 'after')).toEqual(positionOf(edge.node));
        expect(edge.cursor).toBe(cursorOf(edge.node));
      }
    });

    it('any edge cursor used as after continues right after that edge', async () => {
      const c = await run(streamOf(), { first: 20 });
      for (const [i, edge] of c.edges.entries()) {
        const next = await run(streamOf(), { first: 2, after: edge.cursor });
        expect(nodesOf(next)).toEqual(ALL.slice(i + 1, i + 3));
        expect(next.pageInfo.hasNextPage).toBe(i + 3 < ALL.length);
        expect(next.edges.map((e) => e.cursor)).toEqual(next.edges.map((e) => cursorOf(e.node)));
      }
    });
  });

  describe('reading ahead', () => {
    /** FOUR_PAGES with a readAhead that records where it was called and how many reads came before. */
    function readingAhead(): { stream: ArrayStream<number>; calls: string[] } {
      const stream = streamOf(FOUR_PAGES);
      const calls: string[] = [];
      Object.assign(stream, {
        readAhead(position: StreamPosition, wanted: number): void {
          calls.push(`at ${position.ordinal}/${position.index} for ${wanted}, after ${stream.reads.length} reads`);
        },
      });
      return { stream, calls };
    }

    it('starts as soon as the walk has its first page, and again where a page with more to come ends', async () => {
      const { stream, calls } = readingAhead();
      const connection = await run(stream, { first: 4 });
      expect(nodesOf(connection)).toEqual([1, 2, 3, 4]);
      // First at the start of the first page (before the second page is read), then at record 4.
      expect(calls).toEqual(['at 0/0 for 5, after 1 reads', 'at 1/0 for 5, after 2 reads']);
      const resumed = readingAhead();
      await run(resumed.stream, { first: 2, after: cursorOf(5, FOUR_PAGES) });
      expect(resumed.calls).toEqual(['at 1/1 for 3, after 1 reads', 'at 2/0 for 3, after 2 reads']);
    });

    it('a page with nothing more to come, or a backward page, reads ahead only from where it starts, or not at all', async () => {
      const { stream, calls } = readingAhead();
      await run(stream, { first: 12 });
      expect(calls).toEqual(['at 0/0 for 13, after 1 reads']);
      const backward = readingAhead();
      await run(backward.stream, { last: 2 });
      await run(backward.stream, { first: 2, before: cursorOf(9, FOUR_PAGES) });
      expect(backward.calls).toEqual([]);
    });
  });

  describe('paging forward with first/after', () => {
    const cases = [1, 2, 3, 4, 5, 6, 7].flatMap((size) => [
      { size, view: 'all', include: undefined, expected: ALL },
      { size, view: 'odd', include: odd, expected: ODD },
    ]);
    it.each(cases)(
      'first: $size over the $view view yields every included record once, in order',
      async ({ size, include, expected }) => {
        const stream = streamOf(STREAM, include ? { include } : {});
        const { nodes, requests } = await pageForward(stream, size);
        expect(nodes).toEqual(expected);
        expect(requests).toBe(Math.ceil(expected.length / size));
      },
    );

    it('yields nothing from an empty stream in one request', async () => {
      expect(await pageForward(streamOf([]), 3)).toEqual({ nodes: [], requests: 1 });
      expect(await pageForward(streamOf([[[]], [[]]]), 3)).toEqual({ nodes: [], requests: 1 });
    });
  });

  describe('backward (last/before)', () => {
    it('last without before returns the tail of the stream', async () => {
      const stream = streamOf();
      const c = await run(stream, { last: 3 });
      expect(nodesOf(c)).toEqual([13, 14, 15]);
      expectPageInfo(c, { hasPreviousPage: true, hasNextPage: false });
      expect(stream.log).toEqual(ALL_READS);
    });

    it('last larger than the total returns everything with no previous page', async () => {
      const c = await run(streamOf(), { last: 20 });
      expect(nodesOf(c)).toEqual(ALL);
      expectPageInfo(c, { hasPreviousPage: false, hasNextPage: false });
    });

    it('last equal to the total has no previous page', async () => {
      const c = await run(streamOf(), { last: 15 });
      expect(nodesOf(c)).toEqual(ALL);
      expectPageInfo(c, { hasPreviousPage: false, hasNextPage: false });
    });

    it('last: 0 returns no edges', async () => {
      const c = await run(streamOf(), { last: 0 });
      expect(c).toEqual({
        edges: [],
        pageInfo: { hasPreviousPage: true, hasNextPage: false, startCursor: null, endCursor: null },
      });
      const stream = streamOf(TWO_PAGES);
      const before = await run(stream, { last: 0, before: cursorOf(8, TWO_PAGES) });
      expect(before).toEqual({
        edges: [],
        pageInfo: { hasPreviousPage: true, hasNextPage: true, startCursor: null, endCursor: null },
      });
      expect(stream.log).toEqual(['page(0,A,p1)']);
    });

    it('returns an empty connection without reading when the segment count is 0', async () => {
      for (const last of [0, 1, 20]) {
        const stream = streamOf([]);
        const c = await run(stream, { last });
        expect(c).toEqual({
          edges: [],
          pageInfo: { hasPreviousPage: false, hasNextPage: false, startCursor: null, endCursor: null },
        });
        expect(stream.log).toEqual([]);
      }
    });

    it('last/before with enough records in the before page reads exactly that one page', async () => {
      const stream = streamOf(TWO_PAGES);
      const c = await run(stream, { last: 2, before: cursorOf(9, TWO_PAGES) });
      expect(nodesOf(c)).toEqual([7, 8]);
      expectPageInfo(c, { hasPreviousPage: true, hasNextPage: true });
      expect(stream.log).toEqual(['page(0,A,p1)']);
      expect(c.edges.map((edge) => edge.cursor)).toEqual([cursorOf(7, TWO_PAGES), cursorOf(8, TWO_PAGES)]);
    });

    it('last/before with exactly last records in the before page walks from the start', async () => {
      const stream = streamOf(TWO_PAGES);
      const c = await run(stream, { last: 3, before: cursorOf(9, TWO_PAGES) });
      expect(nodesOf(c)).toEqual([6, 7, 8]);
      expectPageInfo(c, { hasPreviousPage: true, hasNextPage: true });
      expect(stream.log).toEqual(['page(0,A,p1)', 'page(0,A,null)', 'page(0,A,p1)']);
    });

    it('last/before at the start of a segment walks back across pages and segments', async () => {
      const stream = streamOf();
      const c = await run(stream, { last: 2, before: cursorOf(7) });
      expect(nodesOf(c)).toEqual([5, 6]);
      expectPageInfo(c, { hasPreviousPage: true, hasNextPage: true });
      expect(stream.log).toEqual([
        'page(2,A,null)',
        'open(0)',
        'page(0,A,p1)',
        'page(0,A,p2)',
        'page(0,A,p3)',
        'open(1)',
      ]);
    });

    it('last/before the first record is empty with no previous page', async () => {
      const c = await run(streamOf(), { last: 3, before: cursorOf(1) });
      expect(c).toEqual({
        edges: [],
        pageInfo: { hasPreviousPage: false, hasNextPage: true, startCursor: null, endCursor: null },
      });
    });

    it('last/before larger than what precedes before returns all of it', async () => {
      const c = await run(streamOf(), { last: 20, before: cursorOf(12) });
      expect(nodesOf(c)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      expectPageInfo(c, { hasPreviousPage: false, hasNextPage: true });
    });

    it('last over a filtered view returns only included records', async () => {
      const stream = streamOf(TWO_PAGES, { include: odd });
      const c = await run(stream, { last: 2, before: cursorOf(9, TWO_PAGES) });
      expect(nodesOf(c)).toEqual([5, 7]);
      expectPageInfo(c, { hasPreviousPage: true, hasNextPage: true });
      // Only one included record (7) precedes 9 in its page: not enough, so it walks from the start.
      expect(stream.log).toEqual(['page(0,A,p1)', 'page(0,A,null)', 'page(0,A,p1)']);

      stream.reset();
      const tail = await run(stream, { last: 2 });
      expect(nodesOf(tail)).toEqual([7, 9]);
      expectPageInfo(tail, { hasPreviousPage: true, hasNextPage: false });
    });

    it('last/after walks from the page after sits in, never from the start', async () => {
      const stream = streamOf();
      const c = await run(stream, { last: 2, after: cursorOf(11) });
      expect(nodesOf(c)).toEqual([14, 15]);
      expectPageInfo(c, { hasPreviousPage: true, hasNextPage: false });
      expect(stream.log).toEqual(['page(2,A,p1)', 'open(3)', 'page(3,A,p1)', 'open(4)', 'page(4,A,p1)']);

      const rest = await run(streamOf(), { last: 20, after: cursorOf(11) });
      expect(nodesOf(rest)).toEqual([12, 13, 14, 15]);
      expectPageInfo(rest, { hasPreviousPage: false, hasNextPage: false });
    });

    it('a backward walk over more than maxBackwardPages pages throws QUERY_TOO_COSTLY before reading past the bound', async () => {
      const pages: Segments<number> = [[[1], [2], [3], [4], [5], [6]]];
      const stream = streamOf(pages);
      const error = await rejection(run(stream, { last: 1 }, { maxBackwardPages: 3 }));
      expect(error).toBeInstanceOf(QueryTooCostlyError);
      expect(error.extensions).toEqual({ code: 'QUERY_TOO_COSTLY', maxUpstreamPages: 3 });
      expect(error.message).toContain('more than 3 upstream pages');
      expect(stream.log).toEqual(['open(0)', 'page(0,A,p1)', 'page(0,A,p2)']);

      // Same with before: the read of the before page does not suffice and counts toward the bound.
      const before = streamOf(pages);
      const fromBefore = await rejection(run(before, { last: 2, before: cursorOf(6, pages) }, { maxBackwardPages: 3 }));
      expect(fromBefore.extensions).toEqual({ code: 'QUERY_TOO_COSTLY', maxUpstreamPages: 3 });
      expect(before.log).toEqual(['page(0,A,p5)', 'page(0,A,null)', 'page(0,A,p1)']);
    });

    it('a backward walk of exactly maxBackwardPages pages succeeds', async () => {
      const pages: Segments<number> = [[[1], [2], [3]]];
      const stream = streamOf(pages);
      const c = await run(stream, { last: 1 }, { maxBackwardPages: 3 });
      expect(nodesOf(c)).toEqual([3]);
      expect(stream.log).toEqual(['open(0)', 'page(0,A,p1)', 'page(0,A,p2)']);
    });

    it('maxBackwardPages counts pages from after, not from the start', async () => {
      const pages: Segments<number> = [[[1], [2], [3], [4], [5], [6]]];
      const stream = streamOf(pages);
      const c = await run(stream, { last: 2, after: cursorOf(4, pages) }, { maxBackwardPages: 3 });
      expect(nodesOf(c)).toEqual([5, 6]);
      expect(stream.log).toEqual(['page(0,A,p3)', 'page(0,A,p4)', 'page(0,A,p5)']);
    });

    it('maxBackwardPages does not bound forward paging', async () => {
      const stream = streamOf();
      const c = await run(stream, { first: 20 }, { maxBackwardPages: 1 });
      expect(nodesOf(c)).toEqual(ALL);
      expect(stream.log).toEqual(ALL_READS);
    });

    it('the cheap path costs one page of maxBackwardPages', async () => {
      const stream = streamOf(TWO_PAGES);
      const c = await run(stream, { last: 2, before: cursorOf(9, TWO_PAGES) }, { maxBackwardPages: 1 });
      expect(nodesOf(c)).toEqual([7, 8]);
      expect(stream.log).toEqual(['page(0,A,p1)']);

      const none = streamOf(TWO_PAGES);
      const error = await rejection(run(none, { last: 2, before: cursorOf(9, TWO_PAGES) }, { maxBackwardPages: 0 }));
      expect(error.extensions).toEqual({ code: 'QUERY_TOO_COSTLY', maxUpstreamPages: 0 });
      expect(none.reads).toEqual([]);
    });

    it('the read of the before page counts toward maxBackwardPages when a walk follows', async () => {
      // One page [1, 2, 3]; last: 3 before 3: the before page holds only 1 and 2, so a walk of one
      // more page follows. Two reads in all: one page of budget is not enough.
      const pages: Segments<number> = [[[1, 2, 3]]];
      const tight = streamOf(pages);
      const error = await rejection(run(tight, { last: 3, before: cursorOf(3, pages) }, { maxBackwardPages: 1 }));
      expect(error).toBeInstanceOf(QueryTooCostlyError);
      expect(error.extensions).toEqual({ code: 'QUERY_TOO_COSTLY', maxUpstreamPages: 1 });
      expect(tight.log).toEqual(['page(0,A,null)']);

      const enough = streamOf(pages);
      const c = await run(enough, { last: 3, before: cursorOf(3, pages) }, { maxBackwardPages: 2 });
      expect(nodesOf(c)).toEqual([1, 2]);
      expectPageInfo(c, { hasPreviousPage: false, hasNextPage: true });
      expect(enough.log).toEqual(['page(0,A,null)', 'page(0,A,null)']);
    });

    it('maxBackwardPages is a strict bound on every read of a backward request', async () => {
      const requests: ConnectionArgs[] = [
        { last: 1 },
        { last: 20 },
        { last: 2, before: cursorOf(13) },
        { last: 20, before: cursorOf(15) },
        { last: 3, after: cursorOf(2) },
      ];
      for (const args of requests) {
        for (let max = 0; max <= 14; max++) {
          const stream = streamOf();
          try {
            await run(stream, args, { maxBackwardPages: max });
          } catch (error) {
            expect(error).toBeInstanceOf(QueryTooCostlyError);
          }
          expect(stream.reads.length, `${JSON.stringify(args)} with maxBackwardPages ${max}`).toBeLessThanOrEqual(max);
        }
      }
    });

    it('a backward walk counts segment opens toward maxBackwardPages', async () => {
      const segments: Segments<number> = [[[1]], [[2]], [[3]], [[4]], [[5]]];
      const stream = streamOf(segments);
      const error = await rejection(run(stream, { last: 1 }, { maxBackwardPages: 2 }));
      expect(error).toBeInstanceOf(QueryTooCostlyError);
      expect(error.extensions).toEqual({ code: 'QUERY_TOO_COSTLY', maxUpstreamPages: 2 });
      expect(stream.log).toEqual(['open(0)', 'open(1)']);

      const four = streamOf(segments);
      expect((await rejection(run(four, { last: 1 }, { maxBackwardPages: 4 }))).extensions.code).toBe(
        'QUERY_TOO_COSTLY',
      );
      expect(four.log).toEqual(['open(0)', 'open(1)', 'open(2)', 'open(3)']);

      const five = streamOf(segments);
      const c = await run(five, { last: 1 }, { maxBackwardPages: 5 });
      expect(nodesOf(c)).toEqual([5]);
      expect(five.log).toEqual(['open(0)', 'open(1)', 'open(2)', 'open(3)', 'open(4)']);
    });

    it('a backward walk counts opens of empty segments too', async () => {
      const segments: Segments<number> = [[[1]], [[]], [[]], [[]], [[2]]];
      const stream = streamOf(segments);
      const error = await rejection(run(stream, { last: 1, before: cursorOf(2, segments) }, { maxBackwardPages: 4 }));
      expect(error.extensions.code).toBe('QUERY_TOO_COSTLY');
      // The before page, then segments 0 to 2; segment 3 would be the fifth read.
      expect(stream.log).toEqual(['page(4,A,null)', 'open(0)', 'open(1)', 'open(2)']);
    });

    it('a backward walk from after in an earlier page stops exactly at before in a later page of the segment', async () => {
      const stream = streamOf(FOUR_PAGES);
      const c = await run(stream, { last: 20, after: cursorOf(2, FOUR_PAGES), before: cursorOf(8, FOUR_PAGES) });
      expect(nodesOf(c)).toEqual([3, 4, 5, 6, 7]);
      expectPageInfo(c, { hasPreviousPage: false, hasNextPage: true });
      // The before page (ordinal 2), then from the after page up to it; the last page is never read.
      expect(stream.log).toEqual(['page(0,A,p2)', 'page(0,A,null)', 'page(0,A,p1)', 'page(0,A,p2)']);
      expect(c.edges.map((edge) => edge.cursor)).toEqual([3, 4, 5, 6, 7].map((r) => cursorOf(r, FOUR_PAGES)));

      stream.reset();
      const tail = await run(stream, { last: 2, after: cursorOf(2, FOUR_PAGES), before: cursorOf(8, FOUR_PAGES) });
      expect(nodesOf(tail)).toEqual([6, 7]);
      expectPageInfo(tail, { hasPreviousPage: true, hasNextPage: true });
      expect(stream.log).toEqual(['page(0,A,p2)', 'page(0,A,null)', 'page(0,A,p1)', 'page(0,A,p2)']);

      // before at index 0 of its page: the walk stops at the page boundary, without reading that page again.
      stream.reset();
      const boundary = await run(stream, {
        last: 20,
        after: cursorOf(4, FOUR_PAGES),
        before: cursorOf(10, FOUR_PAGES),
      });
      expect(nodesOf(boundary)).toEqual([5, 6, 7, 8, 9]);
      expectPageInfo(boundary, { hasPreviousPage: false, hasNextPage: true });
      expect(stream.log).toEqual(['page(0,A,p3)', 'page(0,A,p1)', 'page(0,A,p2)']);

      // Exactly that many pages of budget suffice; one fewer does not.
      const window: ConnectionArgs = { last: 20, after: cursorOf(2, FOUR_PAGES), before: cursorOf(8, FOUR_PAGES) };
      expect(nodesOf(await run(streamOf(FOUR_PAGES), window, { maxBackwardPages: 4 }))).toEqual([3, 4, 5, 6, 7]);
      const short = await rejection(run(streamOf(FOUR_PAGES), window, { maxBackwardPages: 3 }));
      expect(short.extensions.code).toBe('QUERY_TOO_COSTLY');
    });

    it('a walk stops at the page after the one before sits in, even if before is past that page end', async () => {
      // A cursor whose index lies beyond its page (the upstream page shrank since it was issued).
      const before = encodeCursor({ segment: 0, params: 'A', page: 'p1', ordinal: 1, index: 99 }, VIEW, SECRET);
      const backward = streamOf(FOUR_PAGES);
      const c = await run(backward, { last: 20, before });
      expect(nodesOf(c)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(backward.log).toEqual(['page(0,A,p1)', 'page(0,A,null)', 'page(0,A,p1)']);

      const forward = streamOf(FOUR_PAGES);
      const f = await run(forward, { first: 20, before });
      expect(nodesOf(f)).toEqual([1, 2, 3, 4, 5, 6]);
      expectPageInfo(f, { hasPreviousPage: false, hasNextPage: false });
      expect(forward.log).toEqual(['page(0,A,null)', 'page(0,A,p1)']);
    });
  });

  describe('paging backward with last/before', () => {
    const cases = [1, 2, 3, 4, 5, 6, 7].flatMap((size) => [
      { size, view: 'all', include: undefined, expected: ALL },
      { size, view: 'odd', include: odd, expected: ODD },
    ]);
    it.each(cases)(
      'last: $size over the $view view yields every included record once, in order',
      async ({ size, include, expected }) => {
        const stream = streamOf(STREAM, include ? { include } : {});
        const { nodes, requests } = await pageBackward(stream, size);
        expect(nodes).toEqual(expected);
        expect(requests).toBe(Math.ceil(expected.length / size));
      },
    );

    it('yields nothing from an empty stream in one request', async () => {
      expect(await pageBackward(streamOf([]), 3)).toEqual({ nodes: [], requests: 1 });
      expect(await pageBackward(streamOf([[[]], [[]]]), 3)).toEqual({ nodes: [], requests: 1 });
    });

    it('cursors issued backward page forward, and the other way round', async () => {
      const tail = await run(streamOf(), { last: 4 });
      expect(nodesOf(tail)).toEqual([12, 13, 14, 15]);
      const forward = await run(streamOf(), { first: 3, after: tail.pageInfo.startCursor });
      expect(nodesOf(forward)).toEqual([13, 14, 15]);

      const head = await run(streamOf(), { first: 8 });
      const backward = await run(streamOf(), { last: 3, before: head.pageInfo.endCursor });
      expect(nodesOf(backward)).toEqual([5, 6, 7]);
    });
  });

  describe('first and last together', () => {
    it('first then last keeps the tail of the first records', async () => {
      const c = await run(streamOf(), { first: 5, last: 2 });
      expect(nodesOf(c)).toEqual([4, 5]);
      expectPageInfo(c, { hasPreviousPage: true, hasNextPage: true });
    });

    it('last larger than first keeps all the first records', async () => {
      const c = await run(streamOf(), { first: 2, last: 5 });
      expect(nodesOf(c)).toEqual([1, 2]);
      expectPageInfo(c, { hasPreviousPage: false, hasNextPage: true });
    });

    it('last equal to first keeps all the first records', async () => {
      const c = await run(streamOf(), { first: 5, last: 5 });
      expect(nodesOf(c)).toEqual([1, 2, 3, 4, 5]);
      expectPageInfo(c, { hasPreviousPage: false, hasNextPage: true });
    });

    it('first and last beyond the total return everything', async () => {
      const c = await run(streamOf(), { first: 20, last: 20 });
      expect(nodesOf(c)).toEqual(ALL);
      expectPageInfo(c, { hasPreviousPage: false, hasNextPage: false });
    });

    it('first and last with after apply after the cursor', async () => {
      const c = await run(streamOf(), { first: 4, last: 2, after: cursorOf(2) });
      expect(nodesOf(c)).toEqual([5, 6]);
      expectPageInfo(c, { hasPreviousPage: true, hasNextPage: true });
    });

    it('first: 0 with last returns no edges, reading ahead one record for an exact hasNextPage', async () => {
      const stream = streamOf();
      const c = await run(stream, { first: 0, last: 3 });
      expect(c).toEqual({
        edges: [],
        pageInfo: { hasPreviousPage: false, hasNextPage: true, startCursor: null, endCursor: null },
      });
      expect(stream.log).toEqual(['open(0)']);

      stream.reset();
      const end = await run(stream, { first: 0, last: 3, after: cursorOf(15) });
      expect(end).toEqual({
        edges: [],
        pageInfo: { hasPreviousPage: true, hasNextPage: false, startCursor: null, endCursor: null },
      });
      expect(stream.log).toEqual(['page(4,A,p1)']);

      // Reads through empty pages and segments until it sees a record, and no further.
      stream.reset();
      const gap = await run(stream, { first: 0, last: 0, after: cursorOf(6) });
      expect(gap.pageInfo.hasNextPage).toBe(true);
      expect(stream.log).toEqual(['page(0,A,p3)', 'open(1)', 'open(2)']);

      const filtered = streamOf(STREAM, { include: (r) => r > 15 });
      const nothing = await run(filtered, { first: 0, last: 3 });
      expect(nothing.pageInfo.hasNextPage).toBe(false);
      expect(filtered.log).toEqual(ALL_READS);
    });

    it('first: 0 with last and before has a next page only when a record precedes before', async () => {
      expect((await run(streamOf(), { first: 0, last: 3, before: cursorOf(2) })).pageInfo.hasNextPage).toBe(true);
      expect((await run(streamOf(), { first: 0, last: 3, before: cursorOf(1) })).pageInfo.hasNextPage).toBe(false);
    });

    it('last: 0 with first returns no edges', async () => {
      const c = await run(streamOf(), { first: 3, last: 0 });
      expect(c).toEqual({
        edges: [],
        pageInfo: { hasPreviousPage: true, hasNextPage: true, startCursor: null, endCursor: null },
      });
    });
  });

  describe('after and before together', () => {
    const after = cursorOf(3);
    const before = cursorOf(11);
    const WINDOW = [4, 5, 6, 7, 8, 9, 10];

    it('first returns the whole window between the cursors', async () => {
      const stream = streamOf();
      const c = await run(stream, { first: 20, after, before });
      expect(nodesOf(c)).toEqual(WINDOW);
      expectPageInfo(c, { hasPreviousPage: true, hasNextPage: false });
      // before (11) opens page p1 of segment 2: the walk stops at that page boundary without reading it.
      expect(stream.log).toEqual(['page(0,A,null)', ...ALL_READS.slice(1, 5), 'page(2,A,null)']);
    });

    it('first smaller than the window returns its head', async () => {
      const c = await run(streamOf(), { first: 2, after, before });
      expect(nodesOf(c)).toEqual([4, 5]);
      expectPageInfo(c, { hasPreviousPage: true, hasNextPage: true });
    });

    it('first equal to the window has no next page', async () => {
      const c = await run(streamOf(), { first: 7, after, before });
      expect(nodesOf(c)).toEqual(WINDOW);
      expectPageInfo(c, { hasPreviousPage: true, hasNextPage: false });
    });

    it('last returns the whole window between the cursors', async () => {
      const c = await run(streamOf(), { last: 20, after, before });
      expect(nodesOf(c)).toEqual(WINDOW);
      expectPageInfo(c, { hasPreviousPage: false, hasNextPage: true });
    });

    it('last smaller than the window returns its tail', async () => {
      const c = await run(streamOf(), { last: 2, after, before });
      expect(nodesOf(c)).toEqual([9, 10]);
      expectPageInfo(c, { hasPreviousPage: true, hasNextPage: true });
    });

    it('a window inside one page is served from that page alone', async () => {
      const stream = streamOf(TWO_PAGES);
      const inPage = { after: cursorOf(6, TWO_PAGES), before: cursorOf(10, TWO_PAGES) };
      const c = await run(stream, { last: 20, ...inPage });
      expect(nodesOf(c)).toEqual([7, 8, 9]);
      expectPageInfo(c, { hasPreviousPage: false, hasNextPage: true });
      expect(stream.log).toEqual(['page(0,A,p1)']);

      stream.reset();
      const tail = await run(stream, { last: 1, ...inPage });
      expect(nodesOf(tail)).toEqual([9]);
      expectPageInfo(tail, { hasPreviousPage: true, hasNextPage: true });
      expect(stream.log).toEqual(['page(0,A,p1)']);

      stream.reset();
      const head = await run(stream, { first: 20, ...inPage });
      expect(nodesOf(head)).toEqual([7, 8, 9]);
      expectPageInfo(head, { hasPreviousPage: true, hasNextPage: false });
      expect(stream.log).toEqual(['page(0,A,p1)']);
    });

    it('a window inside one page of a filtered view', async () => {
      const stream = streamOf(TWO_PAGES, { include: odd });
      const c = await run(stream, { last: 20, after: cursorOf(5, TWO_PAGES), before: cursorOf(10, TWO_PAGES) });
      expect(nodesOf(c)).toEqual([7, 9]);
    });

    it('adjacent cursors make an empty window', async () => {
      for (const args of [{ first: 5 }, { last: 5 }]) {
        const c = await run(streamOf(), { ...args, after: cursorOf(5), before: cursorOf(6) });
        expect(c.edges).toEqual([]);
        expect(c.pageInfo.startCursor).toBeNull();
        expect(c.pageInfo.endCursor).toBeNull();
      }
    });

    const EMPTY_WINDOW = {
      edges: [],
      pageInfo: { hasPreviousPage: true, hasNextPage: true, startCursor: null, endCursor: null },
    };
    const ALL_MODES: ConnectionArgs[] = [
      {},
      { first: 5 },
      { first: 0 },
      { last: 5 },
      { last: 0 },
      { first: 5, last: 2 },
    ];

    it('equal cursors make an empty window without any upstream read', async () => {
      for (const record of [1, 5, 6, 8, 11, 12, 15]) {
        for (const mode of ALL_MODES) {
          const stream = streamOf();
          const c = await run(stream, { ...mode, after: cursorOf(record), before: cursorOf(record) });
          expect(c).toEqual(EMPTY_WINDOW);
          expect(stream.reads).toEqual([]);
        }
      }
    });

    it('before earlier than after makes an empty window without any upstream read', async () => {
      // In one page, across pages of a segment, and across segments (with any params).
      const pairs: Array<[StreamPosition, StreamPosition]> = [
        [positionOf(9, TWO_PAGES), positionOf(7, TWO_PAGES)],
        [positionOf(8, TWO_PAGES), positionOf(2, TWO_PAGES)],
        [positionOf(6, TWO_PAGES), positionOf(5, TWO_PAGES)],
        [positionOf(9, TWO_PAGES), positionOf(5, TWO_PAGES)],
        [positionOf(7), positionOf(6)],
        [positionOf(15), positionOf(1)],
        [positionOf(12, STREAM, 'B'), positionOf(11, STREAM, 'A')],
        [positionOf(7, STREAM, 'A'), positionOf(3, STREAM, 'B')],
      ];
      for (const [after, before] of pairs) {
        for (const mode of ALL_MODES) {
          const stream = streamOf(TWO_PAGES);
          const c = await run(stream, {
            ...mode,
            after: encodeCursor(after, VIEW, SECRET),
            before: encodeCursor(before, VIEW, SECRET),
          });
          expect(c, `${JSON.stringify(mode)} after ${JSON.stringify(after)} before ${JSON.stringify(before)}`).toEqual(
            EMPTY_WINDOW,
          );
          expect(stream.reads).toEqual([]);
        }
      }
    });

    it('an empty window needs no backward budget', async () => {
      const stream = streamOf();
      const c = await run(stream, { last: 5, after: cursorOf(9), before: cursorOf(4) }, { maxBackwardPages: 0 });
      expect(c).toEqual(EMPTY_WINDOW);
    });

    it('rejects after and before of one segment read with different params, before any upstream read', async () => {
      const pairs: Array<[StreamPosition, StreamPosition]> = [
        [positionOf(3, STREAM, 'A'), positionOf(5, STREAM, 'B')],
        [positionOf(5, STREAM, 'B'), positionOf(3, STREAM, 'A')],
        [positionOf(8, STREAM, 'A'), positionOf(8, STREAM, 'B')],
        [positionOf(13, STREAM, 'B'), positionOf(14, STREAM, '')],
      ];
      for (const [after, before] of pairs) {
        for (const mode of ALL_MODES) {
          const stream = streamOf();
          const error = await rejection(
            run(stream, {
              ...mode,
              after: encodeCursor(after, VIEW, SECRET),
              before: encodeCursor(before, VIEW, SECRET),
            }),
          );
          expect(error).toBeInstanceOf(BadUserInputError);
          expect(error.message).toMatch(/^Arguments "after" and "before" come from different reads of this connection/);
          expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'before' });
          expect(stream.reads).toEqual([]);
        }
      }
    });

    it('rejects such a pair taken from real responses of a source that changed params', async () => {
      const stream = streamOf(STREAM, { open: (_segment, nth) => (nth === 0 ? 'A' : 'B') });
      const a = await run(stream, { first: 2 });
      const b = await run(stream, { first: 2 });
      expect(decodeCursor(a.pageInfo.endCursor as string, VIEW, SECRET, 'after').params).toBe('A');
      expect(decodeCursor(b.pageInfo.endCursor as string, VIEW, SECRET, 'after').params).toBe('B');
      stream.reset();
      const error = await rejection(
        run(stream, { last: 5, after: a.pageInfo.startCursor, before: b.pageInfo.endCursor }),
      );
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'before' });
      expect(stream.reads).toEqual([]);
    });

    it('after and before in different segments may carry different params', async () => {
      const B_DATA: Segments<number> = STREAM.map((pages) => pages.map((records) => records.map((r) => r + 100)));
      const after = encodeCursor(positionOf(4, STREAM, 'B'), VIEW, SECRET);
      const before = cursorOf(9);
      for (const mode of [{ first: 20 }, { last: 20 }] satisfies ConnectionArgs[]) {
        const stream = streamOf(STREAM, { byParams: { B: B_DATA } });
        const c = await run(stream, { ...mode, after, before });
        // 105 and 106 are read with the after cursor's params, 7 and 8 with the before cursor's.
        expect(nodesOf(c)).toEqual([105, 106, 7, 8]);
        expect(stream.log.slice(-2)).toEqual(['open(1)', 'page(2,A,null)']);
      }
    });
  });

  describe('pageInfo', () => {
    it('hasPreviousPage is true in forward mode exactly when after is given', async () => {
      expect((await run(streamOf(), { first: 3 })).pageInfo.hasPreviousPage).toBe(false);
      expect((await run(streamOf(), { first: 3, after: cursorOf(1) })).pageInfo.hasPreviousPage).toBe(true);
      expect((await run(streamOf(), { first: 3, after: cursorOf(14) })).pageInfo.hasPreviousPage).toBe(true);
      expect((await run(streamOf(), { first: 3, after: cursorOf(15) })).pageInfo.hasPreviousPage).toBe(true);
    });

    it('hasNextPage is true in backward mode exactly when before is given', async () => {
      expect((await run(streamOf(), { last: 3 })).pageInfo.hasNextPage).toBe(false);
      expect((await run(streamOf(), { last: 3, before: cursorOf(15) })).pageInfo.hasNextPage).toBe(true);
      expect((await run(streamOf(), { last: 3, before: cursorOf(2) })).pageInfo.hasNextPage).toBe(true);
      expect((await run(streamOf(), { last: 3, before: cursorOf(1) })).pageInfo.hasNextPage).toBe(true);
    });

    it('startCursor and endCursor are the first and last edge cursors', async () => {
      for (const args of [
        { first: 5 },
        { first: 1 },
        { last: 4 },
        { last: 2, before: cursorOf(9) },
      ] satisfies ConnectionArgs[]) {
        const c = await run(streamOf(), args);
        expect(c.edges.length).toBeGreaterThan(0);
        expect(c.pageInfo.startCursor).toBe(c.edges[0]?.cursor);
        expect(c.pageInfo.endCursor).toBe(c.edges[c.edges.length - 1]?.cursor);
      }
    });

    it('startCursor and endCursor are null on an empty page', async () => {
      const cases: Array<[Segments<number>, ConnectionArgs]> = [
        [[], {}],
        [[[[]]], { first: 3 }],
        [STREAM, { first: 0 }],
        [STREAM, { first: 3, after: cursorOf(15) }],
        [STREAM, { last: 0 }],
        [STREAM, { last: 3, before: cursorOf(1) }],
        [[[[]]], { last: 3 }],
      ];
      for (const [segments, args] of cases) {
        const c = await run(streamOf(segments), args);
        expect(c.edges).toEqual([]);
        expect(c.pageInfo.startCursor).toBeNull();
        expect(c.pageInfo.endCursor).toBeNull();
      }
    });
  });

  describe('cursor params', () => {
    /** open() chooses 'A' the first time a segment is opened and 'B' afterwards; 'B' reads other data. */
    const B_DATA: Segments<number> = STREAM.map((pages) => pages.map((records) => records.map((r) => r + 100)));
    const changingParams = (): ArrayStream<number> =>
      streamOf(STREAM, { open: (_segment, nth) => (nth === 0 ? 'A' : 'B'), byParams: { B: B_DATA } });

    it('the fixture opens with other params the second time (sanity check)', async () => {
      const stream = changingParams();
      expect(nodesOf(await run(stream, { first: 3 }))).toEqual([1, 2, 3]);
      expect(nodesOf(await run(stream, { first: 3 }))).toEqual([101, 102, 103]);
    });

    it('after resumes with the params the cursor was issued with', async () => {
      const stream = changingParams();
      const c = await run(stream, { first: 2 });
      expect(nodesOf(c)).toEqual([1, 2]);
      stream.reset();
      const next = await run(stream, { first: 5, after: c.pageInfo.endCursor });
      expect(nodesOf(next)).toEqual([3, 4, 5, 6, 7]);
      expect(stream.log).toEqual([
        'page(0,A,null)',
        'page(0,A,p1)',
        'page(0,A,p2)',
        'page(0,A,p3)',
        'open(1)',
        'open(2)',
      ]);
      expect(stream.reads.filter((read) => read.op === 'open').map((read) => read.params)).toEqual(['A', 'A']);
      expect(decodeCursor(next.pageInfo.endCursor as string, VIEW, SECRET, 'after')).toEqual(positionOf(7));
    });

    it('before is served with the params the cursor was issued with (cheap path)', async () => {
      const stream = changingParams();
      const c = await run(stream, { first: 10 });
      expect(nodesOf(c)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      stream.reset();
      const previous = await run(stream, { last: 2, before: c.pageInfo.endCursor });
      expect(nodesOf(previous)).toEqual([8, 9]);
      expect(stream.log).toEqual(['page(2,A,null)']);
    });

    it('before walks its own segment with the cursor params, never opening it again', async () => {
      const stream = changingParams();
      const c = await run(stream, { first: 3 });
      stream.reset();
      // 3 is the last record of its page: the walk from the start must re-read segment 0 with 'A'.
      const head = await run(stream, { last: 5, before: c.pageInfo.endCursor });
      expect(nodesOf(head)).toEqual([1, 2]);
      expect(stream.log).toEqual(['page(0,A,null)', 'page(0,A,null)']);
    });

    it('before in a later segment: earlier segments are opened anew, the cursor segment is read with its params', async () => {
      const stream = changingParams();
      const c = await run(stream, { first: 8 });
      expect(nodesOf(c)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      stream.reset();
      const previous = await run(stream, { last: 20, before: c.pageInfo.endCursor });
      expect(nodesOf(previous)).toEqual([101, 102, 103, 104, 105, 106, 7]);
      expect(stream.log).toEqual([
        'page(2,A,null)',
        'open(0)',
        'page(0,B,p1)',
        'page(0,B,p2)',
        'page(0,B,p3)',
        'open(1)',
        'page(2,A,null)',
      ]);
    });

    it('include is asked with the params the record was read with', async () => {
      const seen: string[] = [];
      const stream = streamOf(STREAM, {
        open: (_segment, nth) => (nth === 0 ? 'A' : 'B'),
        include: (record, params) => {
          seen.push(`${record}${params}`);
          return params === 'A' ? odd(record) : true;
        },
      });
      const c = await run(stream, { first: 2 });
      expect(nodesOf(c)).toEqual([1, 3]);
      seen.length = 0;
      const next = await run(stream, { first: 2, after: c.pageInfo.endCursor });
      expect(nodesOf(next)).toEqual([5, 7]);
      expect(seen).toEqual(['4A', '5A', '6A', '7A', '8A', '9A']);
    });
  });

  describe('validation', () => {
    const BAD_COUNTS = [-1, -100, 1.5, 0.1, 21, 1000, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];

    it.each(['first', 'last'] as const)(
      'rejects a bad %s before any upstream read, naming the argument',
      async (name) => {
        for (const value of BAD_COUNTS) {
          const stream = streamOf();
          const error = await rejection(run(stream, { [name]: value }));
          expect(error).toBeInstanceOf(BadUserInputError);
          expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: name, maximum: 20 });
          expect(error.message).toBe(`Argument "${name}" must be an integer from 0 to 20, but got: ${value}`);
          expect(stream.reads).toEqual([]);
        }
      },
    );

    it('accepts first and last up to maxPageSize', async () => {
      expect((await run(streamOf(), { first: 20 })).edges).toHaveLength(15);
      expect((await run(streamOf(), { last: 20 })).edges).toHaveLength(15);
      expect((await run(streamOf(), { first: 3 }, { maxPageSize: 3 })).edges).toHaveLength(3);
      const error = await rejection(run(streamOf(), { first: 4 }, { maxPageSize: 3 }));
      expect(error.message).toContain('from 0 to 3');
    });

    it('rejects a bad first even alongside a valid last, and a bad last alongside a valid first', async () => {
      const a = await rejection(run(streamOf(), { first: -1, last: 2 }));
      expect(a.extensions.argumentName).toBe('first');
      const b = await rejection(run(streamOf(), { first: 2, last: 21 }));
      expect(b.extensions.argumentName).toBe('last');
    });

    const valid = cursorOf(8);
    const dot = valid.indexOf('.');
    const flip = (s: string, i: number): string => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    const BAD_CURSORS: Array<[string, string, RegExp]> = [
      ['a payload character flipped', flip(valid, Math.floor(dot / 2)), /must be a cursor taken from/],
      ['the first payload character flipped', flip(valid, 0), /must be a cursor taken from/],
      ['a signature character flipped', flip(valid, dot + 1), /must be a cursor taken from/],
      ['a middle signature character flipped', flip(valid, dot + 10), /must be a cursor taken from/],
      ['the signature dropped', valid.slice(0, dot), /must be a cursor taken from/],
      ['a garbage string', 'not-a-cursor', /must be a cursor taken from/],
      [
        'a base64 JSON position without signature',
        Buffer.from('[0,"A",null,0]').toString('base64url'),
        /must be a cursor taken from/,
      ],
      ['a cursor from another viewKey', encodeCursor(positionOf(8), OTHER_VIEW, SECRET), /different connection/],
      [
        'a cursor signed with another secret',
        encodeCursor(positionOf(8), VIEW, OTHER_SECRET),
        /must be a cursor taken from/,
      ],
    ];
    const MODES: ConnectionArgs[] = [{}, { first: 3 }, { last: 3 }, { first: 3, last: 1 }];

    for (const [what, cursor, message] of BAD_CURSORS) {
      for (const name of ['after', 'before'] as const) {
        it(`rejects ${what} as ${name} before any upstream read`, async () => {
          for (const mode of MODES) {
            const stream = streamOf();
            const error = await rejection(run(stream, { ...mode, [name]: cursor }));
            expect(error).toBeInstanceOf(BadUserInputError);
            expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: name });
            expect(error.message).toMatch(new RegExp(`^Argument "${name}" `));
            expect(error.message).toMatch(message);
            expect(stream.reads).toEqual([]);
          }
        });
      }
    }

    it('rejects a bad before even when after is valid, and the other way round', async () => {
      const a = streamOf();
      const errorA = await rejection(run(a, { first: 3, after: valid, before: 'garbage' }));
      expect(errorA.extensions.argumentName).toBe('before');
      expect(a.reads).toEqual([]);
      const b = streamOf();
      const errorB = await rejection(run(b, { last: 3, after: 'garbage', before: valid }));
      expect(errorB.extensions.argumentName).toBe('after');
      expect(b.reads).toEqual([]);
    });

    it('a valid cursor of the same view is accepted under the same secret only', async () => {
      expect(nodesOf(await run(streamOf(), { first: 1, after: valid }))).toEqual([9]);
      const error = await rejection(run(streamOf(), { first: 1, after: valid }, { secret: OTHER_SECRET }));
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      const foreign = await rejection(run(streamOf(), { first: 1, after: valid }, { viewKey: OTHER_VIEW }));
      expect(foreign.message).toContain('different connection');
    });

    it('asks the stream to check the params of every cursor, and reads nothing when it refuses them', async () => {
      const codec = defineParamsCodec<{ n: number }>({ name: 'test', version: 2, fields: { n: paramsField.integer } });
      const checked: string[] = [];
      const paramsCodec = {
        decode: (params: string, argName?: string): unknown => {
          checked.push(`${argName}:${params}`);
          return codec.decode(params, argName);
        },
      };
      const current = codec.encode({ n: 1 });
      const older = JSON.stringify(['test', 1, 1]);
      // Accepted params: the connection reads on with them.
      const ok = streamOf(STREAM, { paramsCodec, open: () => current });
      const page = await run(ok, {
        first: 1,
        after: cursorOf(8, STREAM, current),
        before: cursorOf(10, STREAM, current),
      });
      expect(nodesOf(page)).toEqual([9]);
      expect(checked).toEqual([`after:${current}`, `before:${current}`]);
      // Refused params: BAD_USER_INPUT naming the argument, before any upstream read.
      for (const name of ['after', 'before'] as const) {
        for (const mode of MODES) {
          const stream = streamOf(STREAM, { paramsCodec });
          const error = await rejection(run(stream, { ...mode, [name]: cursorOf(8, STREAM, older) }));
          expect(error).toBeInstanceOf(BadUserInputError);
          expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: name });
          expect(error.message).toBe(
            `Argument "${name}" holds a cursor from another version of this connection (expected test params version 2, but got version 1); restart paging without it`,
          );
          expect(stream.reads).toEqual([]);
        }
      }
    });
  });
});
