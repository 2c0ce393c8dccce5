import type { Resolvers } from '../generated/graphql.js';
import { HourlyUsage, HourlyUsageConnection } from '../providers/datadog/hourlyUsage/hourlyUsageResolvers.js';
import { Measurement } from '../providers/datadog/hourlyUsage/measurementResolvers.js';
import { Org } from '../providers/datadog/orgs/orgResolvers.js';
import { Query } from './Query.js';
import { DateScalar, DateTimeScalar, DecimalScalar, Int64Scalar, MonthScalar } from './scalars.js';
import { attributionResolvers } from '../providers/datadog/attribution/attributionResolvers.js';
import { costResolvers } from '../providers/datadog/costs/costResolvers.js';
import { summaryResolvers } from '../providers/datadog/usageSummary/summaryResolvers.js';
import { topMetricsResolvers } from '../providers/datadog/topAverageMetrics/topAverageMetricsResolvers.js';
import { mergeResolvers } from './mergeResolvers.js';

/** Every resolver of the schema. */
export const resolvers: Resolvers = mergeResolvers(
  {
    DateTime: DateTimeScalar,
    Int64: Int64Scalar,
    Month: MonthScalar,
    Date: DateScalar,
    Decimal: DecimalScalar,
    Node: {
      __resolveType: (node) =>
        '__typename' in node ? (node as { __typename: 'Org' | 'HourlyUsage' }).__typename : null,
    },
    Query,
    Org,
    HourlyUsage,
    HourlyUsageConnection,
    Measurement,
  },
  attributionResolvers,
  costResolvers,
  summaryResolvers,
  topMetricsResolvers,
);
