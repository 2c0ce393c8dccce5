import type { Resolvers } from '../generated/graphql.js';
import { HourlyUsage, HourlyUsageConnection } from '../providers/datadog/hourlyUsage/hourlyUsageResolvers.js';
import { Measurement } from '../providers/datadog/hourlyUsage/measurementResolvers.js';
import { Org } from '../providers/datadog/orgs/orgResolvers.js';
import { DateScalar, DateTimeScalar, Int64Scalar, MonthScalar } from './scalars.js';
import { attributionResolvers } from '../providers/datadog/attribution/attributionResolvers.js';
import { costResolvers } from '../providers/datadog/costs/costResolvers.js';
import { summaryResolvers } from '../providers/datadog/usageSummary/summaryResolvers.js';
import { topMetricsResolvers } from '../providers/datadog/topAverageMetrics/topAverageMetricsResolvers.js';
import { datadogFieldSpecs } from '../providers/datadog/datadogFieldSpecs.js';
import { mergeResolvers } from './mergeResolvers.js';
import { coreFieldSpecs } from './coreFieldSpecs.js';
import { mergeFieldSpecs, resolversFromSpecs, type FieldSpecs } from './fieldSpec.js';

/** Every field spec: the core's and each provider's, by coordinate. */
export const fieldSpecs: FieldSpecs = mergeFieldSpecs([coreFieldSpecs, datadogFieldSpecs]);

/**
 * Every resolver of the schema: the plain ones (answered from their parent) and those the field
 * specs make. A field resolved by both is refused (mergeResolvers).
 */
export function createResolvers(specs: FieldSpecs): Resolvers {
  return mergeResolvers(
    {
      DateTime: DateTimeScalar,
      Int64: Int64Scalar,
      Month: MonthScalar,
      Date: DateScalar,
      Node: {
        __resolveType: (node) =>
          '__typename' in node ? (node as { __typename: 'Org' | 'HourlyUsage' }).__typename : null,
      },
      Org,
      HourlyUsage,
      HourlyUsageConnection,
      Measurement,
    },
    attributionResolvers,
    costResolvers,
    summaryResolvers,
    topMetricsResolvers,
    resolversFromSpecs(specs),
  );
}

/** The resolvers the gateway serves. */
export const resolvers: Resolvers = createResolvers(fieldSpecs);
