import type { Resolvers } from '../../../generated/graphql.js';
import { tagValuesOf } from './tagValues.js';
import type { MonthlyUsageAttributionModel } from './attributionModels.js';

/** The values a monthly view shows: the fields it asked for, in upstream order. */
export function shownValues(m: MonthlyUsageAttributionModel): Array<{ field: string; value: number | null }> {
  return Object.entries(m.record.values)
    .filter(([field]) => m.fields === null || m.fields.has(field))
    .map(([field, value]) => ({ field, value }));
}

/**
 * Resolvers of the hourly and monthly usage attribution types (their upstream-backed fields come from
 * the field specs).
 */
export const attributionResolvers: Resolvers = {
  HourlyUsageAttribution: {
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
