import type { ProviderName, Resolvers } from '../generated/graphql.js';

/** The FOCUS types' plain resolvers (everything else is the model's property of the field's name). */
export const focusResolvers: Resolvers = {
  FocusCharge: {
    tags: (row) => (row.tags === null ? null : Object.entries(row.tags).map(([key, value]) => ({ key, value }))),
  },
  FocusChargeConnection: {
    nodes: (c) => c.edges.map((e) => e.node),
  },
  FocusProviderFailure: {
    provider: (f) => f.provider as ProviderName,
  },
};
