import type { Resolvers } from '../../../generated/graphql.js';
import { DAY_MS, startOfMonth } from '../../../time/utcTime.js';
import { costFinalizedAt } from '../api/costLimits.js';
import { resolveMonthlyCostAttribution } from './costAttributionField.js';
import { resolveOrgCosts } from './orgCostsField.js';
import { recordOrg } from '../orgs/recordOrg.js';
import { tagValuesOf } from '../attribution/tagValues.js';
import { checkFigureField, costAttributionFigure } from './costAttributionFigure.js';
import type { CostAttributionDto } from './monthlyCostAttributionClient.js';

/** The row's value of `field`, or undefined when the row does not carry it. */
const rowValue = (r: CostAttributionDto, field: string): unknown =>
  Object.prototype.hasOwnProperty.call(r.values, field) ? r.values[field] : undefined;

/** Resolvers for historical, estimated and projected costs, monthly cost attribution, billing dimensions. */
export const costResolvers: Resolvers = {
  Query: {
    costs: (_root, args, ctx) => resolveOrgCosts(ctx, args, args.view ?? 'SUB_ORG'),
    monthlyCostAttribution: (_root, args, ctx) => resolveMonthlyCostAttribution(ctx, args),
    activeBillingDimensions: (_root, _args, ctx) => ctx.providers.datadog.loaders.costs.activeBillingDimensions(),
    billingDimensionMapping: (_root, args, ctx) =>
      ctx.providers.datadog.loaders.costs.billingDimensionMapping.load({
        month: args.month ?? null,
        view: args.view ?? null,
      }),
  },
  DatadogOrg: {
    costs: (org, args, ctx) => resolveOrgCosts(ctx, args, 'SUB_ORG', org.publicId),
  },
  OrgCost: {
    org: ({ row }) => ({ publicId: row.public_id, name: row.org_name, region: row.region }),
    month: ({ row }) => startOfMonth(new Date(row.date)),
    day: ({ row, daily }) => (daily ? new Date(Math.floor(Date.parse(row.date) / DAY_MS) * DAY_MS) : null),
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
    org: (r, _args, ctx, info) => recordOrg(r.public_id, r.org_name, ctx, info),
    month: (r) => startOfMonth(new Date(r.month)),
    tags: (r) => tagValuesOf(r.tags),
    tagConfigSource: (r) => r.tag_config_source,
    updatedAt: (r) =>
      r.updated_at !== null && !Number.isNaN(Date.parse(r.updated_at)) ? new Date(r.updated_at) : null,
    values: (r) =>
      Object.entries(r.values).map(([field, value]) => ({ field, ...costAttributionFigure(field, value) })),
    cost: (r, { field }) => {
      checkFigureField('cost', field);
      return costAttributionFigure(field, rowValue(r, field)).cost;
    },
    percentage: (r, { field }) => {
      checkFigureField('percentage', field);
      return costAttributionFigure(field, rowValue(r, field)).percentage;
    },
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
