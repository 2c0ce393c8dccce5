import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { restHourlyUsage, startStack, type Stack } from '../../../helpers/stack.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const Exact = Decimal.clone({ precision: 200 });

interface RestRecord {
  public_id: string;
  product_family: string;
  timestamp: string;
  measurements: Array<{ usage_type: string; value: number | null }>;
}

interface Row {
  periodStart: string;
  periodEnd: string;
  orgId: string | null;
  productFamily: string | null;
  usageType: string | null;
  aggregation: string;
  value: string;
  hours: number;
}

const hourText = (ms: number): string => new Date(ms).toISOString().slice(0, 13);
const instant = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

/** The calendar period of an hour, by the test's own reckoning (ISO weeks from Monday). */
function calendarPeriod(ms: number, granularity: string): [number, number] {
  const d = new Date(ms);
  switch (granularity) {
    case 'HOUR':
      return [ms, ms + HOUR];
    case 'DAY': {
      const s = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
      return [s, s + DAY];
    }
    case 'WEEK': {
      const s = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
      return [s, s + 7 * DAY];
    }
    default:
      return [Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1), Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)];
  }
}

/** The rollup computed by the test from the upstream's own records. */
function expected(
  records: readonly RestRecord[],
  o: {
    start: number;
    end: number;
    granularity: string;
    groupBy: string[];
    usageTypes: string[];
    aggregation: string | ((family: string, type: string) => string);
    orgs?: string[];
  },
): Row[] {
  const groups = new Map<string, { row: Omit<Row, 'value' | 'hours'>; hours: Map<number, bigint> }>();
  for (const r of records) {
    if (o.orgs && !o.orgs.includes(r.public_id)) continue;
    const t = Date.parse(r.timestamp);
    const [cs, ce] = calendarPeriod(t, o.granularity);
    const ps = Math.max(cs, o.start);
    const pe = Math.min(ce, o.end);
    for (const m of r.measurements) {
      if (m.value === null || !o.usageTypes.includes(m.usage_type)) continue;
      const aggregation =
        typeof o.aggregation === 'string' ? o.aggregation : o.aggregation(r.product_family, m.usage_type);
      const row = {
        periodStart: instant(ps),
        periodEnd: instant(pe),
        orgId: o.groupBy.includes('ORG') ? r.public_id : null,
        productFamily: o.groupBy.includes('PRODUCT_FAMILY') ? r.product_family : null,
        usageType: o.groupBy.includes('USAGE_TYPE') ? m.usage_type : null,
        aggregation,
      };
      const key = JSON.stringify(row);
      const g = groups.get(key) ?? { row, hours: new Map<number, bigint>() };
      groups.set(key, g);
      g.hours.set(t, (g.hours.get(t) ?? 0n) + BigInt(m.value));
    }
  }
  const rows = [...groups.values()].map(({ row, hours }) => {
    const values = [...hours.values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const sum = values.reduce((a, v) => a + v, 0n);
    const value =
      row.aggregation === 'SUM'
        ? sum.toString()
        : row.aggregation === 'MIN'
          ? values[0]!.toString()
          : row.aggregation === 'MAX'
            ? values[values.length - 1]!.toString()
            : row.aggregation === 'P99'
              ? values[Math.ceil(0.99 * values.length) - 1]!.toString()
              : new Exact(sum.toString())
                  .dividedBy(values.length)
                  .toDecimalPlaces(12, Decimal.ROUND_HALF_EVEN)
                  .toFixed();
    return { ...row, value, hours: values.length };
  });
  const k = (r: Row): string[] => [
    r.periodStart,
    r.orgId ?? '',
    r.productFamily ?? '',
    r.usageType ?? '',
    r.aggregation,
  ];
  return rows.sort((a, b) => {
    const [x, y] = [k(a), k(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return 0;
  });
}

const ROW = 'periodStart periodEnd orgId productFamily usageType aggregation value hours';

describe('usageRollup values (against the upstream records, aggregated by the test)', () => {
  let stack: Stack;
  /** A Wednesday 05:00 UTC at least three weeks back. */
  let start: number;
  /** A Sunday 17:00 UTC twelve days and twelve hours later. */
  let end: number;
  let all: RestRecord[];

  async function walk(families: string, descendants: boolean, from: number, to: number): Promise<RestRecord[]> {
    const out: RestRecord[] = [];
    const step = descendants ? DAY : 60 * DAY;
    for (let t = from; t < to; t += step) {
      const recs = await restHourlyUsage(stack, {
        'filter[timestamp][start]': hourText(t),
        'filter[timestamp][end]': hourText(Math.min(t + step, to)),
        'filter[product_families]': families,
        'filter[include_descendants]': String(descendants),
      });
      out.push(...recs.map((r) => r.attributes as RestRecord));
    }
    return out;
  }

  async function rollup(args: string): Promise<Row[]> {
    const res = await stack.gql<{ usageRollup: Row[] }>(`query { usageRollup(${args}) { ${ROW} } }`);
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.usageRollup;
  }

  beforeAll(async () => {
    stack = await startStack();
    const now = stack.sim.world.now.getTime();
    let day = Math.floor(now / DAY) * DAY - 21 * DAY;
    while (new Date(day).getUTCDay() !== 3) day -= DAY;
    start = day + 5 * HOUR;
    end = start + 12 * DAY + 12 * HOUR;
    all = await walk('infra_hosts,infrastructure_monitoring,logs,log_management', true, start, end);
  });
  afterAll(() => stack.stop());

  it('WEEK periods are ISO weeks cut by the window; hours of several orgs and families are added first, then P99 / AVG', async () => {
    const rows = await rollup(
      `productFamilies: [infra_hosts, infrastructure_monitoring], usageTypes: ["host_count", "container_count"],
       start: "${hourText(start)}", end: "${hourText(end)}", granularity: WEEK, includeDescendants: true`,
    );
    const want = expected(all, {
      start,
      end,
      granularity: 'WEEK',
      groupBy: ['USAGE_TYPE'],
      usageTypes: ['host_count', 'container_count'],
      aggregation: (_f, type) => (type === 'host_count' ? 'P99' : 'AVG'),
    });
    expect(rows).toEqual(want);
    // Wednesday 05:00 to the next Monday, a whole week, then the cut Monday-to-Sunday-17:00.
    expect([...new Set(rows.map((r) => `${r.periodStart}/${r.periodEnd}`))]).toEqual([
      `${instant(start)}/${instant(start - 5 * HOUR + 5 * DAY)}`,
      `${instant(start - 5 * HOUR + 5 * DAY)}/${instant(start - 5 * HOUR + 12 * DAY)}`,
      `${instant(start - 5 * HOUR + 12 * DAY)}/${instant(end)}`,
    ]);
    // Some average is not a whole number: written exactly (12 places at most).
    expect(rows.some((r) => r.aggregation === 'AVG' && r.value.includes('.'))).toBe(true);
  });

  it('DAY by ORG and PRODUCT_FAMILY for two named child orgs, MAX of one usage type', async () => {
    const [, a, b] = stack.sim.world.orgs.map((o) => o.publicId);
    const rows = await rollup(
      `productFamilies: [logs, log_management], usageTypes: ["billable_ingested_bytes"], start: "${hourText(start)}",
       end: "${hourText(end)}", aggregation: MAX, groupBy: [ORG, PRODUCT_FAMILY], orgs: ["${b}", "${a}"]`,
    );
    const want = expected(all, {
      start,
      end,
      granularity: 'DAY',
      groupBy: ['ORG', 'PRODUCT_FAMILY'],
      usageTypes: ['billable_ingested_bytes'],
      aggregation: 'MAX',
      orgs: [a!, b!],
    });
    expect(want.length).toBeGreaterThan(0);
    expect(rows).toEqual(want);
    expect(new Set(rows.map((r) => r.orgId))).toEqual(new Set([a, b]));
  });

  it('HOUR SUM of every usage type of the account org equals the hourly values themselves', async () => {
    const to = start + 6 * HOUR;
    const own = await walk('infra_hosts', false, start, to);
    const rows = await rollup(
      `productFamilies: [infra_hosts], start: "${hourText(start)}", end: "${hourText(to)}", granularity: HOUR,
       aggregation: SUM, groupBy: [ORG, PRODUCT_FAMILY, USAGE_TYPE]`,
    );
    const types = [...new Set(own.flatMap((r) => r.measurements.map((m) => m.usage_type)))];
    expect(rows).toEqual(
      expected(own, {
        start,
        end: to,
        granularity: 'HOUR',
        groupBy: ['ORG', 'PRODUCT_FAMILY', 'USAGE_TYPE'],
        usageTypes: types,
        aggregation: 'SUM',
      }),
    );
    expect(rows.every((r) => r.hours === 1 && r.orgId === stack.sim.world.parent.publicId)).toBe(true);
  });

  it('MONTH periods split at the calendar month; the first starts at start, the last ends at end', async () => {
    const now = stack.sim.world.now;
    const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1);
    const from = monthStart - 3 * DAY + 7 * HOUR;
    const to = monthStart + 2 * DAY + 3 * HOUR;
    const own = await walk('infra_hosts', false, from, to);
    const rows = await rollup(
      `productFamilies: [infra_hosts], usageTypes: ["host_count"], start: "${hourText(from)}", end: "${hourText(to)}", granularity: MONTH`,
    );
    expect(rows.map((r) => [r.periodStart, r.periodEnd, r.hours])).toEqual([
      [instant(from), instant(monthStart), 3 * 24 - 7],
      [instant(monthStart), instant(to), 2 * 24 + 3],
    ]);
    expect(rows).toEqual(
      expected(own, {
        start: from,
        end: to,
        granularity: 'MONTH',
        groupBy: ['USAGE_TYPE'],
        usageTypes: ['host_count'],
        aggregation: 'P99',
      }),
    );
  });

  it('usageRollupAggregations lists every catalog usage type of the families with its billed aggregation', async () => {
    const res = await stack.gql<{
      usageRollupAggregations: Array<{ productFamily: string; usageType: string; aggregation: string }>;
    }>(
      `query { usageRollupAggregations(productFamilies: [infra_hosts, logs, fargate, ci_app]) { productFamily usageType aggregation } }`,
    );
    expect(res.body.errors).toBeUndefined();
    const by = new Map(
      res.body.data!.usageRollupAggregations.map((a) => [`${a.productFamily}.${a.usageType}`, a.aggregation]),
    );
    expect(by.get('infra_hosts.host_count')).toBe('P99');
    expect(by.get('infra_hosts.container_count')).toBe('AVG');
    expect(by.get('logs.ingested_events_bytes')).toBe('SUM');
    expect(by.get('fargate.tasks_count')).toBe('AVG');
    expect(by.get('ci_app.ci_visibility_test_committers')).toBe('MAX');
    expect(by.size).toBe(13 + 7 + 2 + 4);
    const empty = await stack.gql(`query { usageRollupAggregations(productFamilies: []) { usageType } }`);
    expect(empty.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('groupBy [] gives one row per period; families billed differently are never merged: one row per aggregation', async () => {
    const to = start + 2 * DAY;
    const records = await walk('infra_hosts,csm_container_enterprise', true, start, to);
    const rows = await rollup(
      `productFamilies: [infra_hosts, csm_container_enterprise], usageTypes: ["container_count"], start: "${hourText(start)}",
       end: "${hourText(to)}", groupBy: [], includeDescendants: true`,
    );
    expect(rows).toEqual(
      expected(records, {
        start,
        end: to,
        granularity: 'DAY',
        groupBy: [],
        usageTypes: ['container_count'],
        aggregation: (family) => (family === 'infra_hosts' ? 'AVG' : 'SUM'),
      }),
    );
    expect(new Set(rows.map((r) => r.aggregation))).toEqual(new Set(['AVG', 'SUM']));
    expect(rows.every((r) => r.orgId === null && r.productFamily === null && r.usageType === null)).toBe(true);
  });
});
