import type { Resolvers } from '../generated/graphql.js';
import type { Provider } from '../gateway/provider.js';
import { coreFieldSpecs } from './coreFieldSpecs.js';
import { focusFieldSpecs } from './focusFieldSpecs.js';
import { focusResolvers } from '../focus/focusResolvers.js';
import { mergeFieldSpecs, resolversFromSpecs, type FieldSpecs } from './fieldSpec.js';
import { mergeResolvers } from './mergeResolvers.js';
import { DateScalar, DateTimeScalar, DecimalScalar, Int64Scalar, MonthScalar } from './scalars.js';

/** Resolves an interface to the object type its provider tagged the model with. */
function typenameOf(model: object): string | null {
  return '__typename' in model && typeof model.__typename === 'string' ? model.__typename : null;
}

/**
 * The provider-neutral plain resolvers: scalars, and `Node` and `Org` dispatch (the core's root fields
 * are field specs: coreFieldSpecs).
 */
export const coreResolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Int64: Int64Scalar,
  Month: MonthScalar,
  Date: DateScalar,
  Decimal: DecimalScalar,
  Node: { __resolveType: typenameOf as never },
  Org: { __resolveType: typenameOf as never },
};

/** Every field spec: the core's and each provider's, by coordinate (a coordinate declared twice throws). */
export function gatewayFieldSpecs(providers: readonly Provider[]): FieldSpecs {
  return mergeFieldSpecs([coreFieldSpecs, focusFieldSpecs, ...providers.map((p) => p.fieldSpecs)]);
}

/**
 * The whole schema's resolvers: the core's and every provider's plain ones, and those their field
 * specs make. A field resolved twice is refused (mergeResolvers).
 */
export function gatewayResolvers(providers: readonly Provider[], specs: FieldSpecs): Resolvers {
  return mergeResolvers(coreResolvers, focusResolvers, ...providers.map((p) => p.resolvers), resolversFromSpecs(specs));
}
