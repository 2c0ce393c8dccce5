import type { Resolvers } from '../../../generated/graphql.js';
import { floorToDay, startOfMonth, timestampOrNull } from '../../../time/utcTime.js';
import { costFinalizedAt } from '../api/costLimits.js';
import { tagValuesOf } from '../attribution/tagValues.js';
import { costAttributionFigure } from './costAttributionFigure.js';

/**
 * Resolvers of the types of historical, estimated and projected costs, monthly cost attribution and
 * billing dimensions (their upstream-backed fields come from the field specs).
 */
export const costResolvers: Resolvers = {
  OrgCost: {
    org: ({ row }) => ({ publicId: row.public_id, name: row.org_name, region: row.region }),
    month: ({ row }) => startOfMonth(new Date(row.date)),
    day: ({ row, daily }) => (daily ? floorToDay(new Date(row.date)) : null),
    date: ({ row }) => new Date(row.date),
    totalCost: ({ row }) => row.total_cost,
    isFinal: ({ row, kind }, _args, ctx) =>
      kind === 'historical' ? ctx.now >= costFinalizedAt(new Date(row.date)) : null,
    charges: ({ row }, { productName, chargeType }) =>
      row.charges.filter(
        (c) =>
          (productName === null || productName === undefined || c.product_name === productName) &&
          (chargeType === null || chargeType === undefined || c.charge_type === chargeType),
      ),
  },
  Charge: {
    productName: (c) => c.product_name,
    chargeType: (c) => c.charge_type,
    cost: (c) => c.cost,
  },
  MonthlyCostAttributionConnection: {
    nodes: (c) => c.edges.map((e) => e.node),
    aggregates: (c) => c.aggregates(),
  },
  MonthlyCostAttribution: {
    month: (r) => startOfMonth(new Date(r.month)),
    tags: (r) => tagValuesOf(r.tags),
    tagConfigSource: (r) => r.tag_config_source,
    updatedAt: (r) => timestampOrNull(r.updated_at),
    values: (r) =>
      Object.entries(r.values).map(([field, value]) => ({ field, ...costAttributionFigure(field, value) })),
  },
  CostAttributionAggregate: {
    aggType: (a) => a.agg_type,
    cost: (a) => costAttributionFigure(a.field, a.value).cost,
    percentage: (a) => costAttributionFigure(a.field, a.value).percentage,
  },
  ActiveBillingDimensions: {
    month: (d) => (d.month === null ? null : startOfMonth(new Date(d.month))),
  },
  BillingDimensionMapping: {
    billingDimension: (m) => m.id,
    inAppLabel: (m) => m.in_app_label,
    month: (m) => (m.timestamp === null ? null : startOfMonth(new Date(m.timestamp))),
  },
  BillingDimensionEndpoint: {
    endpoint: (e) => e.id,
  },
};
