import type { Resolvers } from '../generated/graphql.js';

/** Resolvers for the billable summary, the usage summary and (deprecated) network flows. */
export const summaryResolvers: Resolvers = {};
