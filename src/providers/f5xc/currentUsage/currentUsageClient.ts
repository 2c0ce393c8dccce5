import type { Decimal } from '../../../money/decimal.js';
import { F5xcFields, f5xcPost, hundredthsToDecimal, type F5xcApi } from '../f5xcApi.js';
import { isoSeconds } from '../f5xcTime.js';

/** `POST /api/web/namespaces/{namespace}/current_usage`. */
export const LIST_CURRENT_USAGE = 'ListCurrentUsage';

/** One request: a namespace's priced usage in [start, end). */
export interface CurrentPeriodRequest {
  namespace: string;
  start: Date;
  end: Date;
}

/** One priced line, exact (F5 sends amounts as int64 hundredths in strings). */
export interface F5xcChargeRecord {
  usageType: string;
  metricLabels: string[];
  quantity: Decimal;
  unit: string;
  /** `quantity_billable`; null when absent. */
  billableQuantity: bigint | null;
  billableUnit: string | null;
  amount: Decimal;
  currency: string;
  /** A fixed line (subscription, fee) rather than usage. */
  fixed: boolean;
  /** e.g. `STATUS_ACTIVE`; null when absent. */
  status: string | null;
  start: Date;
  end: Date;
}

/** How a coupon discounts. */
export type F5xcDiscountType = 'FIXED_AMOUNT' | 'PERCENTAGE' | 'UNKNOWN';

/** A coupon; `discountValue` is the amount (fixed) or the percentage (`12.35` for 12.35%), exact. */
export interface F5xcCouponRecord {
  title: string;
  discountType: F5xcDiscountType;
  discountValue: Decimal;
}

/** The priced usage of a namespace's period: `totalCost` = Σ `charges.amount` − `discount` upstream. */
export interface F5xcCurrentPeriodRecord {
  namespace: string;
  /** The period asked for. */
  start: Date;
  end: Date;
  charges: F5xcChargeRecord[];
  coupons: F5xcCouponRecord[];
  discount: Decimal;
  totalCost: Decimal;
  /** The charges' currency; null when there is no charge. */
  currency: string | null;
}

/**
 * Fetches a namespace's priced usage for a period (by default the open one). Rejects only with typed
 * errors. (The FOCUS view maps these to charge rows.)
 */
export function fetchCurrentPeriod(api: F5xcApi, req: CurrentPeriodRequest): Promise<F5xcCurrentPeriodRecord> {
  const body = { namespace: req.namespace, from: isoSeconds(req.start), to: isoSeconds(req.end) };
  return f5xcPost(api, LIST_CURRENT_USAGE, req.namespace, body, (b) => parseCurrentUsage(b, req));
}

const DISCOUNT_TYPES: Readonly<Record<string, F5xcDiscountType>> = {
  DISCOUNT_TYPE_FIXED_AMOUNT: 'FIXED_AMOUNT',
  DISCOUNT_TYPE_PERCENTAGE: 'PERCENTAGE',
  DISCOUNT_TYPE_UNKNOWN: 'UNKNOWN',
};

function parseCurrentUsage(body: unknown, req: CurrentPeriodRequest): F5xcCurrentPeriodRecord {
  const top = F5xcFields.ofBody(LIST_CURRENT_USAGE, body);
  const charges = top.objects('usage_items').map((f): F5xcChargeRecord => {
    return {
      usageType: f.string('usage_type'),
      metricLabels: f.strings('metric_labels'),
      quantity: f.quantity('quantity'),
      unit: f.string('unit_name'),
      billableQuantity: f.optionalInt64('quantity_billable'),
      billableUnit: f.optionalString('unit_name_billable'),
      amount: f.hundredths('amount'),
      currency: f.string('currency_code'),
      fixed: f.boolean('fixed'),
      status: f.optionalString('status'),
      start: f.timestamp('start_timestamp'),
      end: f.timestamp('end_timestamp'),
    };
  });
  const coupons = top.objects('coupons').map((f): F5xcCouponRecord => {
    const type = DISCOUNT_TYPES[f.optionalString('discount_type') ?? 'DISCOUNT_TYPE_UNKNOWN'];
    if (type === undefined) throw f.fail('discount_type', 'is not a documented discount type');
    // Cents for a fixed amount; hundredths of a percent for a percentage: both two decimal places.
    const value = f.optionalInt64('discount_amount') ?? 0n;
    return { title: f.string('title'), discountType: type, discountValue: hundredthsToDecimal(value) };
  });
  return {
    namespace: req.namespace,
    start: req.start,
    end: req.end,
    charges,
    coupons,
    discount: top.hundredths('discount'),
    totalCost: top.hundredths('total_cost'),
    currency: charges[0]?.currency ?? null,
  };
}
