import { GraphQLError, type ValidationContext, type ASTVisitor } from 'graphql';

/**
 * Validation rule: an operation whose type the schema has no root for (`mutation` or `subscription`:
 * meterql's schema reads only) is a validation error, answered 400 like any other, instead of
 * reaching execution, which would fail with an unexpected error. graphql-js 17 has this rule built in.
 */
export function knownOperationTypesRule(context: ValidationContext): ASTVisitor {
  const schema = context.getSchema();
  return {
    OperationDefinition(node) {
      if (schema.getRootType(node.operation)) return;
      context.reportError(
        new GraphQLError(
          `The schema has no ${node.operation} type: this gateway serves query operations only, but the document holds a ${node.operation}.`,
          { nodes: node },
        ),
      );
    },
  };
}
