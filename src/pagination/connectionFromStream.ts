import { BadUserInputError, QueryTooCostlyError } from '../errors.js';
import type { ParamsCodec } from './paramsCodec.js';
import { comparePositions, decodeCursor, encodeCursor, type StreamPosition } from './cursor.js';

/** Relay connection arguments, as GraphQL hands them over. */
export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** One upstream page: its records in upstream order and the upstream cursor of the next page. */
export interface StreamPage<T> {
  records: readonly T[];
  next: string | null;
}

/**
 * An upstream record stream as the connection helper sees it: an ordered list of segments (time
 * windows the upstream must be asked for separately), each a chain of pages linked by upstream
 * cursors. `params` is an opaque string naming the upstream parameters a segment is read with (a
 * params codec writes it: src/pagination/paramsCodec.ts); it travels in cursors so that a later
 * request resumes the very same upstream stream.
 */
export interface RecordStream<T> {
  /** How many segments the stream has (0 for an empty window). */
  readonly segmentCount: number;
  /**
   * Reads the first page of `segment`, letting the source choose the upstream parameters (this is
   * where batching may widen a request to serve several views at once). `wanted`, when given, is how
   * many more records the reader needs at most (it may size the upstream page by it).
   */
  open(segment: number, wanted?: number | null): Promise<{ params: string; page: StreamPage<T> }>;
  /**
   * Roughly how many records of this view `segment` holds (a lower bound is best); lets a reader that
   * needs more records than one segment holds open the following segments concurrently.
   */
  estimate?(segment: number): number;
  /**
   * Called, without waiting, for a forward page of `wanted` records (the page size plus the
   * look-ahead record): once as soon as the walk has its first upstream page (at that page's start),
   * and again when the page ends with more to come (at its last record). The source may read ahead,
   * in the background, what a bulk reader will ask for next (so that it lands in a cache); calls
   * for what is already read or in flight cost nothing upstream.
   */
  readAhead?(position: StreamPosition, wanted: number): void;
  /** Reads one page of `segment` with the given parameters and upstream cursor (`null`: first page). */
  page(segment: number, params: string, cursor: string | null): Promise<StreamPage<T>>;
  /** Whether a record belongs to this view (a view may read a wider upstream stream than it shows). */
  include(record: T, params: string): boolean;
  /**
   * The codec the stream's params are written with. Params taken from the cursor in argument
   * `argName` are decoded with it before anything is read with them: BAD_USER_INPUT naming the
   * argument when they are not params this stream reads (e.g. written by another version).
   */
  readonly paramsCodec: Pick<ParamsCodec<unknown>, 'decode'>;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: Array<Edge<T>>;
  pageInfo: PageInfo;
}

export interface ConnectionOptions {
  /** Identifies the view: endpoint, normalized arguments and credentials scope. Cursors are bound to it. */
  viewKey: string;
  /** Signs cursors. */
  secret: Buffer;
  /** Page size when neither `first` nor `last` is given. */
  defaultPageSize: number;
  /** The largest `first` or `last` accepted. */
  maxPageSize: number;
  /**
   * The most upstream pages a backward (`last`) request may read. Backward paging over a
   * forward-only upstream cursor walks from the start (or from `after`), so it is bounded.
   */
  maxBackwardPages: number;
}

/** The most segments a forward read keeps open at once (the current one and the ones ahead). */
const MAX_CONCURRENT_SEGMENTS = 4;

interface Located<T> {
  record: T;
  position: StreamPosition;
}

/** Validates `first`/`last`: an integer from 0 to `max`, or absent. Throws BAD_USER_INPUT. */
export function checkCount(name: string, value: number | null | undefined, max: number): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new BadUserInputError(`Argument "${name}" must be an integer from 0 to ${max}, but got: ${value}`, {
      argumentName: name,
      maximum: max,
    });
  }
  return value;
}

/** Counts upstream page reads against a bound; past it, QUERY_TOO_COSTLY. */
interface PageBudget {
  pages: number;
  max: number;
}

function spend(budget: PageBudget): void {
  budget.pages += 1;
  if (budget.pages > budget.max) {
    throw new QueryTooCostlyError(
      `Backward paging (last/before) would read more than ${budget.max} upstream pages; page forward with first/after or narrow the time window`,
      { maxUpstreamPages: budget.max },
    );
  }
}

/**
 * Walks the stream from just after `from` (or from its start) up to, not including, `until` (or its
 * end), yielding the records the view includes with their positions, one batch per upstream page
 * (an asynchronous step per page, not per record). Reads pages lazily, so a consumer that stops
 * early reads no further; every read is charged to `budget`. With `wanted`, the walk ends once it
 * has yielded that many records.
 *
 * When the walk reaches the segment `until` sits in, it reads that segment with `until`'s own
 * params: the same upstream stream the cursor came from, so positions there order exactly. The
 * caller guarantees `from` precedes `until` (see {@link connectionFromStream}).
 */
async function* walk<T>(
  stream: RecordStream<T>,
  from: StreamPosition | null,
  until: StreamPosition | null,
  budget: PageBudget,
  wanted: number | null = null,
  started?: (position: StreamPosition) => void,
): AsyncGenerator<Array<Located<T>>> {
  const read = (segment: number, params: string, cursor: string | null): Promise<StreamPage<T>> => {
    spend(budget);
    return stream.page(segment, params, cursor);
  };
  let yielded = 0;
  const need = (): number | null => (wanted === null ? null : Math.max(1, wanted - yielded));
  // Segments opened ahead of the walk (prefetch), by index; each is taken once.
  const ahead = new Map<number, Promise<{ params: string; page: StreamPage<T> }>>();
  const startOpen = (segment: number, hint: number | null): Promise<{ params: string; page: StreamPage<T> }> => {
    if (until !== null && until.segment === segment) {
      return read(segment, until.params, null).then((page) => ({ params: until.params, page }));
    }
    spend(budget);
    return stream.open(segment, hint);
  };
  const openSegment = (segment: number): Promise<{ params: string; page: StreamPage<T> }> => {
    const opened = ahead.get(segment);
    if (opened !== undefined) {
      ahead.delete(segment);
      return opened;
    }
    return startOpen(segment, wanted);
  };
  const lastSegment = until === null ? stream.segmentCount - 1 : Math.min(until.segment, stream.segmentCount - 1);
  /**
   * Opens the segments after `segment` that the reader will need, concurrently, when it wants more
   * records than `expected` (what `segment` is expected to still hold): at most
   * MAX_CONCURRENT_SEGMENTS - 1 ahead. Estimates are lower bounds, so this may open a segment early
   * but never skips one; a prefetched segment that fails fails only when the walk reaches it.
   */
  const prefetch = (segment: number, expected: number): void => {
    const still = need();
    if (still === null || stream.estimate === undefined) return;
    let covered = expected;
    for (let j = segment + 1; covered < still && j <= lastSegment && j - segment < MAX_CONCURRENT_SEGMENTS; j++) {
      if (!ahead.has(j)) {
        const opened = startOpen(j, wanted);
        opened.catch(() => undefined); // awaited (and thrown) when the walk gets there
        ahead.set(j, opened);
      }
      covered += stream.estimate(j);
    }
  };
  const reached = (segment: number, ordinal: number, index: number): boolean =>
    until !== null &&
    segment === until.segment &&
    (ordinal > until.ordinal || (ordinal === until.ordinal && index >= until.index));

  let segment: number;
  let params: string;
  let cursor: string | null;
  let ordinal: number;
  let page: StreamPage<T>;
  let index: number;
  if (from !== null) {
    ({ segment, params, page: cursor, ordinal } = from);
    page = await read(segment, params, cursor);
    index = from.index + 1;
    // Resuming mid-segment: what is left of it is unknown until its last page; its estimate is assumed.
    if (page.next !== null) prefetch(segment, stream.estimate?.(segment) ?? 0);
    started?.(from);
  } else {
    if (stream.segmentCount === 0 || reached(0, 0, 0)) return;
    segment = 0;
    cursor = null;
    ordinal = 0;
    const opening = openSegment(0);
    prefetch(0, stream.estimate?.(0) ?? 0);
    ({ params, page } = await opening);
    index = 0;
    started?.({ segment, params, page: null, ordinal: 0, index: 0 });
  }
  for (;;) {
    // The segment's last page: what is left of it is known exactly.
    if (page.next === null) prefetch(segment, Math.max(0, page.records.length - index));
    const batch: Array<Located<T>> = [];
    let ended = false;
    for (; index < page.records.length; index++) {
      if (reached(segment, ordinal, index)) {
        ended = true;
        break;
      }
      const record = page.records[index] as T;
      if (stream.include(record, params)) {
        yielded += 1;
        batch.push({ record, position: { segment, params, page: cursor, ordinal, index } });
        if (wanted !== null && yielded >= wanted) {
          ended = true;
          break;
        }
      }
    }
    if (batch.length > 0) yield batch;
    if (ended) return;
    if (page.next !== null) {
      cursor = page.next;
      ordinal += 1;
      if (reached(segment, ordinal, 0)) return;
      page = await read(segment, params, cursor);
      index = 0;
      continue;
    }
    if (until !== null && until.segment <= segment) return;
    segment += 1;
    if (segment >= stream.segmentCount || reached(segment, 0, 0)) return;
    cursor = null;
    ordinal = 0;
    const wasAhead = ahead.has(segment);
    const opening = openSegment(segment);
    if (!wasAhead) prefetch(segment, stream.estimate?.(segment) ?? 0);
    ({ params, page } = await opening);
    index = 0;
  }
}

/**
 * An edge whose cursor is signed the first time it is read. A class, not an object literal with a
 * getter: V8 builds such a literal's accessor afresh for every edge, about a microsecond each.
 */
class LazyEdge<T> implements Edge<T> {
  private signed: string | null = null;

  constructor(
    readonly node: T,
    private readonly position: StreamPosition,
    private readonly options: Pick<ConnectionOptions, 'viewKey' | 'secret'>,
  ) {}

  get cursor(): string {
    this.signed ??= encodeCursor(this.position, this.options.viewKey, this.options.secret);
    return this.signed;
  }
}

/**
 * Resolves a Relay connection (`first/after`, `last/before`) over an upstream record stream.
 *
 * - `first` reads forward from `after`, possibly across several upstream pages and segments, and
 *   reads one record further to know `hasNextPage` exactly.
 * - `last` is served from the page `before` sits in when that page holds enough records; otherwise it
 *   walks forward from `after` (or the start) to `before` (or the end), keeping the tail, within
 *   `maxBackwardPages` upstream pages (QUERY_TOO_COSTLY past that).
 * - Cursors are validated before any upstream read: a malformed, tampered or foreign cursor, or one
 *   whose params the stream does not read (another version), is a BAD_USER_INPUT error, never
 *   wrong data.
 *
 * Paging forward to the end yields every record the view includes exactly once, in upstream order.
 */
export async function connectionFromStream<T>(
  stream: RecordStream<T>,
  args: ConnectionArgs,
  options: ConnectionOptions,
): Promise<Connection<T>> {
  let first = checkCount('first', args.first, options.maxPageSize);
  const last = checkCount('last', args.last, options.maxPageSize);
  const after = args.after ? decodeCursor(args.after, options.viewKey, options.secret, 'after') : null;
  const before = args.before ? decodeCursor(args.before, options.viewKey, options.secret, 'before') : null;
  if (after !== null) stream.paramsCodec.decode(after.params, 'after');
  if (before !== null) stream.paramsCodec.decode(before.params, 'before');
  if (first === null && last === null) first = options.defaultPageSize;

  // Cursors are signed only when read: a client selecting `nodes` pays for two (pageInfo), not one per edge.
  const toEdges = (items: ReadonlyArray<Located<T>>): Array<Edge<T>> =>
    items.map(({ record, position }) => new LazyEdge(record, position, options));
  const finish = (items: ReadonlyArray<Located<T>>, hasPreviousPage: boolean, hasNextPage: boolean): Connection<T> => {
    const edges = toEdges(items);
    return {
      edges,
      pageInfo: {
        hasPreviousPage,
        hasNextPage,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  };

  // An empty window: `before` does not come after `after`. Positions of one segment read with
  // different params cannot be ordered, so such a pair is refused rather than guessed at.
  if (after !== null && before !== null) {
    const order = comparePositions(after, before);
    if (order === null) {
      throw new BadUserInputError(
        'Arguments "after" and "before" come from different reads of this connection and cannot be combined; page with one of them',
        { argumentName: 'before' },
      );
    }
    if (order >= 0) return finish([], true, true);
  }

  if (first !== null) {
    const items: Array<Located<T>> = [];
    const budget = { pages: 0, max: Number.POSITIVE_INFINITY };
    // Reading ahead starts as soon as the walk has its first page (so a bulk reader's next pages are
    // on their way while this one is still being read), and again from where the page ended.
    const started =
      before === null && stream.readAhead !== undefined
        ? (position: StreamPosition): void => stream.readAhead?.(position, first + 1)
        : undefined;
    // One record past `first` tells whether a next page exists.
    for await (const batch of walk(stream, after, before, budget, first + 1, started)) items.push(...batch);
    const hasNextPage = items.length > first;
    const lastItem = items[first - 1];
    if (hasNextPage && before === null && lastItem !== undefined) stream.readAhead?.(lastItem.position, first + 1);
    let slice = items.slice(0, first);
    let hasPreviousPage = after !== null;
    if (last !== null && slice.length > last) {
      slice = slice.slice(slice.length - last);
      hasPreviousPage = true;
    }
    return finish(slice, hasPreviousPage, hasNextPage);
  }

  const wanted = last as number;
  const budget: PageBudget = { pages: 0, max: options.maxBackwardPages };
  if (before !== null) {
    // Cheap path: the page `before` sits in may already hold `last` + 1 earlier records of this view,
    // or `after` may sit in that same page, which bounds the window.
    spend(budget);
    const page = await stream.page(before.segment, before.params, before.page);
    const afterInPage =
      after !== null &&
      after.segment === before.segment &&
      after.params === before.params &&
      after.ordinal === before.ordinal;
    const lower = afterInPage ? after.index + 1 : 0;
    const local: Array<Located<T>> = [];
    for (let index = lower; index < Math.min(before.index, page.records.length); index++) {
      const record = page.records[index] as T;
      if (stream.include(record, before.params)) local.push({ record, position: { ...before, index } });
    }
    if (local.length > wanted || afterInPage) {
      return finish(local.slice(Math.max(0, local.length - wanted)), local.length > wanted, true);
    }
  }
  const tail: Array<Located<T>> = [];
  let overflowed = false;
  for await (const batch of walk(stream, after, before, budget)) {
    // Keep the last `wanted`: trimmed once per page, not shifted once per record.
    tail.push(...batch);
    if (tail.length > wanted) {
      tail.splice(0, tail.length - wanted);
      overflowed = true;
    }
  }
  return finish(tail, overflowed, before !== null);
}
