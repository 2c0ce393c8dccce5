import { recordOrg } from '../orgs/recordOrg.js';
import type { Resolvers } from '../../../generated/graphql.js';
import { tagValuesOf } from './tagValues.js';
import { resolveHourlyUsageAttribution } from './hourlyUsageAttributionField.js';
import { resolveMonthlyUsageAttribution } from './monthlyUsageAttributionField.js';
import type { MonthlyUsageAttributionModel } from './attributionModels.js';

/** The values a monthly view shows: the fields it asked for, in upstream order. */
function shownValues(m: MonthlyUsageAttributionModel): Array<{ field: string; value: number | null }> {
  return Object.entries(m.record.values)
    .filter(([field]) => m.fields === null || m.fields.has(field))
    .map(([field, value]) => ({ field, value }));
}

/** Resolvers for hourly and monthly usage attribution and usage attribution types. */
export const attributionResolvers: Resolvers = {
  Query: {
    hourlyUsageAttribution: (_root, args, ctx) =>
      resolveHourlyUsageAttribution(
        ctx,
        args,
        args.includeDescendants === false ? { kind: 'account', publicId: null } : { kind: 'descendants' },
      ),
    monthlyUsageAttribution: (_root, args, ctx) =>
      resolveMonthlyUsageAttribution(
        ctx,
        args,
        args.includeDescendants === false ? { kind: 'account' } : { kind: 'descendants' },
      ),
    usageAttributionTypes: (_root, _args, ctx) => ctx.providers.datadog.loaders.attribution.types(),
  },
  DatadogOrg: {
    hourlyUsageAttribution: (org, args, ctx) =>
      resolveHourlyUsageAttribution(ctx, args, { kind: 'org', publicId: org.publicId }),
    monthlyUsageAttribution: (org, args, ctx) =>
      resolveMonthlyUsageAttribution(ctx, args, { kind: 'org', publicId: org.publicId }),
  },
  HourlyUsageAttribution: {
    org: (r, _args, ctx, info) => recordOrg(r.public_id, r.org_name, ctx, info, r.region),
    hour: (r) => new Date(r.hour),
    usageType: (r) => r.usage_type,
    tagConfigSource: (r) => r.tag_config_source,
    tags: (r) => tagValuesOf(r.tags),
    totalUsageSum: (r) => r.total_usage_sum,
    updatedAt: (r) => r.updated_at,
  },
  HourlyUsageAttributionConnection: {
    nodes: (c) => c.edges.map((e) => e.node),
  },
  MonthlyUsageAttribution: {
    org: (m, _args, ctx, info) => recordOrg(m.record.public_id, m.record.org_name, ctx, info, m.record.region),
    month: (m) => new Date(m.record.month),
    tags: (m) => tagValuesOf(m.record.tags),
    tagConfigSource: (m) => m.record.tag_config_source,
    updatedAt: (m) => m.record.updated_at,
    values: (m) => shownValues(m),
    value: (m, { field }) => (m.fields === null || m.fields.has(field) ? (m.record.values[field] ?? null) : null),
  },
  MonthlyUsageAttributionConnection: {
    nodes: (c) => c.edges.map((e) => e.node),
    aggregates: (c) => (c.aggregates === null ? null : c.aggregates()),
  },
  UsageAttributionAggregate: {
    aggType: (a) => a.agg_type,
  },
};
