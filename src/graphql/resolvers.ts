import type { Resolvers } from '../generated/graphql.js';
import { Query } from './Query.js';
import { DateScalar, DateTimeScalar, DecimalScalar, Int64Scalar, MonthScalar } from './scalars.js';
import { mergeResolvers } from './mergeResolvers.js';

/** Resolves an interface to the object type its provider tagged the model with. */
function typenameOf(model: object): string | null {
  return '__typename' in model && typeof model.__typename === 'string' ? model.__typename : null;
}

/** The provider-neutral resolvers: scalars, `Node` and `Org` dispatch, and the root fields of schema/core. */
export const coreResolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Int64: Int64Scalar,
  Month: MonthScalar,
  Date: DateScalar,
  Decimal: DecimalScalar,
  Node: { __resolveType: typenameOf as never },
  Org: { __resolveType: typenameOf as never },
  Query,
};

/** The whole schema's resolvers: the core's and every provider's, merged (a field defined twice throws). */
export function gatewayResolvers(providerResolvers: readonly Resolvers[]): Resolvers {
  return mergeResolvers(coreResolvers, ...providerResolvers);
}
