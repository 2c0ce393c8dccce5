import type { Resolvers } from '../generated/graphql.js';
import { billableUsageResolvers } from './billableUsageResolvers.js';
import { mergeResolvers } from './mergeResolvers.js';
import { networkFlowsResolvers } from './networkFlowsResolvers.js';
import { usageSummaryResolvers } from './usageSummaryResolvers.js';

/** Resolvers for the billable summary, the usage summary and (deprecated) network flows. */
export const summaryResolvers: Resolvers = mergeResolvers(
  billableUsageResolvers,
  usageSummaryResolvers,
  networkFlowsResolvers,
);
