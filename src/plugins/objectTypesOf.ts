import {
  isInterfaceType,
  isObjectType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * The object types a field selected on `parent` may resolve on: the type itself, or, on an
 * interface, every object type implementing it (none for any other type).
 */
export function objectTypesOf(schema: GraphQLSchema, parent: GraphQLNamedType): readonly GraphQLObjectType[] {
  if (isObjectType(parent)) return [parent];
  if (isInterfaceType(parent)) return schema.getPossibleTypes(parent);
  return [];
}
