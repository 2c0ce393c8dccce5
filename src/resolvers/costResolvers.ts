import type { Resolvers } from '../generated/graphql.js';

/** Resolvers for historical, estimated and projected costs, monthly cost attribution, billing dimensions. */
export const costResolvers: Resolvers = {};
