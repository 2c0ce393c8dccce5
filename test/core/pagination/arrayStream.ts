import type { RecordStream, StreamPage } from '../../../src/pagination/connectionFromStream.js';
import type { ParamsCodec } from '../../../src/pagination/paramsCodec.js';

/** A codec that takes any params (streams of tests that are not about params). */
const ANY_PARAMS: Pick<ParamsCodec<unknown>, 'decode'> = { decode: (params) => params };

/** One segment: its pages in upstream order, each a list of records. A segment has at least one page. */
export type Pages<T> = ReadonlyArray<ReadonlyArray<T>>;
/** A whole stream: its segments in order. */
export type Segments<T> = ReadonlyArray<Pages<T>>;

export interface ArrayStreamOptions<T> {
  /**
   * The params `open(segment)` chooses; `nth` counts the opens of that segment so far (0 for the
   * first). Defaults to always `'A'`.
   */
  open?: (segment: number, nth: number) => string;
  /** Which records the view includes. Defaults to all. */
  include?: (record: T, params: string) => boolean;
  /**
   * Data read with params other than the default: lets a test prove which params a read used. Params
   * absent from this map read the stream's default data.
   */
  byParams?: Readonly<Record<string, Segments<T>>>;
  /** Checks the params of a cursor argument (throws to refuse them). Defaults to accepting any. */
  /** Decodes the params of cursors; default: accepts anything. */
  paramsCodec?: Pick<ParamsCodec<unknown>, 'decode'>;
}

/** Upstream cursor of the `n`-th page of a segment: `null` for the first, then `'p1'`, `'p2'`, ... */
export function pageCursor(n: number): string | null {
  return n === 0 ? null : `p${n}`;
}

/** The page number an upstream cursor names: 0 for `null`, `n` for `'pn'`. */
export function pageNumber(cursor: string | null): number {
  if (cursor === null) return 0;
  const match = /^p([1-9][0-9]*)$/.exec(cursor);
  if (!match) throw new Error(`ArrayStream: unknown upstream cursor ${JSON.stringify(cursor)}`);
  return Number(match[1]);
}

/** One upstream read the helper made, as the fixture recorded it. */
export interface StreamRead {
  op: 'open' | 'page';
  segment: number;
  /** The params read with (for `open`, the params the fixture chose). */
  params: string;
  cursor: string | null;
}

/**
 * A {@link RecordStream} over in-memory arrays (segments -> pages -> records) that records every
 * upstream read, so tests can assert exactly which pages a connection request read.
 */
export class ArrayStream<T> implements RecordStream<T> {
  readonly segmentCount: number;
  /** Every upstream read so far, in order. */
  readonly reads: StreamRead[] = [];
  private readonly opens = new Map<number, number>();

  constructor(
    private readonly segments: Segments<T>,
    private readonly options: ArrayStreamOptions<T> = {},
  ) {
    this.segmentCount = segments.length;
  }

  /** The reads so far, compactly: `'open(0)'`, `'page(0,A,p1)'`, `'page(2,A,null)'`. */
  get log(): string[] {
    return this.reads.map((r) =>
      r.op === 'open' ? `open(${r.segment})` : `page(${r.segment},${r.params},${r.cursor})`,
    );
  }

  /** Forgets the recorded reads (not the open counts). */
  reset(): void {
    this.reads.length = 0;
  }

  async open(segment: number): Promise<{ params: string; page: StreamPage<T> }> {
    const nth = this.opens.get(segment) ?? 0;
    this.opens.set(segment, nth + 1);
    const params = this.options.open ? this.options.open(segment, nth) : 'A';
    this.reads.push({ op: 'open', segment, params, cursor: null });
    await Promise.resolve();
    return { params, page: this.lookup(segment, params, null) };
  }

  async page(segment: number, params: string, cursor: string | null): Promise<StreamPage<T>> {
    this.reads.push({ op: 'page', segment, params, cursor });
    await Promise.resolve();
    return this.lookup(segment, params, cursor);
  }

  include(record: T, params: string): boolean {
    return this.options.include ? this.options.include(record, params) : true;
  }

  get paramsCodec(): Pick<ParamsCodec<unknown>, 'decode'> {
    return this.options.paramsCodec ?? ANY_PARAMS;
  }

  private lookup(segment: number, params: string, cursor: string | null): StreamPage<T> {
    const data = this.options.byParams?.[params] ?? this.segments;
    const pages = data[segment];
    if (pages === undefined || !Number.isInteger(segment)) throw new Error(`ArrayStream: no segment ${segment}`);
    const n = pageNumber(cursor);
    const records = pages[n];
    if (records === undefined) throw new Error(`ArrayStream: segment ${segment} has no page ${JSON.stringify(cursor)}`);
    return { records, next: n + 1 < pages.length ? pageCursor(n + 1) : null };
  }
}
