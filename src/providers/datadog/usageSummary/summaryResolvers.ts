import type { Resolvers } from '../../../generated/graphql.js';
import { billableUsageResolvers } from '../billableSummary/billableUsageResolvers.js';
import { mergeResolvers } from '../../../graphql/mergeResolvers.js';
import { networkFlowsResolvers } from '../networkFlows/networkFlowsResolvers.js';
import { usageSummaryResolvers } from './usageSummaryResolvers.js';

/** Resolvers for the billable summary, the usage summary and (deprecated) network flows. */
export const summaryResolvers: Resolvers = mergeResolvers(
  billableUsageResolvers,
  usageSummaryResolvers,
  networkFlowsResolvers,
);
