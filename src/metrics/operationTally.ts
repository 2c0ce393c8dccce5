import { Counter, Histogram, type Registry } from 'prom-client';

/** The labels of the operation metrics. */
export type OperationLabelName = 'operation' | 'outcome' | 'cache';
type OperationLabels = Record<OperationLabelName, string>;

/** One label set's running figures, kept in plain numbers. */
interface TallyEntry {
  readonly labels: Readonly<OperationLabels>;
  /** Observations per bucket, not cumulative; index `bounds.length` counts those above every bound. */
  readonly perBucket: number[];
  sum: number;
  count: number;
}

/** Options of {@link createOperationTally}. */
export interface OperationTallyOptions {
  counter: { name: string; help: string };
  histogram: { name: string; help: string; buckets: readonly number[] };
  registers: Registry[];
}

/** Counts finished GraphQL operations; see {@link createOperationTally}. */
export interface OperationTally {
  /** One operation with these (already bounded) label values, lasting `seconds`. */
  record(operation: string, outcome: string, cache: string, seconds: number): void;
}

/**
 * The operations counter and duration histogram, counted in plain numbers and handed to prom-client
 * only when scraped. A labelled `inc`/`observe` validates and hashes its labels on every call, which
 * was most of the metrics' share of a response-cache hit; here a request costs one map lookup on a
 * joined key and a few additions. The exposition is the same as prom-client's `Counter` and
 * `Histogram` with these names, labels and buckets would give (label sets in first-seen order,
 * cumulative buckets, `+Inf`, `_sum`, `_count`), and both sum across cluster workers as before.
 */
export function createOperationTally(options: OperationTallyOptions): OperationTally {
  const bounds = [...options.histogram.buckets].sort((a, b) => a - b);
  const entries = new Map<string, TallyEntry>();
  const labelNames: OperationLabelName[] = ['operation', 'outcome', 'cache'];

  new Counter<OperationLabelName>({
    ...options.counter,
    labelNames,
    registers: options.registers,
    collect() {
      this.reset();
      for (const e of entries.values()) this.inc(e.labels, e.count);
    },
  });
  new TalliedHistogram(options.histogram.name, options.histogram.help, labelNames, bounds, options.registers, entries);

  return {
    record(operation, outcome, cache, seconds) {
      const key = `${operation}\u0000${outcome}\u0000${cache}`;
      let entry = entries.get(key);
      if (entry === undefined) {
        entry = {
          labels: { operation, outcome, cache },
          perBucket: new Array<number>(bounds.length + 1).fill(0),
          sum: 0,
          count: 0,
        };
        entries.set(key, entry);
      }
      let i = 0;
      while (i < bounds.length && seconds > bounds[i]!) i++;
      entry.perBucket[i]! += 1;
      entry.sum += seconds;
      entry.count += 1;
    },
  };
}

/** A prom-client value as its exposition reads it (the shape `Histogram` builds). */
interface ExposedValue {
  labels: Record<string, string | number>;
  sharedLabels: Record<string, string>;
  value: number;
  metricName: string;
  exemplar: null | undefined;
}

/**
 * A `Histogram` whose figures are read from a tally instead of its own observations (it is never
 * observed). Both ways prom-client reads a histogram are answered: `getForPromString` for the text
 * exposition, `get` (labels splayed) for cluster aggregation.
 */
class TalliedHistogram extends Histogram<OperationLabelName> {
  constructor(
    private readonly metricName: string,
    private readonly metricHelp: string,
    labelNames: OperationLabelName[],
    private readonly bounds: readonly number[],
    registers: Registry[],
    private readonly entries: ReadonlyMap<string, TallyEntry>,
  ) {
    super({ name: metricName, help: metricHelp, labelNames, buckets: [...bounds], registers });
  }

  // Called by the registry in place of `get` for the text exposition, as on every Histogram.
  // eslint-disable-next-line @typescript-eslint/require-await -- prom-client awaits it
  async getForPromString(): Promise<{
    name: string;
    help: string;
    type: 'histogram';
    values: ExposedValue[];
    aggregator: string;
  }> {
    const bucketName = `${this.metricName}_bucket`;
    const values: ExposedValue[] = [];
    for (const e of this.entries.values()) {
      const shared: Record<string, string> = e.labels;
      let cumulative = 0;
      this.bounds.forEach((le, i) => {
        cumulative += e.perBucket[i]!;
        values.push({
          labels: { le },
          sharedLabels: shared,
          value: cumulative,
          metricName: bucketName,
          exemplar: null,
        });
      });
      values.push(
        { labels: { le: '+Inf' }, sharedLabels: shared, value: e.count, metricName: bucketName, exemplar: null },
        { labels: {}, sharedLabels: shared, value: e.sum, metricName: `${this.metricName}_sum`, exemplar: undefined },
        {
          labels: {},
          sharedLabels: shared,
          value: e.count,
          metricName: `${this.metricName}_count`,
          exemplar: undefined,
        },
      );
    }
    return { name: this.metricName, help: this.metricHelp, type: 'histogram', values, aggregator: 'sum' };
  }

  override async get(): ReturnType<Histogram<OperationLabelName>['get']> {
    const data = await this.getForPromString();
    return {
      ...data,
      values: data.values.map(({ labels, sharedLabels, value, metricName }) => ({
        labels: { ...labels, ...sharedLabels },
        value,
        metricName,
      })),
    } as unknown as Awaited<ReturnType<Histogram<OperationLabelName>['get']>>;
  }
}
