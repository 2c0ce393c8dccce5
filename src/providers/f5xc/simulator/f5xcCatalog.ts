/**
 * The simulated tenant's price list and what it runs: the metrics (usage types) of four product
 * families, each with its unit, how it is billed and its price, and the namespaces with the objects
 * (load balancers, CDN distributions) that incur them.
 */

/** The product families the simulated usage falls into. */
export type SimFamily = 'LOAD_BALANCING' | 'WAAP' | 'BOT_DEFENSE' | 'CDN';

/** One metered usage type. */
export interface SimMetric {
  /** The stable id (`metric_label`), e.g. `lb-http-requests`. */
  label: string;
  /** The display name (`usage_type`). */
  usageType: string;
  family: SimFamily;
  /** The unit quantities are reported in (`unit_name`). */
  unit: string;
  /** Decimal places of the quantities (0 for counts, 3 for GB). */
  decimals: 0 | 3;
  /** The unit the price is per (`unit_name_billable`). */
  billableUnit: string;
  /** How many `unit`s make one `billableUnit`. */
  unitsPerBillable: number;
  /** Price of one `billableUnit`, in hundredths of USD. */
  priceHundredths: number;
  /** Mean usage of one object in one hour, in `unit`. */
  hourlyMean: number;
}

/** The metrics, in the order usage is listed. */
export const METRICS: readonly SimMetric[] = [
  {
    label: 'lb-http-requests',
    usageType: 'HTTP Load Balancer - Requests',
    family: 'LOAD_BALANCING',
    unit: 'requests',
    decimals: 0,
    billableUnit: 'Million Requests',
    unitsPerBillable: 1_000_000,
    priceHundredths: 60,
    hourlyMean: 400_000,
  },
  {
    label: 'lb-data-transfer',
    usageType: 'HTTP Load Balancer - Data Transfer',
    family: 'LOAD_BALANCING',
    unit: 'GB',
    decimals: 3,
    billableUnit: 'GB',
    unitsPerBillable: 1,
    priceHundredths: 8,
    hourlyMean: 12.5,
  },
  {
    label: 'waap-requests',
    usageType: 'Web App and API Protection - Requests',
    family: 'WAAP',
    unit: 'requests',
    decimals: 0,
    billableUnit: 'Million Requests',
    unitsPerBillable: 1_000_000,
    priceHundredths: 150,
    hourlyMean: 300_000,
  },
  {
    label: 'bot-defense-transactions',
    usageType: 'Bot Defense - Transactions',
    family: 'BOT_DEFENSE',
    unit: 'transactions',
    decimals: 0,
    billableUnit: 'Thousand Transactions',
    unitsPerBillable: 1000,
    priceHundredths: 45,
    hourlyMean: 20_000,
  },
  {
    label: 'cdn-data-transfer',
    usageType: 'CDN - Data Transfer',
    family: 'CDN',
    unit: 'GB',
    decimals: 3,
    billableUnit: 'GB',
    unitsPerBillable: 1,
    priceHundredths: 4,
    hourlyMean: 40,
  },
  {
    label: 'cdn-requests',
    usageType: 'CDN - Requests',
    family: 'CDN',
    unit: 'requests',
    decimals: 0,
    billableUnit: 'Million Requests',
    unitsPerBillable: 1_000_000,
    priceHundredths: 75,
    hourlyMean: 900_000,
  },
];

/** The tenant-wide subscription: a fixed line of the `system` namespace's charges, every month. */
export const SUBSCRIPTION = {
  usageType: 'Platform Subscription',
  unit: 'month',
  priceHundredths: 150_000,
} as const;

/** The coupons of the open period (the `system` namespace's); titles are at most 6 characters, as published. */
export const COUPONS = [
  { title: 'LAUNCH', discount_type: 'DISCOUNT_TYPE_FIXED_AMOUNT', discount_amount: 5000 },
  { title: 'LOYAL', discount_type: 'DISCOUNT_TYPE_PERCENTAGE', discount_amount: 1000 },
] as const;

/** One object of a namespace that incurs usage. */
export interface SimObject {
  name: string;
  /** The metric labels it incurs. */
  labels: readonly string[];
  /** Days before the data clock's month it was created (usage starts then). */
  ageDays: number;
}

/** An application namespace (at most 6 characters) and its objects. */
export interface SimNamespace {
  name: string;
  objects: readonly SimObject[];
}

const LB = ['lb-http-requests', 'lb-data-transfer'];
const CDN = ['cdn-data-transfer', 'cdn-requests'];

/** The tenant's application namespaces (besides `system`). */
export const NAMESPACES: readonly SimNamespace[] = [
  {
    name: 'shop',
    objects: [
      { name: 'shop-lb', labels: [...LB, 'waap-requests', 'bot-defense-transactions'], ageDays: 400 },
      { name: 'shop-cdn', labels: CDN, ageDays: 400 },
    ],
  },
  { name: 'api', objects: [{ name: 'api-gw', labels: [...LB, 'waap-requests'], ageDays: 250 }] },
  { name: 'blog', objects: [{ name: 'blog-cdn', labels: CDN, ageDays: 120 }] },
  {
    name: 'media',
    objects: [
      { name: 'media-cdn', labels: CDN, ageDays: 45 },
      { name: 'media-lb', labels: LB, ageDays: 10 },
    ],
  },
];
