/**
 * Invoice line items from a month's usage and the price list: one line per usage type with usage,
 * `units` = the month's quantity, `rate` = the list price, `amount` = rate x units exactly; and now
 * and then a credit line (end-of-month invoices only). Amounts are summed as exact decimals.
 */
import { hash32, mix32, unitFloat } from '../../../simulator/hashing.js';
import { AMOUNT_SCALE, QUANTITY_SCALE, RATE_SCALE, parseScaled, scaledNumber } from './fixedDecimal.js';
import { GLOBAL_REGION, PRODUCTS, productOf, type SimUsageType } from './fastlyCatalog.js';
import type { InvoiceLineItem, MtdLineItem } from './fastlyRecords.js';

/** A usage type's quantity in one month, in thousandths of its unit. */
export interface TypeUsage {
  type: SimUsageType;
  quantity: bigint;
}

/** Line items with their exact total (in 10^-12 USD). */
export interface PricedLines<L> {
  items: L[];
  total: bigint;
}

/** The `usage_type` of credit lines: no usage type of the catalog, so credits join no usage. */
export const CREDIT_USAGE_TYPE = 'Credit';

/** One line per usage type with a non-zero quantity, in the order given. */
export function usageLineItems(usage: readonly TypeUsage[]): PricedLines<MtdLineItem> {
  let total = 0n;
  const items = usage
    .filter((u) => u.quantity > 0n)
    .map(({ type, quantity }): MtdLineItem => {
      const rate = parseScaled(type.rate, RATE_SCALE);
      const amount = quantity * rate;
      total += amount;
      const product = productOf(type);
      return {
        description: type.name,
        amount: scaledNumber(amount, AMOUNT_SCALE),
        rate: scaledNumber(rate, RATE_SCALE),
        units: scaledNumber(quantity, QUANTITY_SCALE),
        product_name: product.productName,
        product_group: product.productGroup,
        product_line: product.productLine,
        region: type.region,
        usage_type: type.usageType,
      };
    });
  return { items, total };
}

const CODE_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * The credit on a customer's end-of-month invoice for `month`, if it has one (about one invoice in
 * four): a whole number of cents from $25 to $500 off one product, as a line of 1 unit at a negative
 * rate, with a coupon code.
 */
export function creditLineItem(seed: string, customerId: string, month: string): PricedLines<InvoiceLineItem> {
  const key = hash32(`${seed}|credit|${customerId}|${month}`);
  if (unitFloat(key) >= 0.25) return { items: [], total: 0n };
  const cents = 2_500 + Math.floor(unitFloat(mix32(key, 1)) * 47_501);
  const amount = -BigInt(cents) * 10n ** BigInt(AMOUNT_SCALE - 2);
  const product = PRODUCTS[mix32(key, 2) % PRODUCTS.length] ?? PRODUCTS[0];
  if (!product) throw new Error('The catalog has no products');
  let code = 'CR';
  for (let i = 0; i < 8; i++) code += CODE_CHARS[mix32(key, 10 + i) % CODE_CHARS.length];
  const item: InvoiceLineItem = {
    description: `Service credit - ${product.productName}`,
    amount: scaledNumber(amount, AMOUNT_SCALE),
    credit_coupon_code: code,
    rate: scaledNumber(amount, AMOUNT_SCALE),
    units: 1,
    product_name: product.productName,
    product_group: product.productGroup,
    product_line: product.productLine,
    region: GLOBAL_REGION,
    usage_type: CREDIT_USAGE_TYPE,
  };
  return { items: [item], total: amount };
}
