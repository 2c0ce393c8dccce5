/**
 * The row of meterql's FOCUS 1.2 view (FinOps Open Cost and Usage Specification): one charge of one
 * provider, under the FOCUS column ids. Every provider that offers the view maps its own charges to
 * this shape (its `Provider.focus` hook); the core only merges, filters, pages, sums and exports.
 */
import type { Decimal } from '../money/decimal.js';
import { addMonths } from '../time/utcTime.js';

/** FOCUS `ChargeCategory` values. */
export const CHARGE_CATEGORIES = ['Usage', 'Purchase', 'Tax', 'Credit', 'Adjustment'] as const;
export type FocusChargeCategory = (typeof CHARGE_CATEGORIES)[number];

/** FOCUS `ChargeClass` values (null otherwise). */
export const CHARGE_CLASSES = ['Correction'] as const;
export type FocusChargeClass = (typeof CHARGE_CLASSES)[number];

/** FOCUS `ChargeFrequency` values. */
export const CHARGE_FREQUENCIES = ['One-Time', 'Recurring', 'Usage-Based'] as const;
export type FocusChargeFrequency = (typeof CHARGE_FREQUENCIES)[number];

/** FOCUS `PricingCategory` values. */
export const PRICING_CATEGORIES = ['Standard', 'Dynamic', 'Committed', 'Other'] as const;
export type FocusPricingCategory = (typeof PRICING_CATEGORIES)[number];

/** FOCUS `ServiceCategory` values: every row carries exactly one. */
export const SERVICE_CATEGORIES = [
  'AI and Machine Learning',
  'Analytics',
  'Business Applications',
  'Compute',
  'Databases',
  'Developer Tools',
  'Multicloud',
  'Identity',
  'Integration',
  'Internet of Things',
  'Management and Governance',
  'Media',
  'Migration',
  'Mobile',
  'Networking',
  'Security',
  'Storage',
  'Web',
  'Other',
] as const;
export type FocusServiceCategory = (typeof SERVICE_CATEGORIES)[number];

/**
 * One FOCUS row. Property names are the FOCUS column ids in camel case (`BilledCost` is `billedCost`);
 * money and quantities are exact decimals; periods are UTC instants, start inclusive, end exclusive.
 * The non-nullable properties are FOCUS's required columns.
 */
export interface FocusRow {
  billedCost: Decimal;
  effectiveCost: Decimal;
  listCost: Decimal;
  contractedCost: Decimal;
  /** ISO 4217, e.g. `USD`. */
  billingCurrency: string;
  billingAccountId: string;
  billingAccountName: string | null;
  subAccountId: string | null;
  subAccountName: string | null;
  billingPeriodStart: Date;
  billingPeriodEnd: Date;
  chargePeriodStart: Date;
  chargePeriodEnd: Date;
  chargeCategory: FocusChargeCategory;
  chargeClass: FocusChargeClass | null;
  chargeDescription: string | null;
  chargeFrequency: FocusChargeFrequency | null;
  consumedQuantity: Decimal | null;
  consumedUnit: string | null;
  pricingQuantity: Decimal | null;
  pricingUnit: string | null;
  listUnitPrice: Decimal | null;
  contractedUnitPrice: Decimal | null;
  pricingCategory: FocusPricingCategory | null;
  providerName: string;
  publisherName: string;
  invoiceIssuerName: string;
  serviceName: string;
  serviceCategory: FocusServiceCategory;
  serviceSubcategory: string | null;
  skuId: string | null;
  skuPriceId: string | null;
  regionId: string | null;
  regionName: string | null;
  /** Key → value; null when the row carries none. */
  tags: Readonly<Record<string, string>> | null;
}

/** What a FOCUS column holds, for writers (CSV, NDJSON) and checks. */
export type FocusColumnKind = 'decimal' | 'string' | 'datetime' | 'tags';

/** One FOCUS column: its FOCUS id, the {@link FocusRow} property, its kind, and whether FOCUS allows null. */
export interface FocusColumn {
  readonly id: string;
  readonly key: keyof FocusRow;
  readonly kind: FocusColumnKind;
  readonly nullable: boolean;
  /** The values FOCUS allows, for enumerated columns. */
  readonly allowed?: readonly string[];
}

const column = (id: string, kind: FocusColumnKind, nullable: boolean, allowed?: readonly string[]): FocusColumn => ({
  id,
  key: (id.charAt(0).toLowerCase() + id.slice(1)) as keyof FocusRow,
  kind,
  nullable,
  ...(allowed ? { allowed } : {}),
});

/** Every column of the view, in export order (the CSV header is their ids). */
export const FOCUS_COLUMNS: readonly FocusColumn[] = [
  column('BilledCost', 'decimal', false),
  column('EffectiveCost', 'decimal', false),
  column('ListCost', 'decimal', false),
  column('ContractedCost', 'decimal', false),
  column('BillingCurrency', 'string', false),
  column('BillingAccountId', 'string', false),
  column('BillingAccountName', 'string', true),
  column('SubAccountId', 'string', true),
  column('SubAccountName', 'string', true),
  column('BillingPeriodStart', 'datetime', false),
  column('BillingPeriodEnd', 'datetime', false),
  column('ChargePeriodStart', 'datetime', false),
  column('ChargePeriodEnd', 'datetime', false),
  column('ChargeCategory', 'string', false, CHARGE_CATEGORIES),
  column('ChargeClass', 'string', true, CHARGE_CLASSES),
  column('ChargeDescription', 'string', true),
  column('ChargeFrequency', 'string', true, CHARGE_FREQUENCIES),
  column('ConsumedQuantity', 'decimal', true),
  column('ConsumedUnit', 'string', true),
  column('PricingQuantity', 'decimal', true),
  column('PricingUnit', 'string', true),
  column('ListUnitPrice', 'decimal', true),
  column('ContractedUnitPrice', 'decimal', true),
  column('PricingCategory', 'string', true, PRICING_CATEGORIES),
  column('ProviderName', 'string', false),
  column('PublisherName', 'string', false),
  column('InvoiceIssuerName', 'string', false),
  column('ServiceName', 'string', false),
  column('ServiceCategory', 'string', false, SERVICE_CATEGORIES),
  column('ServiceSubcategory', 'string', true),
  column('SkuId', 'string', true),
  column('SkuPriceId', 'string', true),
  column('RegionId', 'string', true),
  column('RegionName', 'string', true),
  column('Tags', 'tags', true),
];

/** What a provider's charge of one billing period states, whatever else its row says. */
export interface FocusCharge {
  /** BilledCost, and EffectiveCost, ListCost and ContractedCost alike (no discount or commitment apart). */
  cost: Decimal;
  /** ISO 4217, e.g. `USD`. */
  currency: string;
  billingAccountId: string;
  /** The billing period's first instant; the charge period is the same month unless the row says otherwise. */
  month: Date;
  /** ProviderName, PublisherName and InvoiceIssuerName. */
  provider: string;
}

/** The columns a row decides itself: everything else has a default in {@link focusRowBase}. */
type OwnColumns = 'chargeCategory' | 'serviceName' | 'serviceCategory';

/**
 * The row of `charge` with every optional column null (ChargeFrequency too): a provider's mapping
 * spreads it and adds its own columns, e.g. `{ ...focusRowBase(charge), chargeCategory: 'Usage', ... }`.
 */
export function focusRowBase(charge: FocusCharge): Omit<FocusRow, OwnColumns> {
  const end = addMonths(charge.month, 1);
  return {
    billedCost: charge.cost,
    effectiveCost: charge.cost,
    listCost: charge.cost,
    contractedCost: charge.cost,
    billingCurrency: charge.currency,
    billingAccountId: charge.billingAccountId,
    billingAccountName: null,
    subAccountId: null,
    subAccountName: null,
    billingPeriodStart: charge.month,
    billingPeriodEnd: end,
    chargePeriodStart: charge.month,
    chargePeriodEnd: end,
    chargeClass: null,
    chargeDescription: null,
    chargeFrequency: null,
    consumedQuantity: null,
    consumedUnit: null,
    pricingQuantity: null,
    pricingUnit: null,
    listUnitPrice: null,
    contractedUnitPrice: null,
    pricingCategory: null,
    providerName: charge.provider,
    publisherName: charge.provider,
    invoiceIssuerName: charge.provider,
    serviceSubcategory: null,
    skuId: null,
    skuPriceId: null,
    regionId: null,
    regionName: null,
    tags: null,
  };
}
