/**
 * What the simulated Fastly account can use: products, their billable usage types, and the price
 * list. A usage type is one billable metric of one product (`cdn_usage` / `North America Requests`);
 * regional products name the region inside the usage type, as Fastly's docs do, and carry it in
 * `region`; the others are `Global`. Usage type names are unique across products.
 */

/** One Fastly product. */
export interface SimProduct {
  /** `product_id` in usage metrics (`cdn_usage`). */
  productId: string;
  /** `product_name` on invoice line items. */
  productName: string;
  /** `product_group` on invoice line items (`Full-Site Delivery`, `Compute`). */
  productGroup: string;
  /** `product_line` on invoice line items (`Network Services`, `Security`). */
  productLine: string;
}

/** One billable usage type of a product, with its price. */
export interface SimUsageType {
  productId: string;
  /** `usage_type` (`North America Requests`); unique across products. */
  usageType: string;
  /** `name`: the full name as it appears on an invoice (the line item's `description`). */
  name: string;
  /** `region` (`North America`, or `Global` for products that are not regional). */
  region: string;
  /** `unit`: `GB`, `vCPU-ms`, or `unit` when the usage has no explicit unit (request counts). */
  unit: string;
  /** Decimal places of a quantity: 0 for counts, 3 for gigabytes. */
  decimals: 0 | 3;
  /**
   * Raw measured units per billed unit: `raw_quantity` = `quantity` x this (bytes per GB: 10^9;
   * 1 for counts and milliseconds).
   */
  rawPerUnit: number;
  /** Price per unit in USD, plain decimal text (`0.0000075`). */
  rate: string;
  /** A typical month of one service using it, in units: the scale the generator draws around. */
  typical: number;
}

/** The regions of regional products (delivery). */
export const REGIONS = ['North America', 'Europe', 'Asia Pacific', 'South America', 'Australia'] as const;
export type Region = (typeof REGIONS)[number];

/** The region of products billed without one. */
export const GLOBAL_REGION = 'Global';

export const PRODUCTS: readonly SimProduct[] = [
  {
    productId: 'cdn_usage',
    productName: 'Full-Site Delivery',
    productGroup: 'Full-Site Delivery',
    productLine: 'Network Services',
  },
  {
    productId: 'image_optimizer',
    productName: 'Image Optimizer',
    productGroup: 'Full-Site Delivery',
    productLine: 'Network Services',
  },
  { productId: 'compute', productName: 'Compute', productGroup: 'Compute', productLine: 'Network Services' },
  {
    productId: 'ddos_protection',
    productName: 'DDoS Protection',
    productGroup: 'Application Security',
    productLine: 'Security',
  },
  { productId: 'ngwaf', productName: 'Next-Gen WAF', productGroup: 'Application Security', productLine: 'Security' },
  {
    productId: 'log_streaming',
    productName: 'Log Streaming',
    productGroup: 'Observability',
    productLine: 'Observability',
  },
];

/** Per region: request price, bandwidth price (USD), and a typical month of one service. */
const DELIVERY: Readonly<Record<Region, { requests: string; gb: string; requestsMonth: number; gbMonth: number }>> = {
  'North America': { requests: '0.0000075', gb: '0.12', requestsMonth: 400_000_000, gbMonth: 30_000 },
  Europe: { requests: '0.0000075', gb: '0.12', requestsMonth: 250_000_000, gbMonth: 20_000 },
  'Asia Pacific': { requests: '0.000009', gb: '0.19', requestsMonth: 100_000_000, gbMonth: 8_000 },
  'South America': { requests: '0.000016', gb: '0.28', requestsMonth: 30_000_000, gbMonth: 2_500 },
  Australia: { requests: '0.000012', gb: '0.19', requestsMonth: 20_000_000, gbMonth: 1_500 },
};

function productName(productId: string): string {
  const product = PRODUCTS.find((p) => p.productId === productId);
  if (!product) throw new Error(`Unknown product '${productId}'`);
  return product.productName;
}

/** A usage type; its invoice name is `<product name> - <usage type>`. */
function usageType(
  productId: string,
  type: string,
  region: string,
  unit: string,
  rate: string,
  typical: number,
): SimUsageType {
  return {
    productId,
    usageType: type,
    name: `${productName(productId)} - ${type}`,
    region,
    unit,
    decimals: unit === 'GB' ? 3 : 0,
    rawPerUnit: unit === 'GB' ? 1_000_000_000 : 1,
    rate,
    typical,
  };
}

/** Every usage type, in the order usage metrics and invoices list them (product, then usage type). */
export const USAGE_TYPES: readonly SimUsageType[] = [
  ...REGIONS.flatMap((region) => {
    const d = DELIVERY[region];
    return [
      usageType('cdn_usage', `${region} Requests`, region, 'unit', d.requests, d.requestsMonth),
      usageType('cdn_usage', `${region} Bandwidth`, region, 'GB', d.gb, d.gbMonth),
    ];
  }),
  usageType('image_optimizer', 'Image Optimizer Requests', GLOBAL_REGION, 'unit', '0.00001', 20_000_000),
  usageType('compute', 'Compute Requests', GLOBAL_REGION, 'unit', '0.0000005', 150_000_000),
  usageType('compute', 'Compute vCPU Time', GLOBAL_REGION, 'vCPU-ms', '0.000002', 300_000_000),
  usageType('ddos_protection', 'DDoS Protection Requests', GLOBAL_REGION, 'unit', '0.0000005', 300_000_000),
  usageType('ngwaf', 'Next-Gen WAF Requests', GLOBAL_REGION, 'unit', '0.0000012', 200_000_000),
  usageType('log_streaming', 'Log Streaming Volume', GLOBAL_REGION, 'GB', '0.05', 600),
];

/** The product a usage type belongs to. */
export function productOf(type: SimUsageType): SimProduct {
  const product = PRODUCTS.find((p) => p.productId === type.productId);
  if (!product) throw new Error(`Unknown product '${type.productId}'`);
  return product;
}

/** The usage type `usageType` of product `productId`, if the catalog has it. */
export function findUsageType(productId: string, usageType: string): SimUsageType | undefined {
  return USAGE_TYPES.find((t) => t.productId === productId && t.usageType === usageType);
}
