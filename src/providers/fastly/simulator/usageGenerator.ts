/**
 * The monthly usage of one service for one usage type, a pure function of the seed and its inputs:
 * a level per series (service and usage type), a yearly season, a ten-year trend, month-to-month
 * noise, and now and then a month without usage. It does not depend on the data clock: a month's
 * usage is the same whatever `now` is (only the current month is cut at `now`). Gigabytes carry three
 * decimals, counts none.
 */
import { hash32, mix32, unitFloat } from '../../../simulator/hashing.js';
import { monthIndex } from './billingPeriod.js';
import { QUANTITY_SCALE } from './fixedDecimal.js';
import type { SimUsageType } from './fastlyCatalog.js';

/** One series: a service's usage of one usage type. */
export interface UsageSeries {
  customerId: string;
  serviceId: string;
  /** The service's traffic relative to a typical one. */
  weight: number;
  type: SimUsageType;
}

/** Thousandths per unit. */
const MILLI = 10 ** QUANTITY_SCALE;

/** A full month of usage of `series` in `month` (`YYYY-MM`), in thousandths of its unit; 0 for none. */
export function monthlyUsage(seed: string, series: UsageSeries, month: string): bigint {
  const { type } = series;
  const key = hash32(`${seed}|${series.customerId}|${series.serviceId}|${type.productId}|${type.usageType}`);
  const index = monthIndex(month);
  if (unitFloat(mix32(key ^ 0x5bd1e995, index)) < 0.03) return 0n;
  const level = type.typical * series.weight * (0.5 + unitFloat(key));
  const phase = unitFloat(mix32(key, 7)) * 2 * Math.PI;
  const season = 1 + 0.15 * Math.sin((2 * Math.PI * (index % 12)) / 12 + phase);
  const trend = 1 + 0.3 * Math.sin((2 * Math.PI * index) / 120 + 2 * phase);
  const noise = 0.85 + 0.3 * unitFloat(mix32(key, index));
  const value = level * season * trend * noise;
  return type.decimals === 0 ? BigInt(Math.round(value)) * BigInt(MILLI) : BigInt(Math.round(value * MILLI));
}

/**
 * The part of a month's usage accrued after `elapsedMs` of its `monthMs`: proportional, rounded down
 * to what the unit allows (whole units for counts, thousandths for gigabytes).
 */
export function accruedUsage(full: bigint, type: SimUsageType, elapsedMs: number, monthMs: number): bigint {
  const step = type.decimals === 0 ? BigInt(MILLI) : 1n;
  const accrued = (full * BigInt(elapsedMs)) / BigInt(monthMs);
  return (accrued / step) * step;
}
