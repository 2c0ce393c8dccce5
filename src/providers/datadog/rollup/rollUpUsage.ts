import { malformedBody } from '../datadogApi.js';
import { billedAggregation, type RollupAggregation } from '../api/usageTypeAggregations.js';
import { GET_HOURLY_USAGE, type HourlyUsageDto } from '../hourlyUsage/hourlyUsageClient.js';
import type { HourlyUsageBatch } from '../hourlyUsage/readHourlyUsage.js';
import { aggregateHours } from './aggregateHours.js';
import { rollupPeriod, type RollupGranularity, type RollupPeriod } from './rollupPeriod.js';
import type { RollupDimension } from './usageRollupArgs.js';
import type { UsageRollupRowModel } from './usageRollupModels.js';

/** What a rollup computes, once the orgs it reads are known. */
export interface RollupSpec {
  startMs: number;
  endMs: number;
  granularity: RollupGranularity;
  /** Null: each usage type's billed aggregation. */
  aggregation: RollupAggregation | null;
  groupBy: ReadonlySet<RollupDimension>;
  /** Usage types kept; null for all. */
  usageTypes: ReadonlySet<string> | null;
  /** Org public IDs kept; null for every org the records come from. */
  orgs: ReadonlySet<string> | null;
}

/** One group of one period: its keys and its hourly values, already added across what it merges. */
interface Group {
  orgId: string | null;
  orgName: string | null;
  productFamily: string | null;
  usageType: string | null;
  aggregation: RollupAggregation;
  hours: Map<number, bigint>;
}

interface OpenPeriod extends RollupPeriod {
  groups: Map<string, Group>;
}

function integerOf(value: number | bigint, record: HourlyUsageDto, usageType: string): bigint {
  if (typeof value === 'bigint') return value;
  if (Number.isInteger(value)) return BigInt(value);
  throw malformedBody(
    GET_HOURLY_USAGE,
    `measurement ${usageType} of ${record.product_family} at ${record.timestamp} is not an integer: ${value}`,
  );
}

/** Code-unit order (not the locale's): the same on every machine. */
const compare = (a: string | null, b: string | null): number => {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
};

const byKeys = (a: Group, b: Group): number =>
  compare(a.orgId, b.orgId) ||
  compare(a.productFamily, b.productFamily) ||
  compare(a.usageType, b.usageType) ||
  compare(a.aggregation, b.aggregation);

function rowsOf(period: OpenPeriod): UsageRollupRowModel[] {
  return [...period.groups.values()].sort(byKeys).map((g) => ({
    periodStart: new Date(period.startMs),
    periodEnd: new Date(period.endMs),
    orgId: g.orgId,
    orgName: g.orgName,
    productFamily: g.productFamily,
    usageType: g.usageType,
    aggregation: g.aggregation,
    value: aggregateHours([...g.hours.values()], g.aggregation),
    hours: g.hours.size,
  }));
}

/**
 * Rolls hourly usage up as it is read: each measurement with a value goes to its period (see
 * rollupPeriod) and its group (the dimensions of `groupBy`, plus the aggregation, so values billed
 * differently are never merged: a usage type whose billed aggregation differs between the families
 * a row merges gives one row per aggregation), where values of the same hour are added. A period is
 * aggregated and yielded, rows sorted by org, family, usage type and aggregation, as soon as the
 * batches have passed its end, and its hourly values dropped: memory holds the periods still open,
 * never the records. A group with no value in a period has no row for it.
 */
export async function* rollUpUsage(
  batches: AsyncIterable<HourlyUsageBatch>,
  spec: RollupSpec,
): AsyncGenerator<UsageRollupRowModel[]> {
  const open = new Map<number, OpenPeriod>();
  const byOrg = spec.groupBy.has('ORG');
  const byFamily = spec.groupBy.has('PRODUCT_FAMILY');
  const byType = spec.groupBy.has('USAGE_TYPE');
  // Every record of an hour lands in the same period: look it up once per hour.
  let lastHour = Number.NaN;
  let lastPeriod: OpenPeriod | null = null;
  const periodOf = (hourMs: number): OpenPeriod => {
    if (hourMs === lastHour && lastPeriod !== null) return lastPeriod;
    const p = rollupPeriod(hourMs, spec.granularity, spec.startMs, spec.endMs);
    let period = open.get(p.startMs);
    if (period === undefined) open.set(p.startMs, (period = { ...p, groups: new Map() }));
    lastHour = hourMs;
    lastPeriod = period;
    return period;
  };
  const closed = (through: number): UsageRollupRowModel[] => {
    const done = [...open.values()].filter((p) => p.endMs <= through).sort((a, b) => a.startMs - b.startMs);
    for (const p of done) open.delete(p.startMs);
    lastPeriod = null;
    return done.flatMap(rowsOf);
  };
  for await (const batch of batches) {
    for (const record of batch.records) {
      if (spec.orgs !== null && !spec.orgs.has(record.public_id)) continue;
      const hourMs = Date.parse(record.timestamp);
      if (!(hourMs >= spec.startMs && hourMs < spec.endMs)) continue;
      const period = periodOf(hourMs);
      for (const m of record.measurements) {
        if (m.value === null || (spec.usageTypes !== null && !spec.usageTypes.has(m.usage_type))) continue;
        const aggregation = spec.aggregation ?? billedAggregation(record.product_family, m.usage_type);
        const orgId = byOrg ? record.public_id : null;
        const productFamily = byFamily ? record.product_family : null;
        const usageType = byType ? m.usage_type : null;
        const key = `${orgId ?? ''}\u0000${productFamily ?? ''}\u0000${usageType ?? ''}\u0000${aggregation}`;
        let group = period.groups.get(key);
        if (group === undefined) {
          group = {
            orgId,
            orgName: byOrg ? record.org_name : null,
            productFamily,
            usageType,
            aggregation,
            hours: new Map(),
          };
          period.groups.set(key, group);
        }
        group.hours.set(hourMs, (group.hours.get(hourMs) ?? 0n) + integerOf(m.value, record, m.usage_type));
      }
    }
    if (batch.through !== null) {
      const rows = closed(batch.through.getTime());
      if (rows.length > 0) yield rows;
    }
  }
  const rest = closed(Number.POSITIVE_INFINITY);
  if (rest.length > 0) yield rest;
}
