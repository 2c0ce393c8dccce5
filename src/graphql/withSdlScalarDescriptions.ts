import { GraphQLScalarType, Kind, parse } from 'graphql';

/**
 * The resolver map with every custom scalar carrying the description its SDL definition gives it.
 *
 * Apollo (graphql-tools' `addResolversToSchema`) merges a `GraphQLScalarType` resolver into the SDL's
 * scalar property by property, `description` included, so a scalar object without a description of
 * its own erases the SDL's from introspection (GraphiQL's Docs, codegen). The SDL is where scalars are
 * documented: each `GraphQLScalarType` resolver of a scalar the SDL describes is replaced by a copy
 * carrying that description. Other resolvers, and scalars the SDL leaves undescribed, are kept as is.
 */
export function withSdlScalarDescriptions<R extends object>(typeDefs: readonly string[], resolvers: R): R {
  const described = new Map<string, string>();
  for (const typeDef of typeDefs) {
    for (const definition of parse(typeDef).definitions) {
      if (definition.kind === Kind.SCALAR_TYPE_DEFINITION && definition.description) {
        described.set(definition.name.value, definition.description.value);
      }
    }
  }
  return Object.fromEntries(
    Object.entries(resolvers).map(([typeName, resolver]: [string, unknown]) => {
      const description = described.get(typeName);
      if (!(resolver instanceof GraphQLScalarType) || description === undefined) return [typeName, resolver];
      return [typeName, new GraphQLScalarType({ ...resolver.toConfig(), description })];
    }),
  ) as R;
}
