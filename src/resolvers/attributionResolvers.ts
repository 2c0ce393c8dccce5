import type { Resolvers } from '../generated/graphql.js';

/** Resolvers for hourly and monthly usage attribution and usage attribution types. */
export const attributionResolvers: Resolvers = {};
