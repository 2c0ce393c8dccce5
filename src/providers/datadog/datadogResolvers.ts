import type { Resolvers } from '../../generated/graphql.js';
import { mergeResolvers } from '../../graphql/mergeResolvers.js';
import { HourlyUsage, HourlyUsageConnection } from './hourlyUsage/hourlyUsageResolvers.js';
import { Measurement } from './hourlyUsage/measurementResolvers.js';
import { DatadogOrg } from './orgs/orgResolvers.js';
import { attributionResolvers } from './attribution/attributionResolvers.js';
import { costResolvers } from './costs/costResolvers.js';
import { billableUsageResolvers } from './billableSummary/billableUsageResolvers.js';
import { usageSummaryResolvers } from './usageSummary/usageSummaryResolvers.js';
import { networkFlowsResolvers } from './networkFlows/networkFlowsResolvers.js';
import { topAverageMetricsResolvers } from './topAverageMetrics/topAverageMetricsResolvers.js';

/** The plain resolvers of schema/datadog (its upstream-backed fields are datadogFieldSpecs). */
export const datadogResolvers: Resolvers = mergeResolvers(
  {
    DatadogOrg,
    HourlyUsage,
    HourlyUsageConnection,
    Measurement,
  },
  attributionResolvers,
  costResolvers,
  billableUsageResolvers,
  usageSummaryResolvers,
  networkFlowsResolvers,
  topAverageMetricsResolvers,
);
