/** The bodies the simulated F5 Distributed Cloud usage API answers, as its published schema names their fields. */

/** `usageHourlyItem`: one UTC hour of one usage item. */
export interface HourlyItem {
  container: string;
  deployment: string;
  start_timestamp: string;
  end_timestamp: string;
  quantity: number;
  unit_name: string;
}

/** `usageUsageItem`: one object's usage of one metric over the requested window. */
export interface UsageItem {
  usage_type: string;
  metric_label: string;
  namespace: string;
  object_name: string;
  quantity: number;
  unit_name: string;
  start_timestamp: string;
  end_timestamp: string;
  /** Base64 JSON naming the item; `hourly_usage_details` takes it back as `query`. */
  hourly_breakdown_query: string;
}

/** `usageMonthlyUsageType`: one closed month's charges; `amount` is int64 hundredths written as a string. */
export interface MonthlyUsageItem {
  amount: string;
  currency_code: string;
  start_timestamp: string;
  end_timestamp: string;
}

/** `usageCalculatedUsageItem`: one priced line of the open period. */
export interface CalculatedUsageItem {
  usage_type: string;
  metric_labels: string[];
  quantity: number;
  quantity_billable: string;
  unit_name: string;
  unit_name_billable: string;
  amount: string;
  currency_code: string;
  start_timestamp: string;
  end_timestamp: string;
  fixed: boolean;
  status: 'STATUS_ACTIVE';
}

/** `usageCoupon`. */
export interface Coupon {
  title: string;
  discount_type: 'DISCOUNT_TYPE_FIXED_AMOUNT' | 'DISCOUNT_TYPE_PERCENTAGE';
  discount_amount: number;
}

/** `usageListCurrentUsageResp`: `discount` and `total_cost` are int64 hundredths written as strings. */
export interface CurrentUsage {
  coupons: Coupon[];
  discount: string;
  total_cost: string;
  usage_items: CalculatedUsageItem[];
}
