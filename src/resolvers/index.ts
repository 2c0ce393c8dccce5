import type { Resolvers } from '../generated/graphql.js';
import { HourlyUsage, HourlyUsageConnection } from './HourlyUsage.js';
import { Measurement } from './Measurement.js';
import { Org } from './Org.js';
import { Query } from './Query.js';
import { DateScalar, DateTimeScalar, Int64Scalar, MonthScalar } from './scalars.js';
import { attributionResolvers } from './attributionResolvers.js';
import { costResolvers } from './costResolvers.js';
import { summaryResolvers } from './summaryResolvers.js';
import { topMetricsResolvers } from './topMetricsResolvers.js';
import { mergeResolvers } from './mergeResolvers.js';

/** Every resolver of the schema. */
export const resolvers: Resolvers = mergeResolvers(
  {
    DateTime: DateTimeScalar,
    Int64: Int64Scalar,
    Month: MonthScalar,
    Date: DateScalar,
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
