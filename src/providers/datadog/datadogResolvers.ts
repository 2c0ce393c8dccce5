import type { Resolvers } from '../../generated/graphql.js';
import { mergeResolvers } from '../../graphql/mergeResolvers.js';
import { HourlyUsage, HourlyUsageConnection } from './hourlyUsage/hourlyUsageResolvers.js';
import { Measurement } from './hourlyUsage/measurementResolvers.js';
import { resolveHourlyUsage } from './hourlyUsage/hourlyUsageField.js';
import { DatadogOrg } from './orgs/orgResolvers.js';
import { attributionResolvers } from './attribution/attributionResolvers.js';
import { costResolvers } from './costs/costResolvers.js';
import { summaryResolvers } from './usageSummary/summaryResolvers.js';
import { topMetricsResolvers } from './topAverageMetrics/topAverageMetricsResolvers.js';

/** Every resolver of schema/datadog. */
export const datadogResolvers: Resolvers = mergeResolvers(
  {
    Query: {
      account: async (_root, _args, ctx) => (await ctx.providers.datadog.loaders.orgDirectory()).account,
      org: async (_root, { publicId }, ctx) =>
        (await ctx.providers.datadog.loaders.orgDirectory()).byPublicId.get(publicId) ?? null,
      hourlyUsage: (_root, args, ctx) =>
        resolveHourlyUsage(
          ctx,
          args,
          args.includeDescendants ? { kind: 'descendants' } : { kind: 'account', publicId: null },
        ),
    },
    DatadogOrg,
    HourlyUsage,
    HourlyUsageConnection,
    Measurement,
  },
  attributionResolvers,
  costResolvers,
  summaryResolvers,
  topMetricsResolvers,
);
