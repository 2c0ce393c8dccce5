import { expect } from 'vitest';
import { Decimal } from 'decimal.js';
import type { GqlClient, GqlResponse } from './stack.js';

/**
 * Walking the FOCUS view in tests: FOCUS 1.2's required columns and enumerated values (from the
 * specification, not from the code), paging `focusCharges` forward, per-period totals, and the CSV
 * form of a row.
 */

/** FOCUS 1.2's required columns and enumerated values (from the specification, not from the code). */
export const REQUIRED = [
  'BilledCost',
  'BillingAccountId',
  'BillingCurrency',
  'BillingPeriodStart',
  'BillingPeriodEnd',
  'ChargeCategory',
  'ChargePeriodStart',
  'ChargePeriodEnd',
  'ContractedCost',
  'EffectiveCost',
  'InvoiceIssuerName',
  'ListCost',
  'ProviderName',
  'PublisherName',
  'ServiceCategory',
  'ServiceName',
];
export const OPTIONAL = [
  'BillingAccountName',
  'SubAccountId',
  'SubAccountName',
  'ChargeClass',
  'ChargeDescription',
  'ChargeFrequency',
  'ConsumedQuantity',
  'ConsumedUnit',
  'PricingQuantity',
  'PricingUnit',
  'ListUnitPrice',
  'ContractedUnitPrice',
  'PricingCategory',
  'ServiceSubcategory',
  'SkuId',
  'SkuPriceId',
  'RegionId',
  'RegionName',
];
export const ALLOWED: Record<string, Array<string | null>> = {
  ChargeCategory: ['Usage', 'Purchase', 'Tax', 'Credit', 'Adjustment'],
  ChargeClass: ['Correction', null],
  ChargeFrequency: ['One-Time', 'Recurring', 'Usage-Based', null],
  PricingCategory: ['Standard', 'Dynamic', 'Committed', 'Other', null],
  ServiceCategory: [
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
  ],
  ProviderName: ['Datadog', 'Fastly'],
};
export const camel = (id: string): string => id.charAt(0).toLowerCase() + id.slice(1);
export const SCALAR_FIELDS = [...REQUIRED, ...OPTIONAL].map(camel).join(' ');
export const MONEY = ['BilledCost', 'EffectiveCost', 'ListCost', 'ContractedCost'];

export type Row = Record<string, unknown>;

export const PAGE = `query Page($start: Month, $end: Month, $after: String, $first: Int, $providers: [ProviderName!],
  $orgs: [String!], $chargeCategory: [FocusChargeCategory!], $serviceCategory: [FocusServiceCategory!]) {
  focusCharges(billingPeriodStart: $start, billingPeriodEnd: $end, first: $first, after: $after, providers: $providers,
    orgs: $orgs, chargeCategory: $chargeCategory, serviceCategory: $serviceCategory) {
    nodes { ${SCALAR_FIELDS} tags { key value } }
    pageInfo { hasNextPage endCursor }
    failures { provider code message }
  }
}`;

export interface PageData {
  focusCharges: {
    nodes: Row[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    failures: Array<{ provider: string; code: string; message: string }>;
  };
}

/** Pages the whole view forward; returns its rows and the failures of each page. */
export async function walkView(
  stack: { gql: GqlClient },
  vars: Record<string, unknown>,
  first = 250,
): Promise<{ rows: Row[]; failures: Array<PageData['focusCharges']['failures']>; pages: number }> {
  const rows: Row[] = [];
  const failures: Array<PageData['focusCharges']['failures']> = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const res: GqlResponse<PageData> = await stack.gql<PageData>(PAGE, { ...vars, first, after });
    expect(res.body.errors, res.text).toBeUndefined();
    const conn: PageData['focusCharges'] = res.body.data!.focusCharges;
    pages++;
    rows.push(...conn.nodes);
    failures.push(conn.failures);
    if (!conn.pageInfo.hasNextPage) break;
    after = conn.pageInfo.endCursor;
  }
  return { rows, failures, pages };
}

export const monthOf = (iso: unknown): string => String(iso).slice(0, 7);

export function totalsBy(rows: Row[], provider: string): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  for (const r of rows.filter((r) => r.providerName === provider)) {
    const m = monthOf(r.billingPeriodStart);
    out.set(m, (out.get(m) ?? new Decimal(0)).plus(new Decimal(r.billedCost as string)));
  }
  return out;
}

export const asText = (m: Map<string, Decimal>): Record<string, string> =>
  Object.fromEntries([...m].sort().map(([k, v]) => [k, v.toFixed(2)]));

/** The row as the CSV writes it: every column by FOCUS id, null as empty, tags as a JSON object. */
export function asCsvRecord(row: Row): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of [...REQUIRED, ...OPTIONAL]) {
    const v = row[camel(id)];
    if (v !== null && typeof v !== 'string') throw new Error(`column ${id} is not text: ${JSON.stringify(v)}`);
    out[id] = v ?? '';
  }
  const tags = row.tags as Array<{ key: string; value: string }> | null;
  out.Tags = tags === null ? '' : JSON.stringify(Object.fromEntries(tags.map((t) => [t.key, t.value])));
  return out;
}

/** A GraphQL row as the NDJSON export writes it: keyed by column id, nulls kept, Tags an object. */
export function asNdjsonRecord(row: Row): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const id of [...REQUIRED, ...OPTIONAL]) out[id] = row[camel(id)] ?? null;
  const tags = row.tags as Array<{ key: string; value: string }> | null;
  out.Tags = tags === null ? null : Object.fromEntries(tags.map((t) => [t.key, t.value]));
  return out;
}
